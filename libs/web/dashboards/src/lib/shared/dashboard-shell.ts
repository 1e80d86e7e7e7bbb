import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { DashboardPeriod } from '@halt/contracts';
import { I18n, type Loaded, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { PeriodFilter } from '../period/period-filter';
import type { PeriodState } from '../period/period-state';
import { formatPeriod } from './format-model';
import { type TotalItem, Totals } from './totals';

/**
 * What every dashboard has around its own sections: heading and introduction, the period filter, the loading
 * and failure states, a status line naming the period shown, and the key figures. The page's sections are
 * projected below them (the page shows them once its data is there).
 */
@Component({
  selector: 'halt-dashboard-shell',
  imports: [TranslatePipe, LoadError, PeriodFilter, Totals],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ heading() }}</h1>
    <p>{{ intro() }}</p>
    <halt-period-filter [period]="state().period()" [today]="state().today" (periodChange)="state().set($event)" />

    @if (data().failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="data().reload()"
      />
    } @else if (data().value(); as d) {
      <p role="status" class="status">
        @if (data().loading()) {
          {{ 'common.loading' | t }}
        } @else {
          {{ 'dashboard.periodShown' | t: { period: periodText(d.period) } }}
        }
      </p>

      <h2 class="visually-hidden">{{ 'dashboard.totals' | t }}</h2>
      <halt-totals [items]="totals()" />
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
    <ng-content />
  `,
  styles: `
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DashboardShell {
  readonly heading = input.required<string>();
  readonly intro = input.required<string>();
  readonly state = input.required<PeriodState>();
  readonly data = input.required<Loaded<{ period: DashboardPeriod }>>();
  readonly totals = input.required<TotalItem[]>();

  private readonly i18n = inject(I18n);

  protected periodText(period: DashboardPeriod): string {
    return formatPeriod(period, this.i18n.locale());
  }
}
