import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CalendarBlockDto } from '@halt/contracts';
import { addDays, todayInAmsterdam, weekday } from '@halt/domain';
import { I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { StaffApi } from './staff-api';

const mondayOf = (date: string) => addDays(date, 1 - weekday(date));

/**
 * `/medewerker/agenda` ("Mijn agenda"): the specialist's own sessions of a week, per day, with the travel before
 * each, and the week's hours — sessions plus travel from home, between schools and back — against the contract.
 */
@Component({
  selector: 'halt-my-agenda-page',
  imports: [MatButtonModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'myAgenda.heading' | t }}</h1>
    <div class="periods">
      <button mat-button type="button" (click)="move(-7)">{{ 'calendar.previous' | t }}</button>
      <span class="period" aria-live="polite">{{
        'calendar.weekOf' | t: { from: dayLabel(monday()), to: dayLabel(friday()) }
      }}</span>
      <button mat-button type="button" (click)="move(7)">{{ 'calendar.next' | t }}</button>
      <button mat-button type="button" (click)="monday.set(thisMonday); reload()">{{ 'calendar.today' | t }}</button>
    </div>
    @if (sessions.failed() || week.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="reload()" />
    } @else if (sessions.value(); as s) {
      @if (week.value()?.weeks?.[0]; as w) {
        <p>
          {{
            'myAgenda.weekHours'
              | t
                : {
                    hours: h(w.sessionMinutes + w.travelMinutes),
                    travel: h(w.travelMinutes),
                    contract: h(w.contractMinutes),
                  }
          }}
        </p>
      }
      @for (date of days(); track date) {
        <section [attr.aria-labelledby]="'agenda-' + date">
          <h2 [id]="'agenda-' + date">{{ dayLabel(date) }}</h2>
          <ul>
            @for (b of byDate().get(date) ?? []; track b.sessionId) {
              <li>
                <strong>{{ b.start }}–{{ b.end }}</strong> {{ b.schoolName }}, {{ b.offerTitle }}
                <span class="travel">{{ travel(b) }}</span>
              </li>
            } @empty {
              <li>{{ 'calendar.noSessions' | t }}</li>
            }
          </ul>
        </section>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .periods {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .period {
      font-weight: 600;
    }
    h2 {
      font-size: 1.1rem;
      margin: 1rem 0 0.25rem;
    }
    .travel {
      display: block;
      font-size: 0.875rem;
    }
  `,
})
export class MyAgendaPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18n);
  protected readonly thisMonday = mondayOf(todayInAmsterdam(new Date()));
  protected readonly monday = signal(this.thisMonday);
  protected readonly friday = computed(() => addDays(this.monday(), 4));
  protected readonly days = computed(() => [0, 1, 2, 3, 4].map((d) => addDays(this.monday(), d)));
  private readonly me = load(() => this.api.me());
  protected readonly sessions = load(() => this.api.mySessions(this.monday(), this.friday()));
  protected readonly week = load(async () => {
    const me = this.me.value() ?? (await this.api.me());
    return this.api.myLoad(me.id, this.monday(), addDays(this.monday(), 6));
  });
  protected readonly byDate = computed(() => {
    const out = new Map<string, CalendarBlockDto[]>();
    for (const b of this.sessions.value()?.blocks ?? []) out.set(b.date, [...(out.get(b.date) ?? []), b]);
    return out;
  });

  protected move(days: number): void {
    this.monday.set(addDays(this.monday(), days));
    this.reload();
  }

  protected reload(): void {
    this.sessions.reload();
    this.week.reload();
  }

  protected dayLabel(date: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  protected h(minutes: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(minutes / 60);
  }

  /** The travel before the session: from home for the first of the day, else from the previous school. */
  protected travel(b: CalendarBlockDto): string {
    const list = this.byDate().get(b.date) ?? [];
    const mine = b.staff.find((s) => s.id === this.me.value()?.id) ?? b.staff[0];
    const minutes = mine?.travelMinutes ?? 0;
    return this.i18n.t(list[0] === b ? 'myAgenda.travelFromHome' : 'myAgenda.travelBetween', { minutes });
  }
}
