import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PlanningCalendarDto, StaffLoadDto, StaffWeekLoadDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { I18n, load, type Loaded, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { PlanningApi } from '../planning-api';
import { addDays, mondayOf } from './calendar-model';

/** Hours with one decimal in the user's language, e.g. "21,5". */
const hours = (minutes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);

/**
 * On a specialist's page for planners: their booked sessions of the coming ten weeks, and their load per week —
 * sessions plus the travel the rules count (from home, between schools and back home) — against the contract hours.
 */
@Component({
  selector: 'halt-staff-workload',
  imports: [RouterLink, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="workload-heading">
      <h2 id="workload-heading">{{ 'workload.heading' | t }}</h2>
      @if (loadPerWeek.failed() || sessions.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="loadPerWeek.reload(); sessions.reload()"
        />
      } @else if (loadPerWeek.value(); as l) {
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'workload.perWeek' | t">
          <table>
            <caption>
              {{
                'workload.perWeek' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'workload.week' | t }}</th>
                <th scope="col" class="number">{{ 'workload.sessions' | t }}</th>
                <th scope="col" class="number">{{ 'workload.sessionHours' | t }}</th>
                <th scope="col" class="number">{{ 'workload.travelHours' | t }}</th>
                <th scope="col">{{ 'workload.total' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (w of l.weeks; track w.weekStart) {
                <tr [class.over]="over(w)">
                  <th scope="row">{{ weekLabel(w.weekStart) }}</th>
                  <td class="number">{{ w.sessions }}</td>
                  <td class="number">{{ h(w.sessionMinutes) }}</td>
                  <td class="number">{{ h(w.travelMinutes) }}</td>
                  <td>
                    {{
                      'workload.ofContract'
                        | t: { hours: h(w.sessionMinutes + w.travelMinutes), contract: h(w.contractMinutes) }
                    }}
                    @if (over(w)) {
                      <strong>{{ 'workload.over' | t }}</strong>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <h3>{{ 'workload.booked' | t }}</h3>
        <ul class="booked">
          @for (b of sessions.value()?.blocks ?? []; track b.sessionId) {
            <li>
              <a [routerLink]="['/planner/aanvragen', b.requestId]">{{ dayLabel(b.date) }} {{ b.start }}–{{ b.end }}</a>
              {{ b.schoolName }}, {{ b.offerTitle }}
            </li>
          } @empty {
            <li>{{ 'workload.none' | t }}</li>
          }
        </ul>
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .number {
      text-align: right;
    }
    .over th,
    .over td {
      color: var(--mat-sys-error);
    }
    .booked {
      padding-left: 1.25rem;
    }
  `,
})
export class StaffWorkload implements OnInit {
  private readonly api = inject(PlanningApi);
  private readonly i18n = inject(I18n);
  readonly staffId = input.required<string>();
  private readonly from = mondayOf(todayInAmsterdam(new Date()));
  private readonly to = addDays(this.from, 69);
  // Made once the input is there (a required input cannot be read while the component is being built).
  protected loadPerWeek!: Loaded<StaffLoadDto>;
  protected sessions!: Loaded<PlanningCalendarDto>;

  ngOnInit(): void {
    this.loadPerWeek = load(() => this.api.staffLoad(this.staffId(), this.from, this.to));
    // The calendar gives at most 42 days at a time: two halves of 35.
    const half = addDays(this.from, 34);
    this.sessions = load(async () => {
      const [first, second] = await Promise.all([
        this.api.calendar({ from: this.from, to: half, staffId: this.staffId() }),
        this.api.calendar({ from: addDays(half, 1), to: this.to, staffId: this.staffId() }),
      ]);
      return { from: this.from, to: this.to, blocks: [...first.blocks, ...second.blocks] };
    });
  }
  protected readonly locale = computed(() => this.i18n.locale());

  protected h(minutes: number): string {
    return hours(minutes, this.locale());
  }

  protected over(w: StaffWeekLoadDto): boolean {
    return w.sessionMinutes + w.travelMinutes > w.contractMinutes;
  }

  protected dayLabel(date: string): string {
    return new Intl.DateTimeFormat(this.locale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  protected weekLabel(monday: string): string {
    return this.i18n.t('workload.weekOf', { day: this.dayLabel(monday) });
  }
}
