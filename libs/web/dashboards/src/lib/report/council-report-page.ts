import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MunicipalityDto, OutcomeScores, ProgrammeFilter } from '@halt/contracts';
import { councilReportFileName, todayInAmsterdam } from '@halt/domain';
import { apiError, AuthStore, I18n, load, TranslatePipe } from '@halt/web/core';
import { BarChart } from '../charts/bar-chart';
import type { ChartRow } from '../charts/chart-model';
import { DashboardsApi } from '../dashboards-api';
import { reloadOnChange } from '../period/period-state';
import { formatNumber, formatScoreCell } from '../shared/format-model';
import { OUTCOMES, outcomeKey } from '../shared/labels';
import { type CouncilReportQuery, deliveredShare, reportParams, reportYears } from './council-report-model';

/**
 * The council report (`/gemeente/raadsrapportage`, and for Halt `/beheer/…` and `/planner/…` with a gemeente to
 * choose): for a subsidy year — a calendar year — ordered against delivered, pupils reached per school, scores and
 * the school-year targets, each section a chart with its table, and a summary. The page prints on A4 without the
 * navigation (one section a page); "PDF downloaden" fetches the same figures as a PDF made on the server.
 */
@Component({
  selector: 'halt-council-report-page',
  imports: [MatButtonModule, TranslatePipe, BarChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'report.heading' | t }}</h1>
    <p class="intro no-print">{{ 'report.intro' | t }}</p>

    <form class="filters no-print" (submit)="$event.preventDefault()">
      <label>
        <span>{{ 'report.year' | t }}</span>
        <select [value]="query().year" (change)="set('year', +$any($event.target).value)">
          @for (y of years; track y) {
            <option [value]="y" [selected]="y === query().year">{{ y }}</option>
          }
        </select>
      </label>
      <label>
        <span>{{ 'report.programme' | t }}</span>
        <select (change)="set('programme', $any($event.target).value)">
          <option value="" [selected]="query().programme === ''">{{ 'report.programme.all' | t }}</option>
          <option value="preventie-met-gezag" [selected]="query().programme === 'preventie-met-gezag'">
            {{ 'report.programme.pmg' | t }}
          </option>
          <option value="none" [selected]="query().programme === 'none'">{{ 'report.programme.none' | t }}</option>
        </select>
      </label>
      @if (halt) {
        <label>
          <span>{{ 'report.municipality' | t }}</span>
          <select (change)="set('municipalityId', $any($event.target).value)">
            <option value="" [selected]="!query().municipalityId">{{ 'report.chooseMunicipality' | t }}</option>
            @for (m of municipalities.value() ?? []; track m.id) {
              <option [value]="m.id" [selected]="m.id === query().municipalityId">{{ m.name }}</option>
            }
          </select>
        </label>
      }
    </form>

    @if (halt && !query().municipalityId) {
      <p class="notice">{{ 'report.chooseFirst' | t }}</p>
    } @else if (report.failed()) {
      <p class="notice notice--error" role="alert">{{ 'report.failed' | t }}</p>
    } @else if (report.value(); as r) {
      <div class="actions no-print">
        <button mat-flat-button type="button" (click)="downloadPdf()" [disabled]="busy()" disabledInteractive>
          {{ 'report.downloadPdf' | t }}
        </button>
        <button mat-stroked-button type="button" (click)="print()">{{ 'report.print' | t }}</button>
        <span aria-live="polite">
          @if (busy()) {
            {{ 'report.pdfBusy' | t }}
          }
        </span>
      </div>
      <div role="alert">
        @if (pdfError(); as message) {
          <p class="notice notice--error">{{ message }}</p>
        }
      </div>

      <section aria-labelledby="summary-heading" class="first">
        <h2 id="summary-heading">
          {{ 'report.title' | t: { municipality: r.municipality.name, year: r.year } }}
        </h2>
        <p class="period">
          {{ 'report.period' | t: { year: r.year } }}
          @if (programmeLabel(); as p) {
            · {{ p }}
          }
        </p>
        @if (r.municipality.pmgSince) {
          <p>{{ 'report.pmgSince' | t: { year: r.municipality.pmgSince } }}</p>
        }
        <h3>{{ 'report.summary' | t }}</h3>
        <ul class="summary">
          @for (line of r.summary; track $index) {
            <li>{{ line }}</li>
          }
        </ul>
        <table class="totals" data-testid="report-totals">
          <caption>
            {{
              'report.keyFigures' | t
            }}
          </caption>
          <tbody>
            <tr>
              <th scope="row">{{ 'report.sessionsOrdered' | t }}</th>
              <td class="number">{{ n(r.totals.sessionsOrdered) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.sessionsDelivered' | t }}</th>
              <td class="number">{{ n(r.totals.sessionsDelivered) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.pupils' | t }}</th>
              <td class="number">{{ n(r.totals.pupils) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.schools' | t }}</th>
              <td class="number">{{ n(r.totals.schools) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.creditsBudget' | t }}</th>
              <td class="number">{{ n(r.totals.creditsBudget) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.creditsConsumed' | t }}</th>
              <td class="number">{{ n(r.totals.creditsConsumed) }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'report.responses' | t }}</th>
              <td class="number">{{ n(r.totals.responses) }}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="orders-heading">
        @let ordersTitle = 'report.ordersHeading' | t;
        <h2 id="orders-heading">{{ ordersTitle }}</h2>
        @if (orderChart().length) {
          <halt-bar-chart
            [label]="'report.ordersChart' | t: { share: share() }"
            [rows]="orderChart()"
            [series]="orderSeries()"
          />
        }
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="ordersTitle">
          <table data-testid="report-orders">
            <caption>
              {{
                ordersTitle
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'report.order' | t }}</th>
                <th scope="col">{{ 'report.reference' | t }}</th>
                <th scope="col" class="number">{{ 'report.creditsBudget' | t }}</th>
                <th scope="col" class="number">{{ 'report.creditsConsumed' | t }}</th>
                <th scope="col" class="number">{{ 'report.sessionsOrdered' | t }}</th>
                <th scope="col" class="number">{{ 'report.sessionsDelivered' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (o of r.orders; track o.orderId) {
                <tr>
                  <th scope="row">{{ o.name }}</th>
                  <td>{{ o.reference }}</td>
                  <td class="number">{{ n(o.creditsBudget) }}</td>
                  <td class="number">{{ n(o.creditsConsumed) }}</td>
                  <td class="number">{{ n(o.sessionsOrdered) }}</td>
                  <td class="number">{{ n(o.sessionsDelivered) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6">{{ 'report.noOrders' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="schools-heading">
        @let schoolsTitle = 'report.schoolsHeading' | t;
        <h2 id="schools-heading">{{ schoolsTitle }}</h2>
        @if (schoolChart().length) {
          <halt-bar-chart
            [label]="'report.schoolsChart' | t: { count: r.schools.length, pupils: n(r.totals.pupils) }"
            [rows]="schoolChart()"
          />
        }
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="schoolsTitle">
          <table data-testid="report-schools">
            <caption>
              {{
                schoolsTitle
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'report.school' | t }}</th>
                <th scope="col" class="number">{{ 'report.sessionsDelivered' | t }}</th>
                <th scope="col" class="number">{{ 'report.pupils' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of r.schools; track s.schoolId) {
                <tr>
                  <th scope="row">{{ s.school }}</th>
                  <td class="number">{{ n(s.sessionsDelivered) }}</td>
                  <td class="number">{{ n(s.pupils) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3">{{ 'report.noSchools' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="scores-heading">
        @let scoresTitle = 'report.scoresHeading' | t;
        <h2 id="scores-heading">{{ scoresTitle }}</h2>
        <p class="note">{{ 'report.scoresNote' | t }}</p>
        @if (scoreChart().length) {
          <halt-bar-chart [label]="'report.scoresChart' | t" [rows]="scoreChart()" [max]="5" [decimals]="1" />
        }
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="scoresTitle">
          <table data-testid="report-scores">
            <caption>
              {{
                scoresTitle
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'report.offer' | t }}</th>
                <th scope="col" class="number">{{ 'report.sessions' | t }}</th>
                <th scope="col" class="number">{{ 'report.responses' | t }}</th>
                @for (o of outcomes; track o) {
                  <th scope="col" class="number">{{ outcomeKey(o) | t }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (o of r.scoresPerOffer; track o.offerId) {
                <tr>
                  <th scope="row">{{ o.offer }}</th>
                  <td class="number">{{ n(o.sessions) }}</td>
                  <td class="number">{{ n(o.responses) }}</td>
                  @for (k of outcomes; track k) {
                    <td class="number">{{ score(o.scores, k) }}</td>
                  }
                </tr>
              } @empty {
                <tr>
                  <td [attr.colspan]="3 + outcomes.length">{{ 'report.noScores' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="targets-heading">
        @let targetsTitle = 'report.targetsHeading' | t;
        <h2 id="targets-heading">{{ targetsTitle }}</h2>
        <p>{{ 'report.targetsNote' | t: { year: r.year, years: schoolYears() } }}</p>
        <halt-bar-chart
          [label]="'report.targetsChart' | t: { years: schoolYears() }"
          [rows]="targetChart()"
          [series]="targetSeries()"
        />
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="targetsTitle">
          <table data-testid="report-targets">
            <caption>
              {{
                targetsTitle
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'report.schoolYear' | t }}</th>
                <th scope="col">{{ 'report.from' | t }}</th>
                <th scope="col">{{ 'report.to' | t }}</th>
                <th scope="col" class="number">{{ 'report.haltJrbSchools' | t }}</th>
                <th scope="col" class="number">{{ 'report.haltJrbTarget' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (t of r.schoolYearTargets; track t.schoolYear) {
                <tr>
                  <th scope="row">{{ t.schoolYear }}</th>
                  <td>{{ date(t.from) }}</td>
                  <td>{{ date(t.to) }}</td>
                  <td class="number">{{ n(t.haltJrbSchools) }}</td>
                  <td class="number">{{ n(t.haltJrbSchoolsTarget) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    } @else {
      <p aria-live="polite">{{ 'report.loading' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      margin: 1rem 0;
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-width: min(100%, 14rem);
    }
    .filters select {
      font: inherit;
      padding: 0.5rem;
      min-height: 2.75rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin: 0 0 1rem;
    }
    section {
      margin: 1.5rem 0;
    }
    .period,
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: right;
      white-space: nowrap;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.25rem 0.75rem 0.25rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    .table-scroll {
      max-width: 100%;
      overflow-x: auto;
    }
    @media print {
      @page {
        size: A4;
        margin: 15mm;
      }
      .no-print {
        display: none !important;
      }
      section {
        break-before: page;
      }
      section.first {
        break-before: auto;
      }
      table {
        width: 100%;
        color: #000;
      }
      th,
      td {
        border: 1px solid #000;
        padding: 2pt 4pt;
      }
      thead th {
        background: #e6e6e6 !important;
        -webkit-print-color-adjust: exact;
        print-color-adjust: exact;
      }
      .table-scroll {
        overflow: visible;
      }
      tr {
        break-inside: avoid;
      }
    }
  `,
})
export class CouncilReportPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  /** Halt users choose the gemeente; a gemeente user gets its own. */
  protected readonly halt = inject(AuthStore).user()?.role !== 'gemeente';
  protected readonly years = reportYears(Number(todayInAmsterdam(new Date()).slice(0, 4)));
  protected readonly query = signal<CouncilReportQuery>({ year: this.years[1], programme: '', municipalityId: '' });
  protected readonly outcomes = OUTCOMES;
  protected readonly outcomeKey = outcomeKey;
  protected readonly busy = signal(false);
  protected readonly pdfError = signal<string | null>(null);
  protected readonly municipalities = load<MunicipalityDto[]>(() =>
    this.halt ? this.api.municipalities() : Promise.resolve([]),
  );
  protected readonly report = load(() =>
    this.halt && !this.query().municipalityId
      ? Promise.resolve(undefined)
      : this.api.councilReport(reportParams(this.query())),
  );

  constructor() {
    reloadOnChange(this.query, this.report);
  }

  protected set<K extends keyof CouncilReportQuery>(key: K, value: CouncilReportQuery[K]): void {
    this.query.update((q) => ({ ...q, [key]: value }));
  }

  protected readonly programmeLabel = computed(() => {
    const p = this.report.value()?.programme as ProgrammeFilter | null | undefined;
    if (!p) return '';
    return this.i18n.t(p === 'none' ? 'report.programme.none' : 'report.programme.pmg');
  });
  protected readonly share = computed(() => {
    const t = this.report.value()?.totals;
    return t ? deliveredShare(t.sessionsOrdered, t.sessionsDelivered) : 0;
  });
  protected readonly orderChart = computed<ChartRow[]>(() =>
    (this.report.value()?.orders ?? []).map((o) => ({
      label: o.name,
      values: [o.sessionsOrdered, o.sessionsDelivered],
    })),
  );
  protected readonly orderSeries = computed(() => [
    this.i18n.t('report.sessionsOrdered'),
    this.i18n.t('report.sessionsDelivered'),
  ]);
  protected readonly schoolChart = computed<ChartRow[]>(() =>
    (this.report.value()?.schools ?? []).map((s) => ({ label: s.school, values: [s.pupils] })),
  );
  protected readonly scoreChart = computed<ChartRow[]>(() =>
    (this.report.value()?.scoresPerOffer ?? []).map((o) => ({
      label: o.offer,
      values: [o.scores.overall?.average ?? o.scores.feel_safer?.average ?? null],
    })),
  );
  protected readonly targetChart = computed<ChartRow[]>(() =>
    (this.report.value()?.schoolYearTargets ?? []).map((t) => ({
      label: t.schoolYear,
      values: [t.haltJrbSchools, t.haltJrbSchoolsTarget],
    })),
  );
  protected readonly targetSeries = computed(() => [
    this.i18n.t('report.haltJrbSchools'),
    this.i18n.t('report.haltJrbTarget'),
  ]);
  protected readonly schoolYears = computed(() =>
    (this.report.value()?.schoolYearTargets ?? []).map((t) => t.schoolYear).join(` ${this.i18n.t('report.and')} `),
  );

  protected n(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected score(scores: OutcomeScores, outcome: (typeof OUTCOMES)[number]): string {
    return formatScoreCell(scores[outcome], this.i18n.locale());
  }

  protected date(iso: string): string {
    return iso.split('-').reverse().join('-');
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected async downloadPdf(): Promise<void> {
    const r = this.report.value();
    if (!r) return;
    this.busy.set(true);
    this.pdfError.set(null);
    try {
      const blob = await this.api.councilReportPdf(reportParams(this.query()));
      const url = URL.createObjectURL(blob);
      const a = this.document.createElement('a');
      a.href = url;
      a.download = councilReportFileName(r.municipality.name, r.year);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      this.pdfError.set(apiError(e)?.message ?? this.i18n.t('report.pdfFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
