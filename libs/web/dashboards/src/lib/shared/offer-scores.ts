import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { OfferScoreDto } from '@halt/contracts';
import { I18n, offerTypeKey, TranslatePipe } from '@halt/web/core';
import { BarChart } from '../charts/bar-chart';
import type { ChartRow } from '../charts/chart-model';
import { CsvDownload } from './csv-download';
import { formatNumber, formatScoreCell } from './format-model';
import { OUTCOMES, outcomeKey } from './labels';

/**
 * The evaluation scores per offer, as a section of its own: a chart of the average per outcome (scale 1–5), the
 * same figures in a table with the number of answers behind each average, and the table as CSV. Used on all
 * three dashboards.
 */
let nextId = 0;

@Component({
  selector: 'halt-offer-scores',
  imports: [TranslatePipe, BarChart, CsvDownload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ 'dashboard.scores.heading' | t }}</h2>
      <p>{{ 'dashboard.scores.intro' | t }}</p>
      @if (rows().length) {
        <halt-bar-chart
          [label]="'dashboard.scores.chartLabel' | t: { count: rows().length }"
          [rows]="chartRows()"
          [series]="seriesNames()"
          [max]="5"
          [decimals]="1"
        />
      }
      @let caption = 'dashboard.scores.caption' | t;
      <p class="caption-note" [id]="noteId">{{ 'dashboard.scores.captionNote' | t }}</p>
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table [attr.aria-describedby]="noteId">
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'dashboard.scores.offer' | t }}</th>
              <th scope="col">{{ 'dashboard.offerType' | t }}</th>
              <th scope="col" class="number">{{ 'dashboard.sessions' | t }}</th>
              <th scope="col" class="number">{{ 'dashboard.responses' | t }}</th>
              @for (o of outcomes; track o) {
                <th scope="col" class="number">{{ outcomeKey(o) | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.offerId) {
              <tr>
                <th scope="row">{{ row.offer }}</th>
                <td>{{ offerTypeKey(row.offerType) | t }}</td>
                <td class="number">{{ number(row.sessions) }}</td>
                <td class="number">{{ number(row.responses) }}</td>
                @for (o of outcomes; track o) {
                  <td class="number">{{ score(row, o) }}</td>
                }
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="4 + outcomes.length">{{ 'dashboard.scores.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <halt-csv-download [table]="'dashboard.scores.heading' | t" [fileName]="fileName()" [fetch]="fetch()" />
    </section>
  `,
  styles: `
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
  `,
})
export class OfferScores {
  private readonly i18n = inject(I18n);
  readonly rows = input.required<readonly OfferScoreDto[]>();
  readonly fileName = input.required<string>();
  readonly fetch = input.required<() => Promise<string>>();
  protected readonly headingId = `halt-offer-scores-heading-${nextId}`;

  protected readonly noteId = `halt-offer-scores-note-${nextId++}`;
  protected readonly outcomes = OUTCOMES;
  protected readonly outcomeKey = outcomeKey;
  protected readonly offerTypeKey = offerTypeKey;

  protected readonly seriesNames = computed(() => OUTCOMES.map((o) => this.i18n.t(outcomeKey(o))));
  protected readonly chartRows = computed<ChartRow[]>(() =>
    this.rows().map((r) => ({
      label: r.offer,
      values: OUTCOMES.map((o) => {
        const s = r.scores[o];
        return s && s.answers > 0 ? s.average : null;
      }),
    })),
  );

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected score(row: OfferScoreDto, outcome: (typeof OUTCOMES)[number]): string {
    return formatScoreCell(row.scores[outcome], this.i18n.locale());
  }
}
