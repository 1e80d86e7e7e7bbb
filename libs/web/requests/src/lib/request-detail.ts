import { SessionEvaluationPanel } from '@halt/web/evaluations';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { BookingRequestDto, Level, SessionDto } from '@halt/contracts';
import { addDays, LOCAL_TIME_PATTERN, sessionLifecycle, todayInAmsterdam } from '@halt/domain';
import {
  apiError,
  AuthStore,
  I18n,
  levelKey,
  levelsForSchool,
  load,
  PortalApi,
  requestStateKey,
  sessionKindKey,
  sessionStateKey,
  TranslatePipe,
  type TranslationKey,
} from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { formatDate } from './labels';
import { RequestsApi } from './requests-api';
import { atLeastOne, WeekdayPicker } from './wizard/weekday-picker';
import { WindowCalendar } from './wizard/window-calendar';

/** Labels of the fields the move and add-a-class forms send, for the API's reasons. */
const FIELD_LABELS: Record<string, TranslationKey> = {
  sessionId: 'requests.moveSession',
  from: 'wizard.from',
  to: 'wizard.to',
  weekdays: 'wizard.weekdays',
  earliest: 'wizard.earliest',
  latest: 'wizard.latest',
  reason: 'requests.moveReason',
  name: 'wizard.groupName',
  level: 'wizard.groupLevel',
  pupilCount: 'wizard.pupilCount',
};

/**
 * One of the school's requests: classes, windows, sessions (with calendar files), history; and the changes a
 * school may make — cancel, ask to move a planned session (new windows, back to the planner), add a class.
 */
@Component({
  selector: 'halt-request-detail',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    WindowCalendar,
    WeekdayPicker,
    LoadError,
    AmsterdamTimePipe,
    SessionEvaluationPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail.html',
  styles: `
    .change-form .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .change-form mat-form-field {
      flex: 1 1 10rem;
      max-width: 20rem;
    }
    .change-form mat-form-field.wide {
      display: block;
      max-width: 40rem;
    }
  `,
})
export class RequestDetail {
  private readonly api = inject(RequestsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18n);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  private readonly portal = inject(PortalApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly user = inject(AuthStore).user;
  protected readonly schoolId = computed(() => this.user()?.organisation.id ?? '');
  protected readonly request = load(() => this.api.get(this.id));
  /** Shown once, right after the wizard submitted this request. */
  protected readonly justSubmitted = !!inject(Router).currentNavigation()?.extras.state?.['submitted'];
  protected readonly form = this.fb.group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });
  private readonly today = todayInAmsterdam(new Date());
  protected readonly moveForm = this.fb.group({
    sessionId: ['', Validators.required],
    from: [addDays(this.today, 21), Validators.required],
    to: [addDays(this.today, 48), Validators.required],
    weekdays: this.fb.control<number[]>([1, 2, 3, 4, 5], atLeastOne),
    earliest: ['08:30', [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)]],
    latest: ['16:00', [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)]],
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });
  private readonly groupFormDir = viewChild<FormGroupDirective>('groupFormDir');
  private readonly moveFormDir = viewChild<FormGroupDirective>('moveFormDir');
  protected readonly groupForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(20)]],
    level: this.fb.control<Level | ''>('', Validators.required),
    pupilCount: this.fb.control<number | null>(null, [Validators.required, Validators.min(1), Validators.max(400)]),
  });
  /** The offer's levels, for the add-a-class form; loaded once the request is there. */
  protected readonly offerLevels = signal<Level[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly requestStateKey = requestStateKey;
  protected readonly sessionStateKey = sessionStateKey;
  protected readonly sessionKindKey = sessionKindKey;
  protected readonly levelKey = levelKey;
  protected readonly formatDate = formatDate;

  protected async cancel(r: BookingRequestDto): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await this.api.cancel(r.id, this.form.getRawValue().reason);
      this.done.set(this.i18n.t(updated.lateCancellation ? 'requests.late' : 'requests.cancelled'));
      this.request.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  constructor() {
    effect(() => {
      const r = this.request.value();
      if (r?.allowedActions.includes('add_group')) void this.loadLevels(r);
    });
  }

  /** The sessions with a date that may still move (planned or confirmed, as the session lifecycle says). */
  protected plannedSessions(r: BookingRequestDto): SessionDto[] {
    return r.sessions.filter((s) => sessionLifecycle.can(s.status, 'reschedule'));
  }

  protected async move(r: BookingRequestDto): Promise<void> {
    this.moveForm.markAllAsTouched();
    if (this.moveForm.invalid) return;
    const v = this.moveForm.getRawValue();
    await this.change(async () => {
      await this.api.move(r.id, {
        sessionId: v.sessionId,
        windows: [{ from: v.from, to: v.to, weekdays: v.weekdays, earliest: v.earliest, latest: v.latest }],
        reason: v.reason,
      });
      this.moveFormDir()?.resetForm({ ...this.moveForm.getRawValue(), reason: '' });
      return this.i18n.t('requests.moved');
    });
  }

  private async loadLevels(r: BookingRequestDto): Promise<void> {
    if (this.offerLevels().length) return;
    try {
      // The offer's levels that the school's type teaches: a primary school sees groep 7–8 only.
      const [offer, school] = await Promise.all([this.portal.offer(r.offer.id), this.portal.school(r.school.id)]);
      this.offerLevels.set(levelsForSchool(offer.levels, school.type));
    } catch {
      this.offerLevels.set([...new Set(r.groups.map((g) => g.level))]);
    }
  }

  protected async addGroup(r: BookingRequestDto): Promise<void> {
    this.groupForm.markAllAsTouched();
    if (this.groupForm.invalid) return;
    const v = this.groupForm.getRawValue();
    await this.change(async () => {
      await this.api.addGroup(r.id, { name: v.name, level: v.level as Level, pupilCount: Number(v.pupilCount) });
      this.groupFormDir()?.resetForm({ name: '', level: '', pupilCount: null });
      return this.i18n.t('requests.groupAdded');
    });
  }

  private fieldName(field: string): string {
    const key = FIELD_LABELS[field.split('.').at(-1) ?? ''];
    return key ? this.i18n.t(key) : field;
  }

  /** Runs a change, then shows what happened or the API's reasons (field by field for a 400). */
  private async change(work: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      this.done.set(await work());
      this.request.reload();
    } catch (e) {
      const body = apiError(e);
      const detail = (body?.errors ?? []).map((f) => `${this.fieldName(f.field)}: ${f.message}`).join('; ');
      this.error.set(
        detail ? `${body?.message ?? ''} ${detail}`.trim() : (body?.message ?? this.i18n.t('common.saveFailed')),
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async download(r: BookingRequestDto, s: SessionDto): Promise<void> {
    const text = await this.api.calendarFile(s.id);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const a = this.document.createElement('a');
    a.href = url;
    a.download = `halt-sessie-${r.reference}-${s.sequence}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
