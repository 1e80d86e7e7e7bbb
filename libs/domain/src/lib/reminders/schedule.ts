import type { RequestState, SessionKind, SessionState } from '@halt/contracts';
import { addDays, assertLocalDate, assertLocalTime, LocalDate, LocalTime } from '../calendar/local-date';
import { AMSTERDAM, instantToZoned, zonedDateTimeToInstant } from '../calendar/time-zone';
import { QuietHours, shiftOutOfQuietHours } from './quiet-hours';
import {
  assertReminderRules,
  DEFAULT_REMINDER_RULES,
  InvalidReminderError,
  REMINDER_KINDS,
  ReminderAudience,
  ReminderKind,
  ReminderOffset,
  ReminderRule,
  reminderJobId,
  ruleSendTime,
  SESSION_REMINDER_KINDS,
  SessionReminderKind,
} from './reminder-rules';
import { addWorkingDays, HolidayDates, isWorkingDay } from './working-days';

/** How late a reminder may still go out: a reminder overdue by more is skipped. Default 6 hours. */
export const DEFAULT_GRACE_PERIOD_MS = 6 * 3_600_000;

/** Local time of the planners' daily digest. */
export const DEFAULT_DIGEST_TIME: LocalTime = '07:30';

/**
 * The school day `n` school days before `date` (`date` itself not counted), e.g.
 * `(d, n) => calendar.addSchoolDays(d, -n)` with a `SchoolCalendar`.
 */
export type SchoolDaysBefore = (date: LocalDate, n: number) => LocalDate;

/** What {@link scheduleReminders} needs to know of a session. */
export interface ReminderSession {
  id: string;
  /** Whole number ≥ 0 that goes up on every plan, move and reassignment; part of every job id. */
  version: number;
  kind: SessionKind;
  status: SessionState;
  /** Start of the session, or null while it has none (then nothing is scheduled before it). */
  plannedStart: Date | null;
  /** When the session was delivered; the evaluation falls back on `plannedStart`. */
  deliveredAt?: Date | null;
  /**
   * Number of staff assigned. `0`: the planners get `planner_staff_lost` and there is no `staff_day_before`;
   * absent: treated as staffed.
   */
  staffCount?: number;
}

/** Options shared by the schedulers. */
export interface ReminderScheduleOptions {
  /** Reminder rules; default {@link DEFAULT_REMINDER_RULES}. At most one per kind. */
  rules?: readonly ReminderRule[];
  /** The current instant: only intents due after it (or sent now, within the grace period) are returned. */
  now: Date;
  /** Public holidays, skipped when counting working days. */
  publicHolidays?: HolidayDates;
  /** Counts school days back, for rules in `school_days`. */
  schoolDaysBefore?: SchoolDaysBefore;
  /** Quiet hours; default `DEFAULT_QUIET_HOURS`. */
  quietHours?: Partial<QuietHours>;
  /** Default {@link DEFAULT_GRACE_PERIOD_MS}. */
  gracePeriodMs?: number;
}

/** Input of {@link scheduleReminders}. */
export interface ScheduleRemindersInput extends ReminderScheduleOptions {
  session: ReminderSession;
}

/** One reminder to enqueue as a delayed job. */
export interface ReminderIntent {
  /** `<sessionId>-<kind>-v<version>`; never contains `:`. */
  jobId: string;
  kind: ReminderKind;
  audience: ReminderAudience;
  sessionId: string;
  version: number;
  /** When to send, already moved out of the quiet hours; never before `now`. */
  dueAt: Date;
}

/** What {@link scheduleUnplannedEscalation} needs to know of a booking request. */
export interface EscalationRequest {
  id: string;
  /** Whole number ≥ 0 that goes up whenever the request's windows change; part of the job id. */
  version: number;
  status: RequestState;
  /** First day of the request's earliest date window. */
  firstWindowFrom: LocalDate;
}

/** Input of {@link scheduleUnplannedEscalation}. */
export interface ScheduleEscalationInput extends ReminderScheduleOptions {
  request: EscalationRequest;
}

/** A reminder about a booking request rather than a session. */
export interface RequestReminderIntent {
  /** `<requestId>-<kind>-v<version>`; never contains `:`. */
  jobId: string;
  kind: ReminderKind;
  audience: ReminderAudience;
  requestId: string;
  version: number;
  dueAt: Date;
}

/** Request states in which a request has been submitted but not yet planned (subject to escalation). */
export const UNPLANNED_REQUEST_STATES: readonly RequestState[] = /* @__PURE__ */ Object.freeze([
  'submitted',
  'awaiting_approval',
  'approved',
  'change_requested',
]);

/** Session states in which the school and staff get their reminders before the session. */
const SCHEDULED_STATES: readonly SessionState[] = ['planned', 'confirmed'];
/** Session states in which a session without staff alerts the planners (`unplan` moves a session back to open). */
const STAFF_LOST_STATES: readonly SessionState[] = ['open', 'planned', 'confirmed'];

/**
 * The reminders of one session, in order of `dueAt` (then of {@link REMINDER_KINDS}). Pure: the same input always
 * gives the same intents.
 *
 * - Send dates are counted from the session's local date (Europe/Amsterdam) by the rule's offset, at its send
 *   time, then moved out of the quiet hours.
 * - `school_before_*`, `staff_day_before` and `parent_meeting_invite_7d` only for planned or confirmed sessions,
 *   and only when due before the session starts; `staff_day_before` not when `staffCount` is 0.
 * - `planner_staff_lost` only when `staffCount` is 0 (open, planned or confirmed, with a start).
 * - `evaluation_day_after` only for delivered sessions, counted from `deliveredAt` (else `plannedStart`).
 * - Nothing for cancelled (or no-show) sessions.
 * - A reminder already due is sent now when it is at most the grace period late and skipped otherwise; rules with
 *   `catchUp` are sent now as long as the session has not started.
 *
 * Throws {@link InvalidReminderError} for invalid rules, a session id with `:` or a bad version.
 */
export function scheduleReminders(input: ScheduleRemindersInput): ReminderIntent[] {
  const { session } = input;
  const rules = assertReminderRules(input.rules ?? DEFAULT_REMINDER_RULES);
  assertInstant(input.now, 'now');
  // Validates the id and version even when nothing is scheduled.
  reminderJobId(session.id, REMINDER_KINDS[0], session.version);
  if (session.plannedStart) assertInstant(session.plannedStart, 'plannedStart');
  if (session.deliveredAt) assertInstant(session.deliveredAt, 'deliveredAt');

  const intents: ReminderIntent[] = [];
  for (const rule of rules) {
    if (!rule.enabled || !isSessionReminderKind(rule.kind)) continue;
    if (rule.sessionKinds && !rule.sessionKinds.includes(session.kind)) continue;
    const anchor = sessionAnchor(rule.kind, session);
    if (!anchor) continue;
    const anchorDate = instantToZoned(anchor, AMSTERDAM).date;
    const due = dueInstant(anchorDate, rule, input);
    const dueAt = settleDue(due, input, rule.catchUp ? anchor : null);
    if (!dueAt) continue;
    if (rule.kind !== 'evaluation_day_after' && dueAt.getTime() >= anchor.getTime()) continue;
    intents.push({
      jobId: reminderJobId(session.id, rule.kind, session.version),
      kind: rule.kind,
      audience: rule.audience,
      sessionId: session.id,
      version: session.version,
      dueAt,
    });
  }
  return sortByDue(intents);
}

/**
 * The `planner_unplanned_escalation` for a booking request: at the rule's send time, the rule's offset (default 10
 * school days) before the first day of its first window, moved out of the quiet hours. Empty unless the request is
 * in one of the {@link UNPLANNED_REQUEST_STATES} and the rule is enabled. When the escalation moment has already
 * passed it is sent now (the rule has `catchUp`), as long as the first window has not begun. Whether the request is
 * still unplanned at send time is for the job to check again.
 *
 * Needs `schoolDaysBefore` for an offset in school days (see {@link schoolDaysBeforeFromList}).
 */
export function scheduleUnplannedEscalation(input: ScheduleEscalationInput): RequestReminderIntent[] {
  const { request } = input;
  const rules = assertReminderRules(input.rules ?? DEFAULT_REMINDER_RULES);
  assertInstant(input.now, 'now');
  const kind: ReminderKind = 'planner_unplanned_escalation';
  const jobId = reminderJobId(request.id, kind, request.version);
  const firstDay = assertLocalDate(request.firstWindowFrom);
  const rule = rules.find((r) => r.kind === kind);
  if (!rule?.enabled || !UNPLANNED_REQUEST_STATES.includes(request.status)) return [];
  const windowStart = zonedDateTimeToInstant(firstDay, '00:00', AMSTERDAM, { gap: 'forward' });
  const dueAt = settleDue(dueInstant(firstDay, rule, input), input, rule.catchUp ? windowStart : null);
  if (!dueAt || dueAt.getTime() >= windowStart.getTime()) return [];
  return [{ jobId, kind, audience: rule.audience, requestId: request.id, version: request.version, dueAt }];
}

/**
 * A {@link SchoolDaysBefore} from a list of the school's school days (any order, duplicates allowed): the `n`-th
 * listed day before `date`. Throws a `RangeError` when the list does not reach back far enough.
 */
export function schoolDaysBeforeFromList(schoolDays: readonly LocalDate[]): SchoolDaysBefore {
  const sorted = [...new Set(schoolDays.map((d) => assertLocalDate(d)))].sort();
  return (date, n) => {
    assertLocalDate(date);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Aantal schooldagen moet 0 of meer zijn: ${n}`);
    if (n === 0) return date;
    const earlier = sorted.filter((d) => d < date);
    if (earlier.length < n) throw new RangeError(`Geen ${n} schooldagen bekend vóór ${date}`);
    return earlier[earlier.length - n];
  };
}

/** Options of {@link nextDigestAt}. */
export interface DigestOptions {
  /** Local time; default {@link DEFAULT_DIGEST_TIME}. */
  time?: LocalTime;
  /** Public holidays on which no digest is sent; none by default. */
  publicHolidays?: HolidayDates;
}

/**
 * The next planners' daily digest strictly after `now`: every working day (Monday–Friday, minus the optional public
 * holidays) at 07:30 Europe/Amsterdam. Example: Friday 2026-03-27 08:00 → Monday 2026-03-30 07:30 CEST (05:30Z).
 */
export function nextDigestAt(now: Date, opts: DigestOptions = {}): Date {
  assertInstant(now, 'now');
  const time = assertLocalTime(opts.time ?? DEFAULT_DIGEST_TIME);
  const holidays = opts.publicHolidays ?? [];
  let date = instantToZoned(now, AMSTERDAM).date;
  for (let i = 0; i < 3660; i++, date = addDays(date, 1)) {
    if (!isWorkingDay(date, holidays)) continue;
    const at = zonedDateTimeToInstant(date, time, AMSTERDAM, { gap: 'forward' });
    if (at.getTime() > now.getTime()) return at;
  }
  throw new RangeError('Geen werkdag gevonden binnen tien jaar');
}

/** Job id of the digest sent at `at`: `planner_daily_digest-<local date>`, one per day. */
export function digestJobId(at: Date): string {
  return `planner_daily_digest-${instantToZoned(assertInstant(at, 'at'), AMSTERDAM).date}`;
}

function isSessionReminderKind(kind: ReminderKind): kind is SessionReminderKind {
  return (SESSION_REMINDER_KINDS as readonly ReminderKind[]).includes(kind);
}

/** The instant a session reminder is counted from, or null when the session gets no such reminder. */
function sessionAnchor(kind: SessionReminderKind, session: ReminderSession): Date | null {
  switch (kind) {
    case 'school_before_14d':
    case 'school_before_2d':
    case 'parent_meeting_invite_7d':
      return SCHEDULED_STATES.includes(session.status) ? session.plannedStart : null;
    case 'staff_day_before':
      return SCHEDULED_STATES.includes(session.status) && session.staffCount !== 0 ? session.plannedStart : null;
    case 'planner_staff_lost':
      return STAFF_LOST_STATES.includes(session.status) && session.staffCount === 0 ? session.plannedStart : null;
    case 'evaluation_day_after':
      return session.status === 'delivered' ? (session.deliveredAt ?? session.plannedStart) : null;
  }
}

/** The send date counted from `date` by the rule's offset, at the rule's send time (before quiet hours). */
function dueInstant(date: LocalDate, rule: ReminderRule, opts: ReminderScheduleOptions): Date {
  const sendDate = offsetDate(date, rule.offset, opts, rule.kind);
  return zonedDateTimeToInstant(sendDate, ruleSendTime(rule), AMSTERDAM, { gap: 'forward' });
}

function offsetDate(date: LocalDate, offset: ReminderOffset, opts: ReminderScheduleOptions, kind: string): LocalDate {
  const sign = offset.direction === 'before' ? -1 : 1;
  switch (offset.unit) {
    case 'days':
      return addDays(date, sign * offset.amount);
    case 'working_days':
      return addWorkingDays(date, sign * offset.amount, opts.publicHolidays ?? []);
    case 'school_days':
      if (offset.direction !== 'before') {
        throw new InvalidReminderError(`Herinnering '${kind}': schooldagen kunnen alleen vooruit worden geteld`);
      }
      if (!opts.schoolDaysBefore) {
        throw new InvalidReminderError(`Herinnering '${kind}' telt in schooldagen: geef schoolDaysBefore mee`);
      }
      return assertLocalDate(opts.schoolDaysBefore(date, offset.amount));
  }
}

/**
 * The instant to send a reminder due at `due`: moved out of the quiet hours; when that is not after `now`, sent now
 * (moved out of the quiet hours) if it is at most the grace period late or, with `catchUpUntil`, if `now` is still
 * before it; otherwise null (skipped).
 */
function settleDue(due: Date, opts: ReminderScheduleOptions, catchUpUntil: Date | null): Date | null {
  const now = opts.now.getTime();
  const grace = opts.gracePeriodMs ?? DEFAULT_GRACE_PERIOD_MS;
  if (!(grace >= 0)) throw new RangeError(`Respijttijd moet 0 of meer milliseconden zijn: ${grace}`);
  const dueAt = shiftOutOfQuietHours(due, opts.quietHours);
  if (dueAt.getTime() > now) return dueAt;
  const inTime = catchUpUntil ? now < catchUpUntil.getTime() : now - dueAt.getTime() <= grace;
  return inTime ? shiftOutOfQuietHours(new Date(now), opts.quietHours) : null;
}

function sortByDue<T extends { dueAt: Date; kind: ReminderKind; jobId: string }>(intents: T[]): T[] {
  return intents.sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() ||
      REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
      (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0),
  );
}

function assertInstant(value: Date, name: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} is geen geldig tijdstip`);
  }
  return value;
}
