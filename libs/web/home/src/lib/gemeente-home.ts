import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AuthStore, load, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { SchoolsTable } from './schools-table';

/** Home of a municipal policy officer: the schools in their municipality. */
@Component({
  selector: 'halt-gemeente-home',
  imports: [TranslatePipe, LoadError, SchoolsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'gemeente.heading' | t: { organisation: user()?.organisation?.name ?? '' } }}</h1>
    <p>{{ 'gemeente.intro' | t }}</p>
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
  `,
})
export class GemeenteHome {
  protected readonly user = inject(AuthStore).user;
  private readonly api = inject(PortalApi);
  protected readonly page = signal(1);
  protected readonly schools = load(() => this.api.schools(this.page()));
}
