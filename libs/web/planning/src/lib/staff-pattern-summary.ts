import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { StaffMemberDto } from '@halt/contracts';
import { I18n, TranslatePipe } from '@halt/web/core';
import { rangesOn, weekdayKey, WORKDAYS } from '@halt/web/staff';

/**
 * A specialist's working hours per weekday, preferred days and weekly unavailability, as they keep them
 * themselves on their availability page: shown to the planner, not edited here.
 */
@Component({
  selector: 'halt-staff-pattern-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = member();
    <section aria-labelledby="pattern-heading">
      <h2 id="pattern-heading">{{ 'staff.patternHeading' | t }}</h2>
      <p class="hint">{{ 'staff.patternIntro' | t }}</p>
      <dl class="details">
        @for (d of workdays; track d) {
          <dt>{{ weekday(d) }}</dt>
          <dd>{{ hoursOn(d) }}</dd>
        }
        <dt>{{ 'staff.preferredDays' | t }}</dt>
        <dd>{{ dayNames(m.preferredWeekdays) }}</dd>
        <dt>{{ 'staff.recurring' | t }}</dt>
        <dd>
          @for (r of m.recurringAbsences; track r.id; let last = $last) {
            {{ weekday(r.weekday) }} {{ r.start.slice(0, 5) }}–{{ r.end.slice(0, 5) }}{{ last ? '' : ', ' }}
          } @empty {
            {{ 'staff.nothing' | t }}
          }
        </dd>
      </dl>
    </section>
  `,
  styles: `
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StaffPatternSummary {
  private readonly i18n = inject(I18n);
  readonly member = input.required<StaffMemberDto>();

  protected readonly workdays = WORKDAYS;

  protected weekday(day: number): string {
    return this.i18n.t(weekdayKey(day));
  }

  protected dayNames(days: number[]): string {
    return days.length ? days.map((d) => this.weekday(d)).join(', ') : this.i18n.t('staff.nothing');
  }

  protected hoursOn(day: number): string {
    const ranges = rangesOn(this.member().workingPattern, day);
    return ranges.length ? ranges.map((r) => `${r.start}–${r.end}`).join(', ') : this.i18n.t('staff.dayOff');
  }
}
