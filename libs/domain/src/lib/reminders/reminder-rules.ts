import type { SessionKind } from '@halt/contracts';
import { assertLocalTime, LocalTime } from '../calendar/local-date';

/** Every kind of reminder or alert the portal sends; also the tie-break order of intents due at the same instant. */
export const REMINDER_KINDS = [
  'school_before_14d',
  'school_before_2d',
  'staff_day_before',
  'parent_meeting_invite_7d',
  'evaluation_day_after',
  'planner_unplanned_escalation',
  'planner_staff_lost',
  'planner_daily_digest',
] as const;

/**
 * Kind of reminder:
 * - `school_before_14d`, `school_before_2d`: the school contact, 14 and 2 days before a session;
 * - `staff_day_before`: the assigned staff, on the working day before a session (Monday → the Friday before);
 * - `parent_meeting_invite_7d`: the school contact, 7 days before a parent meeting, to invite the parents;
 * - `evaluation_day_after`: the school contact, the day after delivery, with the evaluation form;
 * - `planner_unplanned_escalation`: the planners, when a submitted request is still unplanned 10 school days
 *   before its first window;
 * - `planner_staff_lost`: the planners, when a planned session has no staff within 7 days of its start;
 * - `planner_daily_digest`: the planners' overview, every working day.
 */
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The kinds scheduled per session by `scheduleReminders` (and removed by {@link supersededJobIds}). */
export const SESSION_REMINDER_KINDS = [
  'school_before_14d',
  'school_before_2d',
  'staff_day_before',
  'parent_meeting_invite_7d',
  'evaluation_day_after',
  'planner_staff_lost',
] as const satisfies readonly ReminderKind[];

/** A reminder kind that belongs to one session. */
export type SessionReminderKind = (typeof SESSION_REMINDER_KINDS)[number];

/** Who receives a reminder. */
export const REMINDER_AUDIENCES = ['school', 'staff', 'planner', 'parent'] as const;

/** Recipient group of a reminder. */
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

/**
 * How an offset is counted:
 * - `days`: calendar days;
 * - `working_days`: Monday–Friday, skipping the public holidays passed in;
 * - `school_days`: days the school is open (counted by a function the caller passes in).
 */
export type ReminderOffsetUnit = 'days' | 'working_days' | 'school_days';

/** Distance of the send date from the date the reminder is about (session date, delivery date, first window). */
export interface ReminderOffset {
  /** Whole, non-negative number of units. */
  amount: number;
  unit: ReminderOffsetUnit;
  direction: 'before' | 'after';
}

/** Default time of day a reminder is sent, local (Europe/Amsterdam). */
export const DEFAULT_SEND_TIME: LocalTime = '08:00';

/** Configurable rule for one reminder kind. */
export interface ReminderRule {
  kind: ReminderKind;
  audience: ReminderAudience;
  offset: ReminderOffset;
  /** Local time of day the reminder is sent; default {@link DEFAULT_SEND_TIME}. */
  sendTime?: LocalTime;
  /** Disabled rules schedule nothing. */
  enabled: boolean;
  /** Session kinds the rule applies to; all kinds when absent. */
  sessionKinds?: readonly SessionKind[];
  /**
   * Condition alerts for the planners: when the due time has passed (by however much) but the session or first
   * window has not yet begun, send now instead of skipping after the grace period.
   */
  catchUp?: boolean;
}

/** Thrown for a reminder rule or job id that cannot be used; the message is Dutch. */
export class InvalidReminderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReminderError';
  }
}

/* @__NO_SIDE_EFFECTS__ */
const before = (amount: number, unit: ReminderOffsetUnit = 'days'): ReminderOffset => ({
  amount,
  unit,
  direction: 'before',
});

/** The seeded reminder rules: all enabled, sent at 08:00 local except the digest (07:30). */
export const DEFAULT_REMINDER_RULES: readonly Readonly<ReminderRule>[] = /* @__PURE__ */ deepFreeze([
  { kind: 'school_before_14d', audience: 'school', offset: before(14), sendTime: '08:00', enabled: true },
  { kind: 'school_before_2d', audience: 'school', offset: before(2), sendTime: '08:00', enabled: true },
  {
    kind: 'staff_day_before',
    audience: 'staff',
    offset: before(1, 'working_days'),
    sendTime: '08:00',
    enabled: true,
  },
  {
    kind: 'parent_meeting_invite_7d',
    audience: 'school',
    offset: before(7),
    sendTime: '08:00',
    enabled: true,
    sessionKinds: ['parent_meeting'],
  },
  {
    kind: 'evaluation_day_after',
    audience: 'school',
    offset: { amount: 1, unit: 'days', direction: 'after' },
    sendTime: '08:00',
    enabled: true,
  },
  {
    kind: 'planner_unplanned_escalation',
    audience: 'planner',
    offset: before(10, 'school_days'),
    sendTime: '08:00',
    enabled: true,
    catchUp: true,
  },
  {
    kind: 'planner_staff_lost',
    audience: 'planner',
    offset: before(7),
    sendTime: '08:00',
    enabled: true,
    catchUp: true,
  },
  {
    kind: 'planner_daily_digest',
    audience: 'planner',
    offset: { amount: 0, unit: 'working_days', direction: 'after' },
    sendTime: '07:30',
    enabled: true,
  },
] satisfies ReminderRule[]);

function deepFreeze<T extends object>(rules: T[]): readonly Readonly<T>[] {
  for (const rule of rules) {
    for (const value of Object.values(rule)) if (typeof value === 'object' && value !== null) Object.freeze(value);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}

/** The send time of a rule, validated: its `sendTime` or {@link DEFAULT_SEND_TIME}. */
export function ruleSendTime(rule: ReminderRule): LocalTime {
  return assertLocalTime(rule.sendTime ?? DEFAULT_SEND_TIME);
}

/**
 * Checks a set of rules: known kinds, at most one rule per kind, whole non-negative offsets and valid send times.
 * Throws {@link InvalidReminderError}; returns the rules unchanged.
 */
export function assertReminderRules(rules: readonly ReminderRule[]): readonly ReminderRule[] {
  const seen = new Set<ReminderKind>();
  for (const rule of rules) {
    if (!(REMINDER_KINDS as readonly string[]).includes(rule.kind)) {
      throw new InvalidReminderError(`Onbekend soort herinnering: '${rule.kind}'`);
    }
    if (seen.has(rule.kind)) throw new InvalidReminderError(`Meer dan één regel voor herinnering '${rule.kind}'`);
    seen.add(rule.kind);
    if (!Number.isSafeInteger(rule.offset.amount) || rule.offset.amount < 0) {
      throw new InvalidReminderError(
        `Afstand van herinnering '${rule.kind}' moet een geheel getal van 0 of meer zijn: ${rule.offset.amount}`,
      );
    }
    ruleSendTime(rule);
  }
  return rules;
}

/**
 * Deterministic BullMQ job id `<subjectId>-<kind>-v<version>`: enqueueing the same reminder twice is a no-op, and
 * a new version (plan, move, reassign) gives new ids. Throws {@link InvalidReminderError} when the id would contain
 * `:` (reserved by BullMQ) or the version is not a non-negative integer.
 */
export function reminderJobId(subjectId: string, kind: ReminderKind, version: number): string {
  if (!subjectId) throw new InvalidReminderError('Lege id voor een herinnering');
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new InvalidReminderError(`Versie moet een geheel getal van 0 of meer zijn: ${version}`);
  }
  const jobId = `${subjectId}-${kind}-v${version}`;
  if (jobId.includes(':')) throw new InvalidReminderError(`Job-id mag geen ':' bevatten: '${jobId}'`);
  return jobId;
}

/**
 * The job ids to remove when a session moves, is reassigned or cancelled: one per kind (default every
 * {@link SESSION_REMINDER_KINDS}) for the old version, in the order of `kinds`.
 */
export function supersededJobIds(
  sessionId: string,
  oldVersion: number,
  kinds: readonly ReminderKind[] = SESSION_REMINDER_KINDS,
): string[] {
  return kinds.map((kind) => reminderJobId(sessionId, kind, oldVersion));
}
