import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, load, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { StaffCalendarFeed, StaffToday } from '@halt/web/staff';
import { RegionList } from './region-list';

/** Home of a prevention specialist: the regions they serve, the way to their sessions, and their calendar feed. */
@Component({
  selector: 'halt-staff-home',
  imports: [RouterLink, TranslatePipe, LoadError, RegionList, StaffCalendarFeed, StaffToday],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.heading' | t: { name: user()?.name ?? '' } }}</h1>

    <halt-staff-today />

    <section aria-labelledby="regions-heading">
      <h2 id="regions-heading">{{ 'staff.regionsHeading' | t }}</h2>
      @if (regions.loading() && !regions.value()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      } @else if (regions.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="regions.reload()"
        />
      } @else if (regions.value(); as list) {
        <halt-region-list [regions]="list" [ids]="user()?.organisation?.ids" />
      }
    </section>

    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{{ 'staff.sessionsHeading' | t }}</h2>
      <p>{{ 'mySessions.homeSummary' | t }}</p>
      <p>
        <a routerLink="/medewerker/sessies">{{ 'mySessions.homeLink' | t }}</a>
      </p>
    </section>

    <halt-staff-calendar-feed />
  `,
})
export class StaffHome {
  protected readonly user = inject(AuthStore).user;
  private readonly api = inject(PortalApi);
  protected readonly regions = load(() => this.api.regions());
}
