import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { StaffSkillDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatShortDate } from './labels';
import { PlanningApi } from './planning-api';
import { skillStatus } from './staff-model';

/** `/planner/medewerkers`: the specialists of the planner's regions with their hours, skills and validity. */
@Component({
  selector: 'halt-staff-list',
  imports: [RouterLink, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError],
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
          (input)="query.set($any($event.target).value)"
        />
        <mat-hint>{{ 'staff.searchHint' | t }}</mat-hint>
      </mat-form-field>
    </div>

    @if (staff.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="staff.reload()" />
    } @else if (staff.value()) {
      @let list = shown();
      @let caption = 'staff.caption' | t: { count: list.length };
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
  protected readonly staff = load(() => this.api.staff());
  protected readonly query = signal('');
  protected readonly shown = computed(() => {
    const q = this.query().trim().toLocaleLowerCase('nl');
    const all = this.staff.value() ?? [];
    if (!q) return all;
    return all.filter((m) =>
      [m.name, ...m.regions.map((r) => r.name), ...m.skills.map((s) => s.skill)].some((x) =>
        x.toLocaleLowerCase('nl').includes(q),
      ),
    );
  });

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
