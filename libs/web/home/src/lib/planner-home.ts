import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthStore, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { load } from './load';
import { SchoolsTable } from './schools-table';

/** Home of a Halt planner: their regions and the schools in them. */
@Component({
  selector: 'halt-planner-home',
  imports: [TranslatePipe, LoadError, SchoolsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'planner.heading' | t }}</h1>
    <p>{{ 'planner.regions' | t: { regions: user()?.organisation?.name ?? '' } }}</p>
    <p>{{ 'planner.intro' | t }}</p>
    @if (schools.loading() && !schools.value()) {
      <p role="status">{{ 'common.loading' | t }}</p>
    } @else if (schools.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="schools.reload()" />
    } @else if (schools.value(); as list) {
      <halt-schools-table [schools]="list" />
    }
  `,
})
export class PlannerHome {
  protected readonly user = inject(AuthStore).user;
  private readonly api = inject(PortalApi);
  protected readonly schools = load(() => this.api.schools());
}
