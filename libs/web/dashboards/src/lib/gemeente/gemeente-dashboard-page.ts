import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { GemeenteDashboardRowDto, ProgrammeFilter } from '@halt/contracts';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { BarChart } from '../charts/bar-chart';
import type { ChartRow } from '../charts/chart-model';
import { DashboardsApi, type GemeenteCsvTable } from '../dashboards-api';
import { periodState, reloadOnChange } from '../period/period-state';
import { CsvDownload, csvFetchers } from '../shared/csv-download';
import { csvFileName, formatNumber, formatScoreCell } from '../shared/format-model';
import { OUTCOMES, outcomeKey } from '../shared/labels';
import { DashboardShell } from '../shared/dashboard-shell';
import { OfferScores } from '../shared/offer-scores';
import type { TotalItem } from '../shared/totals';
import { byOrderAndSchool, deliveryPerSchool } from './gemeente-dashboard-model';

const CSV_NAMES: Record<GemeenteCsvTable, string> = { rows: 'bestellingen', scores: 'scores' };

/**
 * A gemeente's dashboard (`/gemeente/dashboard`): for a period, the sessions delivered against those ordered per
 * order and school, the pupils reached, the evaluations and their scores. Chart, tables and CSV downloads.
 */
@Component({
  selector: 'halt-gemeente-dashboard-page',
  imports: [TranslatePipe, BarChart, OfferScores, CsvDownload, DashboardShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <halt-dashboard-shell
      [heading]="'dashboard.gemeente.heading' | t"
      [intro]="'dashboard.gemeente.intro' | t"
      [state]="state"
      [data]="data"
      [totals]="totals()"
    >
      <label class="programme">
        <span>{{ 'report.programme' | t }}</span>
        <select (change)="programme.set($any($event.target).value)">
          <option value="">{{ 'report.programme.all' | t }}</option>
          <option value="preventie-met-gezag">{{ 'report.programme.pmg' | t }}</option>
          <option value="none">{{ 'report.programme.none' | t }}</option>
        </select>
      </label>
      @if (data.failed() ? undefined : data.value(); as d) {
        <section aria-labelledby="delivery-heading">
          @let title = 'dashboard.gemeente.deliveryHeading' | t;
          <h2 id="delivery-heading">{{ title }}</h2>
          @if (schools().length) {
            <halt-bar-chart
              [label]="'dashboard.gemeente.chartLabel' | t: chartParams()"
              [rows]="schools()"
              [series]="seriesNames()"
            />
          }
          <p class="caption-note" id="delivery-note">{{ 'dashboard.scores.captionNote' | t }}</p>
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="title">
            <table aria-describedby="delivery-note">
              <caption>
                {{
                  title
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'dashboard.gemeente.order' | t }}</th>
                  <th scope="col">{{ 'dashboard.school' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.ordered' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.delivered' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.pupils' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.responses' | t }}</th>
                  @for (o of outcomes; track o) {
                    <th scope="col" class="number">{{ outcomeKey(o) | t }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.orderId + '/' + row.schoolId) {
                  <tr>
                    <td>{{ row.orderName }}</td>
                    <th scope="row">{{ row.school }}</th>
                    <td class="number">{{ number(row.sessionsOrdered) }}</td>
                    <td class="number">{{ number(row.sessionsDelivered) }}</td>
                    <td class="number">{{ number(row.pupils) }}</td>
                    <td class="number">{{ number(row.responses) }}</td>
                    @for (o of outcomes; track o) {
                      <td class="number">{{ score(row, o) }}</td>
                    }
                  </tr>
                } @empty {
                  <tr>
                    <td [attr.colspan]="6 + outcomes.length">{{ 'dashboard.gemeente.none' | t }}</td>
                  </tr>
                }
              </tbody>
              @if (rows().length > 1) {
                <tfoot>
                  <tr>
                    <th scope="row" colspan="2">{{ 'dashboard.total' | t }}</th>
                    <td class="number">{{ number(d.totals.sessionsOrdered) }}</td>
                    <td class="number">{{ number(d.totals.sessionsDelivered) }}</td>
                    <td class="number">{{ number(d.totals.pupils) }}</td>
                    <td class="number">{{ number(d.totals.responses) }}</td>
                    <td [attr.colspan]="outcomes.length"></td>
                  </tr>
                </tfoot>
              }
            </table>
          </div>
          <halt-csv-download [table]="title" [fileName]="fileName('rows')" [fetch]="csv.rows" />
        </section>

        <halt-offer-scores [rows]="d.scoresPerOffer" [fileName]="fileName('scores')" [fetch]="csv.scores" />
      }
    </halt-dashboard-shell>
  `,
  styles: `
    .programme {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-width: 16rem;
      margin: 0 0 1rem;
    }
    .programme select {
      font: inherit;
      padding: 0.5rem;
      min-height: 2.75rem;
    }
    .caption-note {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: right;
    }
    td.number {
      white-space: nowrap;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-top: 2px solid var(--mat-sys-outline);
    }
  `,
})
export class GemeenteDashboardPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  protected readonly state = periodState();
  protected readonly programme = signal<ProgrammeFilter | ''>('');
  protected readonly data = load(() => this.api.gemeente(this.state.period(), this.programme()));
  protected readonly outcomes = OUTCOMES;
  protected readonly outcomeKey = outcomeKey;
  protected readonly csv = csvFetchers(Object.keys(CSV_NAMES) as GemeenteCsvTable[], (table) =>
    this.api.gemeenteCsv(table, this.state.period(), this.programme()),
  );

  constructor() {
    reloadOnChange(this.state.period, this.data);
    reloadOnChange(this.programme, this.data);
  }

  protected readonly rows = computed(() => byOrderAndSchool(this.data.value()?.rows ?? []));
  protected readonly totals = computed<TotalItem[]>(() => {
    const t = this.data.value()?.totals;
    if (!t) return [];
    return [
      { label: this.i18n.t('dashboard.totals.sessionsOrdered'), value: t.sessionsOrdered },
      { label: this.i18n.t('dashboard.totals.sessions'), value: t.sessionsDelivered },
      { label: this.i18n.t('dashboard.totals.pupils'), value: t.pupils },
      { label: this.i18n.t('dashboard.totals.responses'), value: t.responses },
    ];
  });
  protected readonly schools = computed<ChartRow[]>(() =>
    deliveryPerSchool(this.rows()).map((s) => ({ label: s.school, values: [s.ordered, s.delivered] })),
  );
  protected readonly seriesNames = computed(() => [
    this.i18n.t('dashboard.ordered'),
    this.i18n.t('dashboard.delivered'),
  ]);
  protected readonly chartParams = computed(() => {
    const t = this.data.value()?.totals;
    return {
      count: this.schools().length,
      ordered: this.number(t?.sessionsOrdered ?? 0),
      delivered: this.number(t?.sessionsDelivered ?? 0),
    };
  });

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected score(row: GemeenteDashboardRowDto, outcome: (typeof OUTCOMES)[number]): string {
    return formatScoreCell(row.scores[outcome], this.i18n.locale());
  }

  protected fileName(table: GemeenteCsvTable): string {
    return csvFileName(['gemeente', CSV_NAMES[table]], this.state.period());
  }
}
