import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  OFFER_TYPES,
  type OfferType,
  REQUEST_ATTENTION,
  type RequestAttention,
  type RequestState,
} from '@halt/contracts';
import { load, offerTypeKey, requestStateKey, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { inboxFilterFromQuery, inboxQuery } from './inbox-filter-model';
import { formatDate } from './labels';
import { PlanningApi } from './planning-api';

const STATES: RequestState[] = ['submitted', 'approved', 'change_requested', 'planned', 'confirmed', 'cancelled'];

/**
 * The planner's inbox: requests of their regions, filtered by status, offer type, urgency and what needs attention
 * (a replacement, a specialist, a date, the coming week). The filters live in the address, so the planner's home,
 * the bell and the e-mails link to a filtered list.
 */
@Component({
  selector: 'halt-planner-inbox',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatSelectModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .tag {
      display: inline-block;
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-error);
      color: var(--mat-sys-error);
      border-radius: 4px;
      padding: 0 0.25rem;
      margin-left: 0.25rem;
    }
    .tag--done {
      border-color: var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <h1>{{ 'planning.inboxHeading' | t }}</h1>
    <p>{{ 'planning.inboxIntro' | t }}</p>
    <section class="inline-form" [attr.aria-label]="'catalogue.filters' | t">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.status' | t }}</mat-label>
        <mat-select [ngModel]="status()" (ngModelChange)="status.set($event); changed()">
          <mat-option value="">{{ 'common.all' | t }}</mat-option>
          @for (s of states; track s) {
            <mat-option [value]="s">{{ requestStateKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.type' | t }}</mat-label>
        <mat-select [ngModel]="type()" (ngModelChange)="type.set($event); changed()">
          <mat-option value="">{{ 'common.all' | t }}</mat-option>
          @for (o of types; track o) {
            <mat-option [value]="o">{{ offerTypeKey(o) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.urgency' | t }}</mat-label>
        <mat-select [ngModel]="within()" (ngModelChange)="within.set($event); changed()">
          <mat-option [value]="0">{{ 'planning.urgencyAll' | t }}</mat-option>
          @for (d of [14, 30, 60]; track d) {
            <mat-option [value]="d">{{ 'planning.urgencyDays' | t: { days: d } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.attention' | t }}</mat-label>
        <mat-select [ngModel]="attention()" (ngModelChange)="attention.set($event); changed()">
          <mat-option value="">{{ 'common.all' | t }}</mat-option>
          @for (a of attentions; track a) {
            <mat-option [value]="a">{{ attentionKey(a) | t }}</mat-option>
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
                <td>
                  {{ r.offerTitle }}
                  @if (r.interpreterLanguage) {
                    <span class="tag" [class.tag--done]="r.interpreterArranged">{{
                      (r.interpreterArranged ? 'language.inboxArranged' : 'language.inboxNeeded')
                        | t: { language: r.interpreterLanguage }
                    }}</span>
                  }
                </td>
                <td>{{ requestStateKey(r.status) | t }}</td>
                <td>{{ r.groups }} ({{ r.pupils }})</td>
                <td>{{ formatDate(r.firstWindowFrom) }}</td>
                <td>
                  {{ 'planning.plannedOf' | t: { planned: r.sessionsPlanned, total: r.sessionsTotal } }}
                  @if (r.sessionsNeedingReplacement) {
                    <span class="tag tag--warn">{{
                      'planning.needsReplacement' | t: { count: r.sessionsNeedingReplacement }
                    }}</span>
                  }
                </td>
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly initial = inboxFilterFromQuery(this.route.snapshot.queryParamMap);
  protected readonly states = STATES;
  protected readonly types = OFFER_TYPES;
  protected readonly attentions = REQUEST_ATTENTION;
  protected readonly status = signal<RequestState | ''>(this.initial.status);
  protected readonly type = signal<OfferType | ''>('');
  protected readonly within = signal(this.initial.within);
  protected readonly attention = signal<RequestAttention | ''>(this.initial.attention);
  protected readonly page = signal(1);
  protected readonly requests = load(() =>
    this.api.inbox({
      status: this.status() || undefined,
      type: this.type() || undefined,
      startsWithinDays: this.within() || undefined,
      attention: this.attention() || undefined,
      page: this.page(),
    }),
  );

  /** A filter changed: back to the first page, and the address says what is shown. */
  protected changed(): void {
    this.page.set(1);
    this.requests.reload();
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: inboxQuery({ status: this.status(), attention: this.attention(), within: this.within() }),
    });
  }
  protected readonly attentionKey = (a: RequestAttention): TranslationKey => `planning.attention.${a}`;
  protected readonly pagesOf = pagesOf;
  protected readonly requestStateKey = requestStateKey;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly formatDate = formatDate;
}
