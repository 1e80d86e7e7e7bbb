import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { formatDate } from './labels';
import { OrderStatus } from './order-status';
import { PackagesApi } from './packages-api';
import { YearSelect } from './year-select';
import { yearState } from './year-state';

/** Halt's "Pakketten": every municipality's package orders of a subsidy year, with the credits and their totals. */
@Component({
  selector: 'halt-admin-package-orders',
  imports: [RouterLink, TranslatePipe, LoadError, Pager, OrderStatus, YearSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'packages.adminHeading' | t }}</h1>
    <p>{{ 'packages.adminIntro' | t }}</p>
    <halt-year-select [year]="year.year()" (yearChange)="setYear($event)" />

    @if (orders.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="orders.reload()"
      />
    } @else if (orders.value(); as result) {
      @let list = result.items;
      @if (orders.loading()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      @let caption = 'packages.adminCaption' | t: { year: year.year(), count: result.total };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'packages.reference' | t }}</th>
              <th scope="col">{{ 'packages.municipality' | t }}</th>
              <th scope="col">{{ 'packages.name' | t }}</th>
              <th scope="col">{{ 'packages.status' | t }}</th>
              <th scope="col">{{ 'packages.orderDeadline' | t }}</th>
              <th scope="col" class="number">{{ 'packages.budget' | t }}</th>
              <th scope="col" class="number">{{ 'packages.reserved' | t }}</th>
              <th scope="col" class="number">{{ 'packages.consumed' | t }}</th>
              <th scope="col" class="number">{{ 'packages.available' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (o of list; track o.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="[o.id]">{{ o.reference }}</a>
                </th>
                <td>{{ o.municipality.name }}</td>
                <td>{{ o.name }}</td>
                <td><halt-order-status [status]="o.status" /></td>
                <td>{{ formatDate(o.orderDeadline, i18n.locale()) }}</td>
                <td class="number">{{ o.budget.budget }}</td>
                <td class="number">{{ o.budget.reserved }}</td>
                <td class="number">{{ o.budget.consumed }}</td>
                <td class="number">{{ o.budget.available }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="9">{{ 'packages.adminNone' | t: { year: year.year() } }}</td>
              </tr>
            }
          </tbody>
          @if (list.length) {
            @let t = result.totals;
            <tfoot>
              <tr>
                <th scope="row" colspan="5">{{ 'packages.totals' | t: { count: result.counted } }}</th>
                <td class="number">{{ t.budget }}</td>
                <td class="number">{{ t.reserved }}</td>
                <td class="number">{{ t.consumed }}</td>
                <td class="number">{{ t.available }}</td>
              </tr>
            </tfoot>
          }
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="orders.loading()"
          [label]="'packages.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); orders.reload()"
        />
      }
      <p class="hint">{{ 'packages.totalsHint' | t }}</p>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .number {
      text-align: right;
      white-space: nowrap;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-top: 2px solid var(--mat-sys-outline);
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AdminPackageOrders {
  private readonly api = inject(PackagesApi);
  protected readonly i18n = inject(I18n);
  protected readonly year = yearState();
  protected readonly page = signal(1);
  protected readonly orders = load(() => this.api.list(this.year.year(), this.page()));
  protected readonly pagesOf = pagesOf;
  protected readonly formatDate = formatDate;

  protected setYear(year: number): void {
    this.year.set(year);
    this.page.set(1);
    this.orders.reload();
  }
}
