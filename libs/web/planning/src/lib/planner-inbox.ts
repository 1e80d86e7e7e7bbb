import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { OFFER_TYPES, type OfferType, type RequestState } from '@halt/contracts';
import { load, offerTypeKey, requestStateKey, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { formatDate } from './labels';
import { PlanningApi } from './planning-api';

const STATES: RequestState[] = ['submitted', 'approved', 'change_requested', 'planned', 'confirmed', 'cancelled'];

/** The planner's inbox: requests of their regions, filtered by status, offer type and urgency. */
@Component({
  selector: 'halt-planner-inbox',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatSelectModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'planning.inboxHeading' | t }}</h1>
    <p>{{ 'planning.inboxIntro' | t }}</p>
    <section class="inline-form" [attr.aria-label]="'catalogue.filters' | t">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.status' | t }}</mat-label>
        <mat-select [ngModel]="status()" (ngModelChange)="status.set($event); page.set(1); requests.reload()">
          <mat-option value="">{{ 'common.all' | t }}</mat-option>
          @for (s of states; track s) {
            <mat-option [value]="s">{{ requestStateKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.type' | t }}</mat-label>
        <mat-select [ngModel]="type()" (ngModelChange)="type.set($event); page.set(1); requests.reload()">
          <mat-option value="">{{ 'common.all' | t }}</mat-option>
          @for (o of types; track o) {
            <mat-option [value]="o">{{ offerTypeKey(o) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.urgency' | t }}</mat-label>
        <mat-select [ngModel]="within()" (ngModelChange)="within.set($event); page.set(1); requests.reload()">
          <mat-option [value]="0">{{ 'planning.urgencyAll' | t }}</mat-option>
          @for (d of [14, 30, 60]; track d) {
            <mat-option [value]="d">{{ 'planning.urgencyDays' | t: { days: d } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </section>

    @if (requests.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="requests.reload()"
      />
    } @else if (requests.value(); as result) {
      @let list = result.items;
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="'planning.caption' | t: { count: result.total }"
      >
        <table>
          <caption>
            {{
              'planning.caption' | t: { count: result.total }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'planning.reference' | t }}</th>
              <th scope="col">{{ 'planning.school' | t }}</th>
              <th scope="col">{{ 'planning.offer' | t }}</th>
              <th scope="col">{{ 'planning.status' | t }}</th>
              <th scope="col">{{ 'planning.groups' | t }}</th>
              <th scope="col">{{ 'planning.firstWindow' | t }}</th>
              <th scope="col">{{ 'planning.planned' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of list; track r.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="[r.id]">{{ r.reference }}</a>
                </th>
                <td>{{ r.schoolName }}</td>
                <td>{{ r.offerTitle }}</td>
                <td>{{ requestStateKey(r.status) | t }}</td>
                <td>{{ r.groups }} ({{ r.pupils }})</td>
                <td>{{ formatDate(r.firstWindowFrom) }}</td>
                <td>{{ 'planning.plannedOf' | t: { planned: r.sessionsPlanned, total: r.sessionsTotal } }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7">{{ 'planning.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="requests.loading()"
          [label]="'planning.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); requests.reload()"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class PlannerInbox {
  private readonly api = inject(PlanningApi);
  protected readonly states = STATES;
  protected readonly types = OFFER_TYPES;
  protected readonly status = signal<RequestState | ''>('submitted');
  protected readonly type = signal<OfferType | ''>('');
  protected readonly within = signal(0);
  protected readonly page = signal(1);
  protected readonly requests = load(() =>
    this.api.inbox({
      status: this.status() || undefined,
      type: this.type() || undefined,
      startsWithinDays: this.within() || undefined,
      page: this.page(),
    }),
  );
  protected readonly pagesOf = pagesOf;
  protected readonly requestStateKey = requestStateKey;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly formatDate = formatDate;
}
