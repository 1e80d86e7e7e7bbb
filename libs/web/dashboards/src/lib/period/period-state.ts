import { computed, effect, inject, type Signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type Params, Router } from '@angular/router';
import type { DashboardPeriod } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { FROM_PARAM, periodFromParams, periodParams, samePeriod, TO_PARAM } from './period-model';

/**
 * The period a dashboard shows, kept in the address (`?van=2027-01-01&tot=2027-12-31`) so that a link can be
 * shared and going back shows the period before. Without (valid) dates it is this calendar year.
 * Call in an injection context.
 */
export function periodState() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const today = todayInAmsterdam(new Date());
  const params = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  const period = computed(() => periodFromParams(params().get(FROM_PARAM), params().get(TO_PARAM), today), {
    equal: samePeriod,
  });
  return {
    /** Today in the Netherlands (yyyy-mm-dd), for the quick choices. */
    today,
    period,
    /** All query parameters, for pages that keep more in the address (the trends page). */
    params,
    /** Shows another period; `extra` query parameters change along (e.g. back to page 1). */
    set(value: DashboardPeriod, extra: Params = {}): void {
      void router.navigate([], {
        relativeTo: route,
        queryParams: { ...periodParams(value), ...extra },
        queryParamsHandling: 'merge',
      });
    },
    /** Changes other query parameters, keeping the period. */
    setParams(extra: Params): void {
      void router.navigate([], { relativeTo: route, queryParams: extra, queryParamsHandling: 'merge' });
    },
  };
}

/** Reloads `loaded` whenever `source` changes after it was first read (the first load runs on creation). */
export function reloadOnChange(source: Signal<unknown>, loaded: { reload(): void }): void {
  let first = true;
  effect(() => {
    source();
    if (first) {
      first = false;
      return;
    }
    untracked(() => loaded.reload());
  });
}

/** What `periodState()` gives a dashboard page. */
export type PeriodState = ReturnType<typeof periodState>;
