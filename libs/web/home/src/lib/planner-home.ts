import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AuthStore, load, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { RegionList } from './region-list';
import { SchoolsTable } from './schools-table';

/** Home of a Halt planner: their regions and the schools in them (the API scopes the schools to those regions). */
@Component({
  selector: 'halt-planner-home',
  imports: [TranslatePipe, LoadError, RegionList, SchoolsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'planner.heading' | t }}</h1>
    <p>{{ 'planner.intro' | t }}</p>

    <section aria-labelledby="regions-heading">
      <h2 id="regions-heading">{{ 'planner.regionsHeading' | t }}</h2>
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

    <section aria-labelledby="schools-heading">
      <h2 id="schools-heading">{{ 'planner.schoolsHeading' | t }}</h2>
      @if (schools.loading() && !schools.value()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      } @else if (schools.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="schools.reload()"
        />
      } @else if (schools.value(); as list) {
        <halt-schools-table
          [schools]="list"
          [busy]="schools.loading()"
          (pageChange)="page.set($event); schools.reload()"
        />
      }
    </section>
  `,
})
export class PlannerHome {
  protected readonly user = inject(AuthStore).user;
  private readonly api = inject(PortalApi);
  protected readonly regions = load(() => this.api.regions());
  protected readonly page = signal(1);
  protected readonly schools = load(() => this.api.schools(this.page()));
}
