import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { BookingRequestDto, SessionDto } from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { formatDate, requestStateKey, sessionKindKey, sessionStateKey } from './labels';
import { PlanningApi } from './planning-api';

const WEEKDAYS = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** One request for the planner: the school's preferences and each session with a date/time to plan by hand. */
@Component({
  selector: 'halt-planner-request',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './planner-request.html',
})
export class PlannerRequest {
  private readonly api = inject(PlanningApi);
  protected readonly i18n = inject(I18n);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly request = load(() => this.api.request(this.id));
  /** The date and time typed per session id. */
  protected readonly entries: Record<string, { date: string; time: string }> = {};
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly requestStateKey = requestStateKey;
  protected readonly sessionStateKey = sessionStateKey;
  protected readonly sessionKindKey = sessionKindKey;
  protected readonly formatDate = formatDate;

  protected entry(s: SessionDto): { date: string; time: string } {
    this.entries[s.id] ??= {
      date: s.windowFrom,
      time: s.proposedStart ? new Date(s.proposedStart).toTimeString().slice(0, 5) : '09:00',
    };
    return this.entries[s.id];
  }

  protected days(weekdays: number[]): string {
    return weekdays.map((d) => WEEKDAYS[d]).join(', ');
  }

  protected plannable(s: SessionDto): boolean {
    return s.status === 'open' || s.status === 'planned' || s.status === 'confirmed';
  }

  protected async plan(_r: BookingRequestDto, s: SessionDto): Promise<void> {
    this.busy.set(s.id);
    this.done.set(null);
    this.errors.update((e) => ({ ...e, [s.id]: '' }));
    try {
      await this.api.plan(s.id, this.entry(s));
      this.done.set(this.i18n.t('planning.plannedOk', { sequence: s.sequence }));
      this.request.reload();
    } catch (e) {
      const body = apiError(e);
      const message = body?.errors
        ?.map(
          (x) => `${x.field === 'time' ? this.i18n.t('planning.time') : this.i18n.t('planning.date')}: ${x.message}`,
        )
        .join('; ');
      this.errors.update((all) => ({ ...all, [s.id]: message || body?.message || this.i18n.t('planning.failed') }));
    } finally {
      this.busy.set(null);
    }
  }
}
