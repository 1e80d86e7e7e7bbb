import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SchoolSessionFigureDto } from '@halt/contracts';
import { I18n, load, offerTypeKey, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { DashboardsApi, type SchoolCsvTable } from '../dashboards-api';
import { periodState, reloadOnChange } from '../period/period-state';
import { CsvDownload, csvFetchers } from '../shared/csv-download';
import { csvFileName, formatDay, formatNumber, formatScoreCell } from '../shared/format-model';
import { OUTCOMES, outcomeKey } from '../shared/labels';
import { DashboardShell } from '../shared/dashboard-shell';
import { OfferScores } from '../shared/offer-scores';
import type { TotalItem } from '../shared/totals';

const CSV_NAMES: Record<SchoolCsvTable, string> = { sessions: 'sessies', scores: 'scores' };

/**
 * The school's results (`/school/resultaten`): for a period, its sessions with the pupils reached, how many
 * evaluations came in, whether the teacher answered and the scores; each links to its request. Then the scores
 * per offer. Tables, chart and CSV downloads.
 */
@Component({
  selector: 'halt-school-dashboard-page',
  imports: [RouterLink, TranslatePipe, OfferScores, CsvDownload, DashboardShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <halt-dashboard-shell
      [heading]="'dashboard.school.heading' | t"
      [intro]="'dashboard.school.intro' | t"
      [state]="state"
      [data]="data"
      [totals]="totals()"
    >
      @if (data.failed() ? undefined : data.value(); as d) {
        <section aria-labelledby="sessions-heading">
          @let title = 'dashboard.school.sessionsHeading' | t;
          <h2 id="sessions-heading">{{ title }}</h2>
          <p class="caption-note" id="sessions-note">{{ 'dashboard.scores.captionNote' | t }}</p>
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="title">
            <table aria-describedby="sessions-note">
              <caption>
                {{
                  title
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'dashboard.date' | t }}</th>
                  <th scope="col">{{ 'dashboard.school.offer' | t }}</th>
                  <th scope="col">{{ 'dashboard.school.group' | t }}</th>
                  <th scope="col">{{ 'dashboard.school.status' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.pupils' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.responses' | t }}</th>
                  <th scope="col">{{ 'dashboard.school.teacherAnswered' | t }}</th>
                  @for (o of outcomes; track o) {
                    <th scope="col" class="number">{{ outcomeKey(o) | t }}</th>
                  }
                  <th scope="col">{{ 'dashboard.school.request' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of sessions(); track s.sessionId) {
                  <tr>
                    <th scope="row" class="nowrap">
                      <time [attr.datetime]="s.date">{{ day(s.date) }}</time>
                    </th>
                    <td>
                      {{ s.offer }}
                      <span class="muted-line">{{ offerTypeKey(s.offerType) | t }}</span>
                    </td>
                    <td>{{ s.groupName ?? '–' }}</td>
                    <td>{{ statusKey(s.status) | t }}</td>
                    <td class="number">{{ number(s.pupils) }}</td>
                    <td class="number">{{ number(s.responses) }}</td>
                    <td>{{ (s.teacherAnswered ? 'dashboard.yes' : 'dashboard.no') | t }}</td>
                    @for (o of outcomes; track o) {
                      <td class="number">{{ score(s, o) }}</td>
                    }
                    <td class="nowrap">
                      <a
                        [routerLink]="['/school/aanvragen', s.requestId]"
                        [attr.aria-label]="
                          'dashboard.school.requestLink' | t: { reference: s.reference, date: day(s.date) }
                        "
                        >{{ s.reference }}</a
                      >
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td [attr.colspan]="8 + outcomes.length">{{ 'dashboard.school.none' | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <halt-csv-download [table]="title" [fileName]="fileName('sessions')" [fetch]="csv.sessions" />
        </section>

        <halt-offer-scores [rows]="d.scoresPerOffer" [fileName]="fileName('scores')" [fetch]="csv.scores" />
      }
    </halt-dashboard-shell>
  `,
  styles: `
    .caption-note {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .muted-line {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: right;
    }
    td.number {
      white-space: nowrap;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
})
export class SchoolDashboardPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  protected readonly state = periodState();
  protected readonly data = load(() => this.api.school(this.state.period()));
  protected readonly outcomes = OUTCOMES;
  protected readonly outcomeKey = outcomeKey;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly csv = csvFetchers(Object.keys(CSV_NAMES) as SchoolCsvTable[], (table) =>
    this.api.schoolCsv(table, this.state.period()),
  );

  constructor() {
    reloadOnChange(this.state.period, this.data);
  }

  /** Oldest first, as in a diary. */
  protected readonly sessions = computed(() =>
    [...(this.data.value()?.sessions ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  );
  protected readonly totals = computed<TotalItem[]>(() => {
    const t = this.data.value()?.totals;
    if (!t) return [];
    return [
      { label: this.i18n.t('dashboard.totals.sessions'), value: t.sessions },
      { label: this.i18n.t('dashboard.totals.pupils'), value: t.pupils },
      { label: this.i18n.t('dashboard.totals.responses'), value: t.responses },
    ];
  });

  protected statusKey(status: SchoolSessionFigureDto['status']): TranslationKey {
    return `dashboard.status.${status}`;
  }

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected day(date: string): string {
    return formatDay(date, this.i18n.locale());
  }

  protected score(s: SchoolSessionFigureDto, outcome: (typeof OUTCOMES)[number]): string {
    return formatScoreCell(s.scores[outcome], this.i18n.locale());
  }

  protected fileName(table: SchoolCsvTable): string {
    return csvFileName(['school', CSV_NAMES[table]], this.state.period());
  }
}
