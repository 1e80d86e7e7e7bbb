import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, load, PortalApi, requestStateKey, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatDate } from './labels';
import { RequestsApi } from './requests-api';

/**
 * Home of a sportvereniging or wijkpartner (`/vereniging`, `/wijkpartner`): the offers meant for its kind of
 * requester (the API filters the catalogue), each with a link to request it, and its own requests.
 */
@Component({
  selector: 'halt-requester-home',
  imports: [RouterLink, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ user()?.organisation?.name }}</h1>
    <p>{{ 'requester.homeIntro' | t }}</p>

    <section aria-labelledby="offers-heading">
      <h2 id="offers-heading">{{ 'requester.offersHeading' | t }}</h2>
      @if (offers.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="offers.reload()"
        />
      } @else if (offers.value(); as list) {
        <ul class="offers">
          @for (o of list; track o.id) {
            <li>
              <h3>{{ o.title }}</h3>
              <p>{{ o.description }}</p>
              @if (o.countsOnly) {
                <p>{{ 'requester.countsOnly' | t }}</p>
              }
              <a [routerLink]="['aanvragen', 'nieuw']" [queryParams]="{ aanbod: o.id }">{{
                'requester.requestOffer' | t: { title: o.title }
              }}</a>
            </li>
          } @empty {
            <li>{{ 'requester.offersNone' | t }}</li>
          }
        </ul>
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>

    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">{{ 'requester.requestsHeading' | t }}</h2>
      @if (requests.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="requests.reload()"
        />
      } @else if (requests.value(); as result) {
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
              @for (r of result.items; track r.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['aanvragen', r.id]">{{ r.reference }}</a>
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
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .offers {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .offers li {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }
    .offers h3 {
      margin: 0 0 0.25rem;
    }
  `,
})
export class RequesterHome {
  private readonly portal = inject(PortalApi);
  private readonly api = inject(RequestsApi);
  protected readonly user = inject(AuthStore).user;
  protected readonly offers = load(() => this.portal.offers({}));
  protected readonly requests = load(() => this.api.list(1));
  protected readonly requestStateKey = requestStateKey;
  protected readonly formatDate = formatDate;
}
