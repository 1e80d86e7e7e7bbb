import { inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { defaultYear, yearParam } from './labels';

/**
 * The subsidy year a page shows, kept in the address (`?jaar=2027`) so that going back or sharing a link keeps it.
 * Call in an injection context.
 */
export function yearState() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const year = signal(yearParam(route.snapshot.queryParamMap.get('jaar')) ?? defaultYear());
  return {
    year: year.asReadonly(),
    set(value: number): void {
      year.set(value);
      void router.navigate([], { relativeTo: route, queryParams: { jaar: value }, replaceUrl: true });
    },
  };
}
