import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '@halt/web/core';
import { formatNumber } from '../shared/format-model';
import { barPercent, CHART_COLOURS, chartMax, type ChartRow, ticks } from './chart-model';

/**
 * A horizontal bar chart drawn as inline SVG: one group of bars per row, one bar per series, all on one scale,
 * with the value written beside each bar. To assistive technology it is one image with a summary (`label`); the
 * page shows the same figures in a table. Bars reflow under their label on narrow screens.
 */
@Component({
  selector: 'halt-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" role="img" [attr.aria-label]="label()">
      @if (series().length > 1) {
        <ul class="legend">
          @for (name of series(); track $index) {
            <li>
              <svg class="swatch" width="14" height="14" focusable="false" aria-hidden="true">
                <rect width="14" height="14" rx="2" [attr.fill]="colour($index)" />
              </svg>
              {{ name }}
            </li>
          }
        </ul>
      }
      @for (row of rows(); track $index) {
        <div class="row">
          <span class="row-label">{{ row.label }}</span>
          <span class="bars">
            @for (value of row.values; track $index) {
              <span class="bar-line">
                <svg class="bar" width="100%" height="16" focusable="false" aria-hidden="true">
                  @for (t of gridlines(); track t) {
                    <line class="grid" [attr.x1]="t + '%'" [attr.x2]="t + '%'" y1="0" y2="16" />
                  }
                  <rect y="1" height="14" rx="2" [attr.width]="percent(value) + '%'" [attr.fill]="colour($index)" />
                </svg>
                <span class="value">{{ text(value) }}</span>
              </span>
            }
          </span>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: 0.5rem 0 1rem;
    }
    .chart {
      max-width: 48rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      font: var(--mat-sys-body-medium);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 12rem) minmax(0, 1fr);
      gap: 0.125rem 0.75rem;
      align-items: center;
      padding: 0.25rem 0;
      font: var(--mat-sys-body-medium);
    }
    .bars {
      display: grid;
      gap: 2px;
    }
    .bar-line {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 4.5rem;
      gap: 0.5rem;
      align-items: center;
    }
    .bar {
      display: block;
      overflow: visible;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .value {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    @media (max-width: 599px) {
      .row {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class BarChart {
  private readonly i18n = inject(I18n);
  /** What the chart shows, in a sentence or two: its name for assistive technology. */
  readonly label = input.required<string>();
  readonly rows = input.required<readonly ChartRow[]>();
  /** Names of the series, for the legend (shown with two or more). */
  readonly series = input<readonly string[]>([]);
  /** A fixed end of the scale, e.g. 5 for scores; otherwise a round number above the largest value. */
  readonly max = input<number | null>(null);
  /** Decimals of the values written beside the bars. */
  readonly decimals = input(0);

  private readonly scale = computed(() => chartMax(this.rows(), this.max()));
  protected readonly gridlines = computed(() => {
    const max = this.scale();
    return ticks(max).map((t) => (t / max) * 100);
  });

  protected colour(series: number): string {
    return CHART_COLOURS[series % CHART_COLOURS.length];
  }

  protected percent(value: number | null): number {
    return barPercent(value, this.scale());
  }

  protected text(value: number | null): string {
    return value === null ? '–' : formatNumber(value, this.i18n.locale(), this.decimals());
  }
}
