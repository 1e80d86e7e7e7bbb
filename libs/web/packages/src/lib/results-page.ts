import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ResultsRowDto } from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, saveText } from '@halt/web/ui';
import { PackagesApi } from './packages-api';
import { YearSelect } from './year-select';
import { yearState } from './year-state';

interface SchoolPupils {
  id: string;
  name: string;
  pupils: number;
}

/**
 * "Resultaten": what the gemeente's packages brought in a subsidy year — totals, a bar chart of pupils reached per
 * school (plain elements, one image to assistive technology with a summary) and the same numbers as a table.
 */
@Component({
  selector: 'halt-results-page',
  imports: [MatButtonModule, TranslatePipe, LoadError, YearSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'results.heading' | t }}</h1>
    <p>{{ 'results.intro' | t }}</p>
    <div class="toolbar">
      <halt-year-select [year]="year.year()" (yearChange)="setYear($event)" />
      <button mat-stroked-button type="button" (click)="download()" [disabled]="downloading()">
        {{ 'results.download' | t }}
      </button>
    </div>
    <div role="alert">
      @if (downloadError(); as message) {
        <p class="notice notice--error">{{ message }}</p>
      }
    </div>

    @if (results.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="results.reload()"
      />
    } @else if (results.value(); as r) {
      @if (results.loading()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      <h2>{{ 'results.totals' | t: { year: r.subsidyYear } }}</h2>
      <dl class="details">
        <dt>{{ 'results.sessionsDelivered' | t }}</dt>
        <dd>{{ r.totals.sessionsDelivered }}</dd>
        <dt>{{ 'results.pupilsReached' | t }}</dt>
        <dd>{{ r.totals.pupilsReached }}</dd>
        <dt>{{ 'results.creditsConsumed' | t }}</dt>
        <dd>{{ r.totals.creditsConsumed }}</dd>
      </dl>

      <h2 id="chart-heading">{{ 'results.chartHeading' | t }}</h2>
      @if (perSchool().length) {
        <div class="chart" role="img" [attr.aria-label]="chartLabel()">
          @for (s of perSchool(); track s.id) {
            <div class="chart-row">
              <span class="chart-label">{{ s.name }}</span>
              <span class="chart-track">
                <span class="chart-bar" [style.width.%]="share(s.pupils)"></span>
              </span>
              <span class="chart-value">{{ s.pupils }}</span>
            </div>
          }
        </div>
        <p class="hint">{{ 'results.chartHint' | t }}</p>
      } @else {
        <p>{{ 'results.none' | t: { year: r.subsidyYear } }}</p>
      }

      @let caption = 'results.caption' | t: { year: r.subsidyYear };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'results.school' | t }}</th>
              <th scope="col">{{ 'results.offer' | t }}</th>
              <th scope="col" class="number">{{ 'results.sessionsOrdered' | t }}</th>
              <th scope="col" class="number">{{ 'results.delivered' | t }}</th>
              <th scope="col" class="number">{{ 'results.pupils' | t }}</th>
              <th scope="col" class="number">{{ 'results.credits' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track $index) {
              <tr>
                <th scope="row">{{ row.schoolName }}</th>
                <td>{{ row.offerTitle }}</td>
                <td class="number">{{ row.sessionsOrdered }}</td>
                <td class="number">{{ row.sessionsDelivered }}</td>
                <td class="number">{{ row.pupilsReached }}</td>
                <td class="number">{{ row.creditsConsumed }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'results.none' | t: { year: r.subsidyYear } }}</td>
              </tr>
            }
          </tbody>
          @if (rows().length) {
            <tfoot>
              <tr>
                <th scope="row" colspan="2">{{ 'results.total' | t }}</th>
                <td class="number">{{ sessionsOrdered() }}</td>
                <td class="number">{{ r.totals.sessionsDelivered }}</td>
                <td class="number">{{ r.totals.pupilsReached }}</td>
                <td class="number">{{ r.totals.creditsConsumed }}</td>
              </tr>
            </tfoot>
          }
        </table>
      </div>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    .toolbar button {
      margin-top: 0.5rem;
    }
    .chart {
      display: grid;
      grid-template-columns: minmax(6rem, 14rem) minmax(0, 1fr) auto;
      gap: 0.5rem 0.75rem;
      align-items: center;
      max-width: 48rem;
    }
    .chart-row {
      display: contents;
    }
    .chart-track {
      display: block;
      height: 1.25rem;
      background: var(--mat-sys-surface-container-high);
      border-radius: 4px;
    }
    .chart-bar {
      display: block;
      height: 100%;
      min-width: 2px;
      background: var(--mat-sys-primary);
      border-radius: 4px;
    }
    .chart-value {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    @media (max-width: 599px) {
      .chart {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .chart-label {
        grid-column: 1 / -1;
        margin-top: 0.25rem;
      }
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
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
export class ResultsPage {
  private readonly api = inject(PackagesApi);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  protected readonly year = yearState();
  protected readonly results = load(() => this.api.results(this.year.year()));
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected readonly rows = computed<ResultsRowDto[]>(() =>
    [...(this.results.value()?.rows ?? [])].sort(
      (a, b) => a.schoolName.localeCompare(b.schoolName, 'nl') || a.offerTitle.localeCompare(b.offerTitle, 'nl'),
    ),
  );
  protected readonly sessionsOrdered = computed(() => this.rows().reduce((n, r) => n + r.sessionsOrdered, 0));
  /** Pupils reached per school, most first. */
  protected readonly perSchool = computed<SchoolPupils[]>(() => {
    const bySchool = new Map<string, SchoolPupils>();
    for (const r of this.rows()) {
      const s = bySchool.get(r.schoolId) ?? { id: r.schoolId, name: r.schoolName, pupils: 0 };
      s.pupils += r.pupilsReached;
      bySchool.set(r.schoolId, s);
    }
    return [...bySchool.values()].sort((a, b) => b.pupils - a.pupils || a.name.localeCompare(b.name, 'nl'));
  });
  private readonly maxPupils = computed(() => Math.max(1, ...this.perSchool().map((s) => s.pupils)));
  protected readonly chartLabel = computed(() => {
    const schools = this.perSchool();
    const top = schools[0];
    return this.i18n.t('results.chartLabel', {
      count: schools.length,
      total: schools.reduce((n, s) => n + s.pupils, 0),
      top: top?.name ?? '',
      pupils: top?.pupils ?? 0,
    });
  });

  protected share(pupils: number): number {
    return (pupils / this.maxPupils()) * 100;
  }

  protected setYear(year: number): void {
    this.year.set(year);
    this.downloadError.set(null);
    this.results.reload();
  }

  protected async download(): Promise<void> {
    const year = this.year.year();
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      saveText(this.document, await this.api.resultsCsv(year), `halt-resultaten-${year}.csv`);
    } catch (e) {
      this.downloadError.set(apiError(e)?.message ?? this.i18n.t('packages.downloadFailed'));
    } finally {
      this.downloading.set(false);
    }
  }
}
