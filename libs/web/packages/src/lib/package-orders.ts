import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { BudgetBar } from './budget-bar';
import { formatDate } from './labels';
import { OrderStatus } from './order-status';
import { PackagesApi } from './packages-api';
import { YearSelect } from './year-select';
import { yearState } from './year-state';

/** "Pakketten": the gemeente's package orders of a subsidy year, each with its status and credits. */
@Component({
  selector: 'halt-package-orders',
  imports: [RouterLink, MatButtonModule, TranslatePipe, LoadError, Pager, BudgetBar, OrderStatus, YearSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'packages.heading' | t }}</h1>
    <p>{{ 'packages.intro' | t }}</p>
    <div class="toolbar">
      <halt-year-select [year]="year.year()" (yearChange)="setYear($event)" />
      <a mat-flat-button routerLink="nieuw">{{ 'packages.orderPackage' | t }}</a>
    </div>

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
      @let caption = 'packages.caption' | t: { year: year.year(), count: result.total };
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
              <th scope="col">{{ 'packages.name' | t }}</th>
              <th scope="col">{{ 'packages.status' | t }}</th>
              <th scope="col" class="budget-col">{{ 'packages.budget' | t }}</th>
              <th scope="col">{{ 'packages.awaitingApproval' | t }}</th>
              <th scope="col">{{ 'packages.orderDeadline' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (o of list; track o.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="[o.id]">{{ o.reference }}</a>
                </th>
                <td>{{ o.name }}</td>
                <td><halt-order-status [status]="o.status" /></td>
                <td><halt-budget-bar [budget]="o.budget" /></td>
                <td>
                  @if (o.awaitingApproval > 0) {
                    <a routerLink="/gemeente/goedkeuren">{{ o.awaitingApproval }}</a>
                  } @else {
                    0
                  }
                </td>
                <td>{{ formatDate(o.orderDeadline, i18n.locale()) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'packages.none' | t: { year: year.year() } }}</td>
              </tr>
            }
          </tbody>
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
    .toolbar a {
      margin-top: 0.5rem;
    }
    .budget-col {
      min-width: 16rem;
    }
  `,
})
export class PackageOrders {
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
