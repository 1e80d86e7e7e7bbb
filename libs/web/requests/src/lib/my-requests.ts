import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { load, requestStateKey, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatDate } from './labels';
import { RequestsApi } from './requests-api';

/** "Mijn aanvragen": the school's requests with their status and how far the planning is. */
@Component({
  selector: 'halt-my-requests',
  imports: [RouterLink, TranslatePipe, LoadError],
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
    } @else if (requests.value(); as list) {
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="'requests.caption' | t: { count: list.length }"
      >
        <table>
          <caption>
            {{
              'requests.caption' | t: { count: list.length }
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
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class MyRequests {
  private readonly api = inject(RequestsApi);
  protected readonly requests = load(() => this.api.list());
  protected readonly requestStateKey = requestStateKey;
  protected readonly formatDate = formatDate;
}
