import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { AnnualTargetDto, HaltDashboardDto } from '@halt/contracts';
import { AuthStore, I18n, load, offerTypeKey, TranslatePipe } from '@halt/web/core';
import { BarChart } from '../charts/bar-chart';
import { percentOf, seriesSummary } from '../charts/chart-model';
import { TargetProgress } from '../charts/target-progress';
import { DashboardsApi, type HaltCsvTable } from '../dashboards-api';
import { periodState, reloadOnChange } from '../period/period-state';
import { CsvDownload, csvFetchers } from '../shared/csv-download';
import { type FigureRow, FiguresSection } from '../shared/figures-section';
import { bucketRange, csvFileName, formatMonth, formatNumber } from '../shared/format-model';
import { DashboardShell } from '../shared/dashboard-shell';
import { OfferScores } from '../shared/offer-scores';
import type { TotalItem } from '../shared/totals';
import { byOfferTypeOrder, byRegionName, fillMonths } from './halt-dashboard-model';
import { TargetEditor } from './target-editor';

/** Dutch names of the CSV tables, for the file names. */
const CSV_NAMES: Record<HaltCsvTable, string> = {
  months: 'maanden',
  'offer-types': 'aanbodsoorten',
  regions: 'regios',
  scores: 'scores',
  ageing: 'wachttijd',
};

/**
 * Halt's dashboard (`/beheer/dashboard`, `/planner/dashboard`): for a period, what was delivered and to how many
 * pupils, progress towards the year's targets, the figures per month, offer type and region, the evaluation
 * scores per offer and how long unplanned requests have been waiting. Each chart has the same figures in a table
 * and a CSV download.
 */
@Component({
  selector: 'halt-halt-dashboard-page',
  imports: [
    TranslatePipe,
    TargetProgress,
    FiguresSection,
    OfferScores,
    BarChart,
    CsvDownload,
    TargetEditor,
    DashboardShell,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <halt-dashboard-shell
      [heading]="'dashboard.halt.heading' | t"
      [intro]="'dashboard.halt.intro' | t"
      [state]="state"
      [data]="data"
      [totals]="totals()"
    >
      @if (data.failed() ? undefined : data.value(); as d) {
        <section aria-labelledby="targets-heading">
          <h2 id="targets-heading">{{ 'dashboard.targets.heading' | t }}</h2>
          <halt-target-progress
            [label]="'dashboard.targets.pupilsLabel' | t: { target: number(d.targets.pupils) }"
            [percent]="pupilsPercent()"
            [text]="pupilsText()"
          />
          <halt-target-progress
            [label]="'dashboard.targets.jrbLabel' | t: { target: number(d.targets.haltJrbSchoolsTarget) }"
            [percent]="jrbPercent()"
            [text]="jrbText()"
          />
          @if (isAdmin() && target(); as t) {
            <halt-target-editor [target]="t" (saved)="data.reload()" />
          }
        </section>

        <halt-figures-section
          headingId="months-heading"
          [title]="'dashboard.months.heading' | t"
          [rowHeader]="'dashboard.month' | t"
          [rows]="months()"
          [fileName]="fileName('months')"
          [fetch]="csv['months']"
        />
        <halt-figures-section
          headingId="offer-types-heading"
          [title]="'dashboard.offerTypes.heading' | t"
          [rowHeader]="'dashboard.offerType' | t"
          [rows]="offerTypes()"
          [fileName]="fileName('offer-types')"
          [fetch]="csv['offer-types']"
        />
        <halt-figures-section
          headingId="regions-heading"
          [title]="'dashboard.regions.heading' | t"
          [rowHeader]="'dashboard.region' | t"
          [rows]="regions()"
          [fileName]="fileName('regions')"
          [fetch]="csv['regions']"
        />

        <halt-offer-scores [rows]="d.scoresPerOffer" [fileName]="fileName('scores')" [fetch]="csv['scores']" />

        <section aria-labelledby="ageing-heading">
          @let ageingTitle = 'dashboard.ageing.heading' | t;
          <h2 id="ageing-heading">{{ ageingTitle }}</h2>
          <p>{{ 'dashboard.ageing.intro' | t }}</p>
          @if (ageing().length) {
            <halt-bar-chart [label]="ageingSummary()" [rows]="ageing()" />
          }
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="ageingTitle">
            <table>
              <caption>
                {{
                  ageingTitle
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'dashboard.ageing.bucket' | t }}</th>
                  <th scope="col" class="number">{{ 'dashboard.ageing.requests' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (b of d.unplannedAgeing; track b.bucket) {
                  <tr>
                    <th scope="row">{{ 'dashboard.ageing.days' | t: { range: range(b.bucket) } }}</th>
                    <td class="number">{{ number(b.requests) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="2">{{ 'dashboard.ageing.none' | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <halt-csv-download [table]="ageingTitle" [fileName]="fileName('ageing')" [fetch]="csv['ageing']" />
        </section>
      }
    </halt-dashboard-shell>
  `,
  styles: `
    .number {
      text-align: right;
    }
  `,
})
export class HaltDashboardPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  protected readonly state = periodState();
  protected readonly data = load(() => this.api.halt(this.state.period()));

  constructor() {
    reloadOnChange(this.state.period, this.data);
  }

  private readonly dashboard = computed<HaltDashboardDto | undefined>(() => this.data.value());
  private readonly auth = inject(AuthStore);
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');

  /** The targets shown: those of the calendar year in which the period ends (a new object only with new data). */
  protected readonly target = computed<AnnualTargetDto | null>(() => {
    const d = this.dashboard();
    return d
      ? {
          year: Number(d.period.to.slice(0, 4)),
          pupils: d.targets.pupils,
          haltJrbSchools: d.targets.haltJrbSchoolsTarget,
        }
      : null;
  });

  protected readonly totals = computed<TotalItem[]>(() => {
    const t = this.dashboard()?.totals;
    if (!t) return [];
    return [
      { label: this.i18n.t('dashboard.totals.sessions'), value: t.sessions },
      { label: this.i18n.t('dashboard.totals.pupils'), value: t.pupils },
      { label: this.i18n.t('dashboard.totals.schools'), value: t.schools },
      { label: this.i18n.t('dashboard.totals.responses'), value: t.responses },
      { label: this.i18n.t('dashboard.totals.noShows'), value: t.noShows },
    ];
  });

  protected readonly pupilsPercent = computed(() => {
    const d = this.dashboard();
    return d ? percentOf(d.totals.pupils, d.targets.pupils) : null;
  });
  protected readonly pupilsText = computed(() => {
    const d = this.dashboard();
    if (!d) return '';
    const percent = this.pupilsPercent();
    return percent === null
      ? this.i18n.t('dashboard.targets.noTarget')
      : this.i18n.t('dashboard.targets.pupilsText', {
          value: this.number(d.totals.pupils),
          target: this.number(d.targets.pupils),
          percent: this.number(percent),
        });
  });
  protected readonly jrbPercent = computed(() => {
    const d = this.dashboard();
    return d ? percentOf(d.targets.haltJrbSchools, d.targets.haltJrbSchoolsTarget) : null;
  });
  protected readonly jrbText = computed(() => {
    const d = this.dashboard();
    if (!d) return '';
    const percent = this.jrbPercent();
    return percent === null
      ? this.i18n.t('dashboard.targets.noTarget')
      : this.i18n.t('dashboard.targets.jrbText', {
          value: this.number(d.targets.haltJrbSchools),
          target: this.number(d.targets.haltJrbSchoolsTarget),
          percent: this.number(percent),
        });
  });

  protected readonly months = computed<FigureRow[]>(() => {
    const d = this.dashboard();
    if (!d) return [];
    return fillMonths(d.perMonth, d.period).map((m) => ({
      id: m.month,
      label: formatMonth(m.month, this.i18n.locale()),
      sessions: m.sessions,
      pupils: m.pupils,
    }));
  });
  protected readonly offerTypes = computed<FigureRow[]>(() =>
    byOfferTypeOrder(this.dashboard()?.perOfferType ?? []).map((f) => ({
      id: f.offerType,
      label: this.i18n.t(offerTypeKey(f.offerType)),
      sessions: f.sessions,
      pupils: f.pupils,
    })),
  );
  protected readonly regions = computed<FigureRow[]>(() =>
    byRegionName(this.dashboard()?.perRegion ?? []).map((f) => ({
      id: f.regionId,
      label: f.region,
      sessions: f.sessions,
      pupils: f.pupils,
    })),
  );
  protected readonly ageing = computed(() =>
    (this.dashboard()?.unplannedAgeing ?? []).map((b) => ({
      label: this.i18n.t('dashboard.ageing.days', { range: bucketRange(b.bucket) }),
      values: [b.requests],
    })),
  );
  protected readonly ageingSummary = computed(() => {
    const s = seriesSummary(this.ageing());
    return this.i18n.t('dashboard.ageing.chartLabel', { total: this.number(s.total), count: s.count });
  });

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected range(bucket: string): string {
    return bucketRange(bucket);
  }

  protected fileName(table: HaltCsvTable): string {
    return csvFileName(['dashboard', CSV_NAMES[table]], this.state.period());
  }

  /** The download of each table, for the period shown. */
  protected readonly csv = csvFetchers(Object.keys(CSV_NAMES) as HaltCsvTable[], (table) =>
    this.api.haltCsv(table, this.state.period()),
  );
}
