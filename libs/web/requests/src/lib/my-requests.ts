import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { load, requestStateKey, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { formatDate } from './labels';
import { RequestsApi } from './requests-api';

/** "Mijn aanvragen": the school's requests with their status and how far the planning is. */
@Component({
  selector: 'halt-my-requests',
  imports: [RouterLink, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'requests.heading' | t }}</h1>
    <p>
      {{ 'requests.intro' | t }} <a routerLink="/school/aanbod">{{ 'requests.toCatalogue' | t }}</a>
    </p>
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
        [attr.aria-label]="'requests.caption' | t: { count: result.total }"
      >
        <table>
          <caption>
            {{
              'requests.caption' | t: { count: result.total }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'planning.reference' | t }}</th>
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
                <td>{{ r.offerTitle }}</td>
                <td>{{ requestStateKey(r.status) | t }}</td>
                <td>{{ r.groups }} ({{ r.pupils }})</td>
                <td>{{ formatDate(r.firstWindowFrom) }}</td>
                <td>{{ 'planning.plannedOf' | t: { planned: r.sessionsPlanned, total: r.sessionsTotal } }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'requests.none' | t }}</td>
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
export class MyRequests {
  private readonly api = inject(RequestsApi);
  protected readonly page = signal(1);
  protected readonly requests = load(() => this.api.list(this.page()));
  protected readonly pagesOf = pagesOf;
  protected readonly requestStateKey = requestStateKey;
  protected readonly formatDate = formatDate;
}
