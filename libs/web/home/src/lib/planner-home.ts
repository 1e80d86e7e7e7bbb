import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, load, PortalApi, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { todayTiles } from './planner-home-model';
import { RegionList } from './region-list';
import { SchoolsTable } from './schools-table';

/**
 * Home of a Halt planner: what needs them today (counts that open the inbox filtered on them), their regions and
 * the schools in them (the API scopes everything to those regions).
 */
@Component({
  selector: 'halt-planner-home',
  imports: [RouterLink, TranslatePipe, LoadError, RegionList, SchoolsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .today {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 1rem;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem;
    }
    .today a {
      display: block;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.75rem 1rem;
      text-decoration: none;
      color: var(--mat-sys-on-surface);
    }
    .today a:hover,
    .today a:focus-visible {
      border-color: var(--mat-sys-primary);
      text-decoration: underline;
    }
    .today .urgent {
      border-left: 4px solid var(--mat-sys-error);
    }
    .today .count {
      display: block;
      font: var(--mat-sys-headline-medium);
    }
  `,
  template: `
    <h1>{{ 'planner.heading' | t }}</h1>
    <p>{{ 'planner.intro' | t }}</p>

    <section aria-labelledby="today-heading">
      <h2 id="today-heading">{{ 'today.heading' | t }}</h2>
      @if (today.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="today.reload()"
        />
      } @else if (tiles(); as list) {
        <ul class="today">
          @for (tile of list; track tile.id) {
            <li>
              <a
                [id]="'today-' + tile.id"
                [class.urgent]="tile.urgent"
                routerLink="/planner/aanvragen"
                [queryParams]="tile.query"
              >
                <span class="count">{{ tile.count }}</span>
                {{ tile.label | t: { count: tile.count } }}
              </a>
            </li>
          }
        </ul>
        @if (today.value(); as t) {
          @if (t.firstWithoutStaff) {
            <p>
              <a
                routerLink="/planner/agenda"
                [queryParams]="{ datum: t.firstWithoutStaff, 'zonder-medewerker': 'ja' }"
                >{{ 'today.unstaffedInCalendar' | t: { count: t.sessionsWithoutStaff } }}</a
              >
            </p>
          }
        }
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>

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
  protected readonly today = load(() => this.api.plannerToday());
  protected readonly tiles = computed(() => {
    const today = this.today.value();
    return today ? todayTiles(today) : null;
  });
  protected readonly regions = load(() => this.api.regions());
  protected readonly page = signal(1);
  protected readonly schools = load(() => this.api.schools(this.page()));
}
