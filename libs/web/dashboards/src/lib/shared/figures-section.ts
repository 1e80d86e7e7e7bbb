import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n, TranslatePipe } from '@halt/web/core';
import { BarChart } from '../charts/bar-chart';
import { type ChartRow, seriesSummary } from '../charts/chart-model';
import { CsvDownload } from './csv-download';
import { formatNumber } from './format-model';

/** One line of a sessions-and-pupils table: a month, an offer type or a region. */
export interface FigureRow {
  id: string;
  label: string;
  sessions: number;
  pupils: number;
}

/**
 * A dashboard section of sessions and pupils per month, offer type or region: two bar charts (sessions and
 * pupils each on their own scale), the same figures in a table with a total, and the CSV download.
 */
@Component({
  selector: 'halt-figures-section',
  imports: [TranslatePipe, BarChart, CsvDownload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ title() }}</h2>
      @if (rows().length) {
        <div class="charts">
          <div>
            <h3>{{ 'dashboard.sessions' | t }}</h3>
            <halt-bar-chart [label]="summary(0)" [rows]="sessionRows()" />
          </div>
          <div>
            <h3>{{ 'dashboard.pupils' | t }}</h3>
            <halt-bar-chart [label]="summary(1)" [rows]="pupilRows()" />
          </div>
        </div>
      }
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="title()">
        <table>
          <caption>
            {{
              title()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ rowHeader() }}</th>
              <th scope="col" class="number">{{ 'dashboard.sessions' | t }}</th>
              <th scope="col" class="number">{{ 'dashboard.pupils' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.id) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td class="number">{{ number(row.sessions) }}</td>
                <td class="number">{{ number(row.pupils) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="3">{{ 'dashboard.none' | t }}</td>
              </tr>
            }
          </tbody>
          @if (rows().length > 1) {
            <tfoot>
              <tr>
                <th scope="row">{{ 'dashboard.total' | t }}</th>
                <td class="number">{{ number(totals().sessions) }}</td>
                <td class="number">{{ number(totals().pupils) }}</td>
              </tr>
            </tfoot>
          }
        </table>
      </div>
      <halt-csv-download [table]="title()" [fileName]="fileName()" [fetch]="fetch()" />
    </section>
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      gap: 0 2rem;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0.5rem 0 0;
    }
    .number {
      text-align: right;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-top: 2px solid var(--mat-sys-outline);
    }
  `,
})
export class FiguresSection {
  private readonly i18n = inject(I18n);
  /** The heading's id, unique on the page. */
  readonly headingId = input.required<string>();
  readonly title = input.required<string>();
  /** The first column's header, e.g. "Maand". */
  readonly rowHeader = input.required<string>();
  readonly rows = input.required<readonly FigureRow[]>();
  readonly fileName = input.required<string>();
  readonly fetch = input.required<() => Promise<string>>();

  protected readonly sessionRows = computed<ChartRow[]>(() =>
    this.rows().map((r) => ({ label: r.label, values: [r.sessions] })),
  );
  protected readonly pupilRows = computed<ChartRow[]>(() =>
    this.rows().map((r) => ({ label: r.label, values: [r.pupils] })),
  );
  protected readonly totals = computed(() =>
    this.rows().reduce((t, r) => ({ sessions: t.sessions + r.sessions, pupils: t.pupils + r.pupils }), {
      sessions: 0,
      pupils: 0,
    }),
  );

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  /** "Sessies per maand: 12 staven, samen 340. Het hoogst: mrt 2027 met 52. …" */
  protected summary(series: 0 | 1): string {
    const s = seriesSummary(series === 0 ? this.sessionRows() : this.pupilRows());
    return this.i18n.t('dashboard.chart.summary', {
      title: `${this.title()} – ${this.i18n.t(series === 0 ? 'dashboard.sessions' : 'dashboard.pupils')}`,
      count: s.count,
      total: this.number(s.total),
      top: s.top,
      max: this.number(s.max),
    });
  }
}
