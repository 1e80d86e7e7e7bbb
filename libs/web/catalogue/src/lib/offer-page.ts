import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { levelKey, load, offerTypeKey, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatEuro } from './offer-labels';

/** One offer in full, reached from the catalogue (`/school/aanbod/:id`). */
@Component({
  selector: 'halt-offer-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="..">{{ 'catalogue.back' | t }}</a>
    </p>
    @if (offer.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="offer.reload()" />
    } @else if (offer.value(); as o) {
      <p class="offer-type">{{ offerTypeKey(o.type) | t }}</p>
      <h1>{{ o.title }}</h1>
      <p>{{ o.description }}</p>
      <h2>{{ 'catalogue.details' | t }}</h2>
      <dl class="details">
        <dt>{{ 'catalogue.levels' | t }}</dt>
        <dd>
          @for (l of o.levels; track l; let last = $last) {
            {{ levelKey(l) | t }}{{ last ? '' : ', ' }}
          }
        </dd>
        <dt>{{ 'catalogue.topicsLabel' | t }}</dt>
        <dd>{{ o.topics.join(', ') }}</dd>
        <dt>{{ 'catalogue.durationLabel' | t }}</dt>
        <dd>{{ 'catalogue.duration' | t: { minutes: o.durationMinutes } }}</dd>
        <dt>{{ 'catalogue.staffLabel' | t }}</dt>
        <dd>{{ 'catalogue.staff' | t: { count: o.staffNeeded } }}</dd>
        <dt>{{ 'catalogue.groupLabel' | t }}</dt>
        <dd>{{ 'catalogue.maxPupils' | t: { count: o.maxPupilsPerGroup } }}</dd>
        <dt>{{ 'catalogue.priceLabel' | t }}</dt>
        <dd>{{ 'catalogue.price' | t: { euro: formatEuro(o.priceEuroCents), credits: o.priceCredits } }}</dd>
        <dt>{{ 'catalogue.parentMeeting' | t }}</dt>
        <dd>{{ (o.parentMeetingPossible ? 'catalogue.yes' : 'catalogue.no') | t }}</dd>
        <dt>{{ 'catalogue.online' | t }}</dt>
        <dd>{{ (o.onlinePossible ? 'catalogue.yes' : 'catalogue.no') | t }}</dd>
      </dl>
      <p>
        <a mat-flat-button routerLink="/school/aanvragen/nieuw" [queryParams]="{ aanbod: o.id }">{{
          'catalogue.request' | t
        }}</a>
      </p>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .offer-type {
      margin: 1rem 0 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OfferPage {
  private readonly api = inject(PortalApi);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly offer = load(() => this.api.offer(this.id));
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly levelKey = levelKey;
  protected readonly formatEuro = formatEuro;
}
