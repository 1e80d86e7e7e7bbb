import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnDestroy, signal } from '@angular/core';
import type { CalendarDayDto } from '@halt/contracts';
import { daysBetween, isLocalDate, weekday } from '@halt/domain';
import { I18n, TranslatePipe } from '@halt/web/core';
import { RequestsApi } from '../requests-api';

interface DayCell {
  date: string;
  day: number;
  possible: boolean;
  /** Why Halt cannot come that day (Dutch, from the school's calendar), or that the weekday was not chosen. */
  why: string;
}

interface Month {
  label: string;
  weeks: (DayCell | null)[][];
}

const MAX_PREVIEW_DAYS = 186;
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A month view of one preferred window: the days Halt can come are shown plainly, the others greyed out and
 * struck through with the reason (weekend, holiday, closed day, weekday not chosen) — as text too, for screen
 * readers. Below it the number of possible days, so a school sees at once whether a window works.
 */
@Component({
  selector: 'halt-window-calendar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="window-calendar" aria-live="polite">
      @if (failed()) {
        <p class="notice notice--error">{{ 'wizard.calendarFailed' | t }}</p>
      } @else if (tooLong()) {
        <p class="hint">{{ 'wizard.calendarTooLong' | t }}</p>
      } @else if (days(); as list) {
        <p [class.notice--error]="possible() === 0" class="notice">
          {{ 'wizard.possibleDays' | t: { count: possible() } }}
        </p>
        <div class="months">
          @for (m of months(); track m.label) {
            <table class="month">
              <caption>
                {{
                  m.label
                }}
              </caption>
              <thead>
                <tr>
                  @for (d of weekdayHeads; track d.short) {
                    <th scope="col">
                      <abbr [title]="d.long">{{ d.short }}</abbr>
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (week of m.weeks; track $index) {
                  <tr>
                    @for (c of week; track $index) {
                      @if (c) {
                        <td [class.off]="!c.possible" [attr.title]="c.possible ? null : c.why">
                          {{ c.day }}
                          <span class="visually-hidden">{{
                            c.possible ? ('wizard.dayPossible' | t) : ('wizard.dayImpossible' | t: { why: c.why })
                          }}</span>
                        </td>
                      } @else {
                        <td></td>
                      }
                    }
                  </tr>
                }
              </tbody>
            </table>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .months {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .month {
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    .month caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 0.25rem;
    }
    .month th,
    .month td {
      width: 2.25rem;
      height: 2rem;
      text-align: center;
      padding: 0;
    }
    .month abbr {
      text-decoration: none;
    }
    .month td.off {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
    @media (max-width: 360px) {
      .month th,
      .month td {
        width: 2rem;
      }
    }
  `,
})
export class WindowCalendar implements OnDestroy {
  private readonly api = inject(RequestsApi);
  private readonly i18n = inject(I18n);
  readonly schoolId = input.required<string>();
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly weekdays = input.required<number[]>();

  protected readonly days = signal<CalendarDayDto[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly tooLong = computed(() => {
    const [from, to] = [this.from(), this.to()];
    const span = isLocalDate(from) && isLocalDate(to) ? daysBetween(from, to) : -1;
    return !(span >= 0 && span <= MAX_PREVIEW_DAYS);
  });
  protected readonly weekdayHeads = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'].map((short, i) => ({
    short,
    long: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][i],
  }));

  private readonly cells = computed<DayCell[]>(() => {
    const allowed = new Set(this.weekdays());
    return (this.days() ?? []).map((d) => {
      const weekdayChosen = allowed.has(weekday(d.date));
      const why = d.reason?.message ?? (weekdayChosen ? '' : this.i18n.t('wizard.weekdayNotChosen'));
      return { date: d.date, day: Number(d.date.slice(8)), possible: d.schoolDay && weekdayChosen, why };
    });
  });
  protected readonly possible = computed(() => this.cells().filter((c) => c.possible).length);
  protected readonly months = computed<Month[]>(() => {
    const months: Month[] = [];
    for (const cell of this.cells()) {
      const label = monthFormat.format(new Date(`${cell.date}T00:00:00Z`));
      let month = months.at(-1);
      if (!month || month.label !== label) {
        month = { label, weeks: [] };
        months.push(month);
      }
      const column = weekday(cell.date) - 1;
      let week = month.weeks.at(-1);
      if (!week || column === 0) {
        week = Array<DayCell | null>(7).fill(null);
        month.weeks.push(week);
      }
      week[column] = cell;
    }
    return months;
  });

  private timer?: ReturnType<typeof setTimeout>;
  private latest = 0;

  constructor() {
    // Fetch the school's calendar for the window, a moment after the dates stop changing.
    effect(() => {
      const schoolId = this.schoolId();
      const from = this.from();
      const to = this.to();
      clearTimeout(this.timer);
      if (this.tooLong()) return;
      const call = ++this.latest;
      this.timer = setTimeout(async () => {
        try {
          const calendar = await this.api.calendar(schoolId, from, to);
          if (call === this.latest) {
            this.days.set(calendar.days);
            this.failed.set(false);
          }
        } catch {
          if (call === this.latest) this.failed.set(true);
        }
      }, 250);
    });
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }
}
