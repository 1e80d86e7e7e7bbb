import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { StaffSkillDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { formatShortDate } from './labels';
import { PlanningApi } from './planning-api';
import { skillStatus } from './staff-model';

/** `/planner/medewerkers`: the specialists of the planner's regions with their hours, skills and validity. */
@Component({
  selector: 'halt-staff-list',
  imports: [RouterLink, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.listHeading' | t }}</h1>
    <p>{{ 'staff.listIntro' | t }}</p>

    <div class="inline-form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'staff.search' | t }}</mat-label>
        <input
          matInput
          type="search"
          autocomplete="off"
          [value]="query()"
          (input)="search($any($event.target).value)"
        />
        <mat-hint>{{ 'staff.searchHint' | t }}</mat-hint>
      </mat-form-field>
    </div>

    @if (staff.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="staff.reload()" />
    } @else if (staff.value(); as result) {
      @let list = result.items;
      @let caption = 'staff.caption' | t: { count: result.total };
      <p class="visually-hidden" aria-live="polite">{{ caption }}</p>
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'staff.name' | t }}</th>
              <th scope="col">{{ 'staff.regions' | t }}</th>
              <th scope="col" class="number">{{ 'staff.hours' | t }}</th>
              <th scope="col" class="number">{{ 'staff.maxPerDay' | t }}</th>
              <th scope="col">{{ 'staff.skills' | t }}</th>
              <th scope="col">{{ 'staff.languages' | t }}</th>
              <th scope="col">{{ 'staff.active' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of list; track m.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="[m.id]">{{ m.name }}</a>
                </th>
                <td>{{ regionNames(m.regions) }}</td>
                <td class="number">{{ m.contractHoursPerWeek }}</td>
                <td class="number">{{ m.maxSessionsPerDay }}</td>
                <td>
                  <ul class="plain">
                    @for (s of m.skills; track s.skill) {
                      <li [class.expired]="status(s) === 'expired'">
                        {{ skillText(s) }}
                      </li>
                    } @empty {
                      <li>{{ 'staff.noSkills' | t }}</li>
                    }
                  </ul>
                </td>
                <td>{{ m.languages.join(', ') }}</td>
                <td>{{ (m.active ? 'staff.isActive' : 'staff.isInactive') | t }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7">{{ 'staff.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="staff.loading()"
          [label]="'staff.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="page.set($event); staff.reload()"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .number {
      text-align: right;
    }
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .plain li {
      white-space: nowrap;
    }
    .expired {
      color: var(--mat-sys-error);
    }
  `,
})
export class StaffList {
  private readonly api = inject(PlanningApi);
  private readonly i18n = inject(I18n);
  private readonly today = todayInAmsterdam(new Date());
  protected readonly query = signal('');
  protected readonly page = signal(1);
  /** The page of specialists matching the search (by name, region or skill), searched by the API. */
  protected readonly staff = load(() => this.api.staff({ q: this.query().trim() || undefined, page: this.page() }));
  protected readonly pagesOf = pagesOf;

  protected search(text: string): void {
    this.query.set(text);
    this.page.set(1);
    this.staff.reload();
  }

  protected regionNames(regions: { name: string }[]): string {
    return regions.map((r) => r.name).join(', ');
  }

  protected status(s: StaffSkillDto): 'valid' | 'expiring' | 'expired' {
    return skillStatus(s, this.today);
  }

  protected skillText(s: StaffSkillDto): string {
    const until = formatShortDate(s.validUntil, this.i18n.locale());
    const key =
      this.status(s) === 'expired'
        ? 'staff.skillExpired'
        : this.status(s) === 'expiring'
          ? 'staff.skillExpiring'
          : 'staff.skillValid';
    return this.i18n.t(key, { skill: s.skill, until });
  }
}
