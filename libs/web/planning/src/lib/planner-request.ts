import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type {
  AssignedStaffDto,
  BookingRequestDto,
  CandidateDto,
  CandidatesDto,
  ExcludedCandidateDto,
  SessionDto,
} from '@halt/contracts';
import { instantToZoned, sessionLifecycle } from '@halt/domain';
import { apiError, I18n, load, requestStateKey, sessionKindKey, sessionStateKey, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { formatDate, formatShortDate, goalKey, ruleKey, signedPoints } from './labels';
import { PlanningApi } from './planning-api';

const WEEKDAYS = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** The staff found for one session at a date and time, and what the planner chose. */
interface Match {
  date: string;
  time: string;
  loading: boolean;
  result: CandidatesDto | null;
  error: string | null;
  errorDetails: string[];
  /** Staff ticked for a session that needs more than one specialist. */
  chosen: string[];
  /** Keep the assignment when the auto-planner runs. */
  pinned: boolean;
}

/**
 * One request for the planner: the school's preferences and each session with a date/time to plan by hand,
 * the specialists on it, and "Medewerkers zoeken": who can take the session at that moment, best first, why,
 * and who cannot.
 */
@Component({
  selector: 'halt-planner-request',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './planner-request.html',
  styles: `
    .staff-list {
      margin: 0 0 0.25rem;
      padding-left: 1.25rem;
    }
    .find {
      margin-top: 0.5rem;
    }
    .matching {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 1rem 0;
    }
    .matching h3 {
      font: var(--mat-sys-title-medium);
      margin: 0.5rem 0;
    }
    .matching h4 {
      font: var(--mat-sys-title-small);
      margin: 0.75rem 0 0.25rem;
    }
    .candidates {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .candidate {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0;
    }
    .candidate-head,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
    }
    .candidate .name {
      font-weight: 600;
    }
    details {
      margin: 0.25rem 0 0.5rem;
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      padding: 0.25rem 0;
    }
    details ul {
      margin: 0.25rem 0;
      padding-left: 1.25rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .tag {
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      padding: 0 0.25rem;
    }
    .language-form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .link-field {
      flex: 1 1 16rem;
      max-width: 32rem;
    }
    .field-error {
      color: var(--mat-sys-error);
      flex-basis: 100%;
      margin: 0;
    }
    .field-error:empty {
      display: none;
    }
    .tag--warn {
      border-color: var(--mat-sys-error);
      color: var(--mat-sys-error);
    }
    .messages:focus,
    .matching h3:focus,
    .matching .notice:focus {
      outline: none;
    }
  `,
})
export class PlannerRequest {
  private readonly api = inject(PlanningApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly request = load(() => this.api.request(this.id));
  /** The date and time typed per session id. */
  protected readonly entries: Record<string, { date: string; time: string }> = {};
  protected readonly errors = signal<Record<string, string>>({});
  /** Why removing the staff of a session failed, per session id. */
  protected readonly staffErrors = signal<Record<string, string>>({});
  /** Staff found per session id. */
  protected readonly matches = signal<Record<string, Match>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly requestStateKey = requestStateKey;
  protected readonly sessionStateKey = sessionStateKey;
  protected readonly sessionKindKey = sessionKindKey;
  protected readonly formatDate = formatDate;
  protected readonly signedPoints = signedPoints;
  /** What the planner types for the request's language needs ("tolk geregeld", the online meeting's link). */
  private languageDraft: { interpreterArranged: boolean; meetingLink: string } | null = null;
  protected readonly languageErrors = signal<Record<string, string>>({});
  protected readonly languageMessage = signal<string | null>(null);
  protected readonly languageFailed = signal(false);
  /** Sessions whose replacements were shown on their own once (an absence took their specialist off). */
  private readonly shownReplacements = new Set<string>();

  constructor() {
    // A session whose specialist became unavailable shows its ranked replacements straight away.
    effect(() => {
      const r = this.request.value();
      if (!r) return;
      untracked(() => {
        for (const s of r.sessions) {
          if (!this.needsReplacement(s) || !this.plannable(s) || this.shownReplacements.has(s.id)) continue;
          this.shownReplacements.add(s.id);
          void this.findStaff(s, undefined, false);
        }
      });
    });
  }

  protected languageForm(r: BookingRequestDto): { interpreterArranged: boolean; meetingLink: string } {
    this.languageDraft ??= {
      interpreterArranged: r.languageNeeds.interpreterArranged,
      meetingLink: r.languageNeeds.meetingLink ?? '',
    };
    return this.languageDraft;
  }

  /** Saves "tolk geregeld" and the online meeting's link; the API's reason shows under the field it refuses. */
  protected async saveLanguageNeeds(r: BookingRequestDto): Promise<void> {
    const draft = this.languageForm(r);
    this.busy.set('language');
    this.languageErrors.set({});
    this.languageMessage.set(null);
    try {
      await this.api.updateLanguageNeeds(r.id, {
        ...(r.languageNeeds.interpreter ? { interpreterArranged: draft.interpreterArranged } : {}),
        ...(r.languageNeeds.onlineParentMeeting ? { meetingLink: draft.meetingLink.trim() || null } : {}),
      });
      this.languageFailed.set(false);
      this.languageMessage.set(this.i18n.t('language.saved'));
      this.request.reload();
    } catch (e) {
      const body = apiError(e);
      this.languageFailed.set(true);
      this.languageErrors.set(Object.fromEntries((body?.errors ?? []).map((x) => [x.field, x.message])));
      this.languageMessage.set(body?.message ?? this.i18n.t('language.failed'));
    } finally {
      this.busy.set(null);
    }
  }

  /** An absence made one of the session's specialists unavailable: the planner must reassign or unassign it. */
  protected needsReplacement(s: SessionDto): boolean {
    return this.staffOf(s).some((a) => a.unavailable);
  }

  protected unavailableNames(s: SessionDto): string {
    return this.staffOf(s)
      .filter((a) => a.unavailable)
      .map((a) => a.name)
      .join(` ${this.i18n.t('matching.and')} `);
  }

  /** One action: the candidate takes the place of the unavailable specialist(s); the others stay on the session. */
  protected replaceWith(r: BookingRequestDto, s: SessionDto, cand: CandidateDto): Promise<void> {
    const kept = this.staffOf(s).filter((a) => !a.unavailable && a.staffId !== cand.staffId);
    return this.assign(r, s, [...kept, cand].slice(0, s.staffNeeded));
  }

  protected entry(s: SessionDto): { date: string; time: string } {
    const start = s.plannedStart ?? s.proposedStart;
    this.entries[s.id] ??= start ? instantToZoned(new Date(start)) : { date: s.windowFrom, time: '09:00' };
    return this.entries[s.id];
  }

  protected days(weekdays: number[]): string {
    return weekdays.map((d) => WEEKDAYS[d]).join(', ');
  }

  /** A session can be planned by hand (or moved) until its lifecycle has ended. */
  protected plannable(s: SessionDto): boolean {
    return !sessionLifecycle.isFinal(s.status);
  }

  protected staffOf(s: SessionDto): AssignedStaffDto[] {
    return s.staff ?? [];
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

  // ---- Matching staff ------------------------------------------------------------------------------------------

  /** Loads who can take the session at the date and time entered (or planned). */
  protected async findStaff(s: SessionDto, limit?: number, moveFocus = true): Promise<void> {
    const { date, time } = this.entry(s);
    this.errors.update((e) => ({ ...e, [s.id]: '' }));
    if (!date || !time) {
      this.errors.update((e) => ({ ...e, [s.id]: this.i18n.t('matching.needDateTime') }));
      return;
    }
    const chosen = this.staffOf(s).map((a) => a.staffId);
    this.setMatch(s.id, {
      date,
      time,
      loading: true,
      result: null,
      error: null,
      errorDetails: [],
      chosen,
      pinned: this.staffOf(s).every((a) => a.pinned),
    });
    if (moveFocus) this.focus(`matching-heading-${s.id}`);
    try {
      const result = await this.api.candidates(s.id, date, time, limit);
      const eligible = new Set(result.eligible.map((c) => c.staffId));
      this.patchMatch(s.id, { loading: false, result, chosen: chosen.filter((id) => eligible.has(id)) });
    } catch (e) {
      const body = apiError(e);
      this.patchMatch(s.id, {
        loading: false,
        error: body?.message ?? this.i18n.t('matching.loadFailed'),
        errorDetails: (body?.errors ?? []).map((f) => f.message),
      });
      if (moveFocus) this.focus(`matching-error-${s.id}`);
    }
  }

  /** The API gives the best 20; this asks for the best 50 (a page's worth). */
  protected showMoreCandidates(s: SessionDto): Promise<void> {
    return this.findStaff(s, 50);
  }

  protected closeMatch(s: SessionDto): void {
    this.matches.update((all) => {
      const rest = { ...all };
      delete rest[s.id];
      return rest;
    });
    this.focus(`find-${s.id}`);
  }

  protected toggleChosen(s: SessionDto, staffId: string, on: boolean): void {
    const m = this.matches()[s.id];
    if (!m) return;
    const chosen = on ? [...new Set([...m.chosen, staffId])] : m.chosen.filter((x) => x !== staffId);
    this.patchMatch(s.id, { chosen });
  }

  protected setPinned(s: SessionDto, pinned: boolean): void {
    this.patchMatch(s.id, { pinned });
  }

  protected isChosen(m: Match, staffId: string): boolean {
    return m.chosen.includes(staffId);
  }

  protected isAssigned(s: SessionDto, staffId: string): boolean {
    return this.staffOf(s).some((a) => a.staffId === staffId);
  }

  /** Whether the session is planned at exactly the searched moment; if not, assigning plans it there first. */
  protected plannedAt(s: SessionDto, c: CandidatesDto): boolean {
    if (!s.plannedStart) return false;
    const at = instantToZoned(new Date(s.plannedStart));
    return at.date === c.date && at.time === c.start.slice(0, 5);
  }

  protected shortDate(date: string): string {
    return formatShortDate(date, this.i18n.locale());
  }

  protected ruleName(rule: string): string {
    const key = ruleKey(rule);
    return key ? this.i18n.t(key) : rule;
  }

  protected goalName(goal: string): string {
    const key = goalKey(goal);
    return key ? this.i18n.t(key) : goal;
  }

  protected travel(c: CandidateDto): string {
    return c.travelMinutes === null
      ? this.i18n.t('matching.travelUnknown')
      : this.i18n.t('matching.travel', { minutes: c.travelMinutes });
  }

  /** The reasons someone cannot take the session; the broken rules when the API gave no summary. */
  protected reasons(x: ExcludedCandidateDto): string[] {
    if (x.reasons.length) return x.reasons;
    return x.rules.filter((r) => !r.passed).map((r) => `${this.ruleName(r.rule)}: ${r.message ?? ''}`.trim());
  }

  protected assignChosen(r: BookingRequestDto, s: SessionDto, c: CandidatesDto): Promise<void> {
    const m = this.matches()[s.id];
    const chosen = c.eligible.filter((x) => m?.chosen.includes(x.staffId));
    if (chosen.length !== s.staffNeeded) {
      this.patchMatch(s.id, {
        error: this.i18n.t('matching.chooseCount', { needed: s.staffNeeded, chosen: chosen.length }),
        errorDetails: [],
      });
      this.focus(`matching-error-${s.id}`);
      return Promise.resolve();
    }
    return this.assign(r, s, chosen);
  }

  /** Puts the chosen staff on the session; plans it at the searched moment first when it is not planned there. */
  protected async assign(
    _r: BookingRequestDto,
    s: SessionDto,
    staff: Pick<CandidateDto, 'staffId' | 'name'>[],
  ): Promise<void> {
    const m = this.matches()[s.id];
    const c = m?.result;
    if (!m || !c || this.busy()) return;
    this.busy.set(s.id);
    this.done.set(null);
    this.patchMatch(s.id, { error: null, errorDetails: [] });
    let planned = false;
    try {
      if (!this.plannedAt(s, c)) {
        const at = { date: c.date, time: c.start.slice(0, 5) };
        await this.api.plan(s.id, at);
        this.entries[s.id] = { ...at };
        planned = true;
      }
      await this.api.assignStaff(s.id, { staffIds: staff.map((x) => x.staffId), pinned: m.pinned });
      this.matches.update((all) => {
        const rest = { ...all };
        delete rest[s.id];
        return rest;
      });
      const names = staff.map((x) => x.name).join(` ${this.i18n.t('matching.and')} `);
      this.done.set(
        this.i18n.t(staff.length > 1 ? 'matching.assignedMany' : 'matching.assigned', {
          names,
          sequence: s.sequence,
        }),
      );
      this.request.reload();
      this.focus('planner-messages');
    } catch (e) {
      const body = apiError(e);
      const intro = planned ? `${this.i18n.t('matching.plannedButNotAssigned', { sequence: s.sequence })} ` : '';
      const message = body?.message ?? this.i18n.t('matching.assignFailed');
      this.patchMatch(s.id, {
        error: `${intro}${message}`,
        // A broken rule comes as the message and again per field: list only what the message does not say.
        errorDetails: (body?.errors ?? []).map((f) => f.message).filter((m) => !message.includes(m)),
      });
      if (planned) this.request.reload();
      this.focus(`matching-error-${s.id}`);
    } finally {
      this.busy.set(null);
    }
  }

  /** Takes all staff off the session. */
  protected async unassign(s: SessionDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(s.id);
    this.done.set(null);
    this.staffErrors.update((e) => ({ ...e, [s.id]: '' }));
    try {
      await this.api.unassignStaff(s.id);
      this.done.set(this.i18n.t('matching.unassigned', { sequence: s.sequence }));
      this.request.reload();
      this.focus('planner-messages');
    } catch (e) {
      this.staffErrors.update((all) => ({
        ...all,
        [s.id]: apiError(e)?.message ?? this.i18n.t('matching.unassignFailed'),
      }));
    } finally {
      this.busy.set(null);
    }
  }

  private setMatch(sessionId: string, m: Match): void {
    this.matches.update((all) => ({ ...all, [sessionId]: m }));
  }

  private patchMatch(sessionId: string, change: Partial<Match>): void {
    this.matches.update((all) => (all[sessionId] ? { ...all, [sessionId]: { ...all[sessionId], ...change } } : all));
  }

  /** Moves focus to what happened once it is on screen (the button pressed may be gone). */
  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
