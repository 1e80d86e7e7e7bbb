import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { DashboardPeriod } from '@halt/contracts';
import { I18n, load, offerTypeKey, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager } from '@halt/web/ui';
import { BarChart } from '../charts/bar-chart';
import type { ChartRow } from '../charts/chart-model';
import { DashboardsApi, type TrendQuery } from '../dashboards-api';
import { PeriodFilter } from '../period/period-filter';
import { periodState, reloadOnChange } from '../period/period-state';
import { CsvDownload } from '../shared/csv-download';
import { csvFileName, formatDay, formatMonth, formatNumber, formatPeriod } from '../shared/format-model';
import { audienceKey } from '../shared/labels';
import {
  mergeTopics,
  pageCount,
  pivotGroups,
  sameTrendFilter,
  trendFilterFromParams,
  trendFilterParams,
  type TrendFilter,
} from './trends-model';

/**
 * Trend signals (`/beheer/trends`, `/planner/trends`): open answers to trend questions, for Halt's staff only and
 * with contact details removed. Search, topic and period are kept in the address; a table (and chart) counts the
 * answers per topic and month; the answers themselves are listed 50 to a page and download as CSV.
 */
@Component({
  selector: 'halt-trends-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    Pager,
    PeriodFilter,
    BarChart,
    CsvDownload,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'trends.heading' | t }}</h1>
    <p>{{ 'trends.intro' | t }}</p>
    <p class="notice">{{ 'trends.privacy' | t }}</p>

    <halt-period-filter [period]="state.period()" [today]="state.today" (periodChange)="setPeriod($event)" />

    <form class="inline-form" role="search" [attr.aria-label]="'trends.searchLabel' | t" (ngSubmit)="search()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'trends.q' | t }}</mat-label>
        <input
          matInput
          type="search"
          name="q"
          maxlength="200"
          autocomplete="off"
          [ngModel]="q()"
          (ngModelChange)="q.set($event)"
        />
        <mat-hint>{{ 'trends.qHint' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'trends.topic' | t }}</mat-label>
        <select matNativeControl name="topic" [ngModel]="topic()" (ngModelChange)="topic.set($event)">
          <option value="">{{ 'trends.allTopics' | t }}</option>
          @for (t of topics(); track t) {
            <option [value]="t">{{ t }}</option>
          }
        </select>
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'trends.search' | t }}</button>
    </form>

    @if (data.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="data.reload()" />
    } @else if (data.value(); as d) {
      <p role="status" class="status">
        @if (data.loading()) {
          {{ 'common.loading' | t }}
        } @else {
          {{ 'trends.found' | t: { count: number(d.total), period: period(d.period) } }}
        }
      </p>

      <section aria-labelledby="groups-heading">
        @let groupsTitle = 'trends.groupsHeading' | t;
        <h2 id="groups-heading">{{ groupsTitle }}</h2>
        @if (pivot().rows.length) {
          <halt-bar-chart
            [label]="'trends.chartLabel' | t: { count: pivot().rows.length, total: number(pivot().total) }"
            [rows]="topicRows()"
          />
        }
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="groupsTitle">
          <table>
            <caption>
              {{
                groupsTitle
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'trends.topic' | t }}</th>
                @for (m of pivot().months; track m) {
                  <th scope="col" class="number">{{ month(m) }}</th>
                }
                <th scope="col" class="number">{{ 'dashboard.total' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of pivot().rows; track row.topic) {
                <tr>
                  <th scope="row">{{ row.topic }}</th>
                  @for (c of row.counts; track $index) {
                    <td class="number">{{ number(c) }}</td>
                  }
                  <td class="number total">{{ number(row.total) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="2">{{ 'trends.none' | t }}</td>
                </tr>
              }
            </tbody>
            @if (pivot().rows.length > 1) {
              <tfoot>
                <tr>
                  <th scope="row">{{ 'dashboard.total' | t }}</th>
                  @for (c of pivot().monthTotals; track $index) {
                    <td class="number">{{ number(c) }}</td>
                  }
                  <td class="number">{{ number(pivot().total) }}</td>
                </tr>
              </tfoot>
            }
          </table>
        </div>
      </section>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading" tabindex="-1" #answersHeading>
          {{ 'trends.answersHeading' | t: { count: number(d.total) } }}
        </h2>
        <halt-csv-download [table]="'trends.answersTable' | t" [fileName]="fileName()" [fetch]="csv" />
        <ol class="signals">
          @for (item of d.items; track item.id) {
            <li class="signal">
              <p class="meta">
                <time [attr.datetime]="item.date">{{ day(item.date) }}</time>
                <span>{{ audienceKey(item.audience) | t }}</span>
                <span>{{ item.offer }} ({{ offerTypeKey(item.offerType) | t }})</span>
                <span>{{ item.region }}</span>
              </p>
              <blockquote>{{ item.text }}</blockquote>
              @if (item.topics.length) {
                <p class="topics">
                  {{ 'trends.itemTopics' | t }}
                  @for (t of item.topics; track t) {
                    <span class="chip">{{ t }}</span>
                  }
                </p>
              }
            </li>
          } @empty {
            <li>{{ 'trends.noAnswers' | t }}</li>
          }
        </ol>
        @if (pages() > 1) {
          <halt-pager
            [page]="filter().page"
            [pages]="pages()"
            [busy]="data.loading()"
            [label]="'trends.pagerLabel' | t"
            [status]="'common.pageOf' | t: { page: filter().page, pages: pages() }"
            [previousLabel]="'common.previous' | t"
            [nextLabel]="'common.next' | t"
            (pageChange)="goTo($event)"
          />
        }
      </section>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: right;
    }
    .total {
      font-weight: 600;
    }
    .signals {
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 48rem;
    }
    .signal {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin: 0 0 0.25rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 0;
      padding-left: 0.75rem;
      border-left: 4px solid var(--mat-sys-outline-variant);
      white-space: pre-wrap;
    }
    .topics {
      margin: 0.375rem 0 0;
      font: var(--mat-sys-body-medium);
    }
    .chip {
      display: inline-block;
      margin: 0 0.25rem 0.25rem 0;
      padding: 0 0.5rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 1rem;
    }
    h2[tabindex='-1']:focus {
      outline: none;
    }
  `,
})
export class TrendsPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  private readonly answersHeading = viewChild<ElementRef<HTMLElement>>('answersHeading');
  protected readonly state = periodState();
  protected readonly filter = computed<TrendFilter>(
    () => {
      const params = this.state.params();
      return trendFilterFromParams((name) => params.get(name));
    },
    { equal: sameTrendFilter },
  );
  private readonly query = computed<TrendQuery>(() => ({ ...this.state.period(), ...this.filter() }), {
    equal: (a, b) => a.from === b.from && a.to === b.to && sameTrendFilter(a, b),
  });
  protected readonly data = load(() => this.api.trends(this.query()));

  /** The search form's values; they apply on "Zoeken". */
  protected readonly q = signal('');
  protected readonly topic = signal('');
  /** Topics seen on this page so far (the API only gives those of the current results). */
  protected readonly topics = signal<string[]>([]);

  protected readonly audienceKey = audienceKey;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly csv = () => this.api.trendsCsv(this.query());

  constructor() {
    reloadOnChange(this.query, this.data);
    effect(() => {
      const f = this.filter();
      untracked(() => {
        this.q.set(f.q);
        this.topic.set(f.topic);
      });
    });
    effect(() => {
      const d = this.data.value();
      const chosen = this.filter().topic;
      untracked(() =>
        this.topics.set(mergeTopics([...this.topics(), ...(d?.topics ?? [])], d?.groups ?? [], d?.items ?? [], chosen)),
      );
    });
  }

  protected readonly pivot = computed(() => pivotGroups(this.data.value()?.groups ?? []));
  protected readonly topicRows = computed<ChartRow[]>(() =>
    this.pivot().rows.map((r) => ({ label: r.topic, values: [r.total] })),
  );
  protected readonly pages = computed(() => pageCount(this.data.value()?.total ?? 0));
  protected readonly fileName = computed(() =>
    csvFileName(['trendsignalen', this.filter().topic], this.state.period()),
  );

  protected setPeriod(period: DashboardPeriod): void {
    this.state.set(period, trendFilterParams({ ...this.filter(), page: 1 }));
  }

  protected search(): void {
    this.state.setParams(trendFilterParams({ q: this.q(), topic: this.topic(), page: 1 }));
  }

  protected goTo(page: number): void {
    this.state.setParams(trendFilterParams({ ...this.filter(), page }));
    this.answersHeading()?.nativeElement.focus();
  }

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale());
  }

  protected day(date: string): string {
    return formatDay(date, this.i18n.locale());
  }

  protected month(month: string): string {
    return formatMonth(month, this.i18n.locale());
  }

  protected period(period: DashboardPeriod): string {
    return formatPeriod(period, this.i18n.locale());
  }
}
