import { formatDutchDate } from '../calendar/dutch-format';
import {
  isLocalDate,
  isLocalTime,
  type LocalDate,
  type LocalTime,
  timeToMinutes,
  toEpochDay,
} from '../calendar/local-date';
import {
  clock,
  dateOfDay,
  dutchWeekday,
  MINUTES_PER_DAY,
  type PlanningContext,
  type SessionInfo,
  type StaffInfo,
  weekdayOfDay,
  weekStartOf,
} from './context';
import { type DayBlock, occupiedDayMinutes, travelMinutes } from './travel';

/**
 * The hard rules, never broken by the planner:
 * - `reference`: the assignment names a known session and staff, and its end matches the duration;
 * - `staff_count`: exactly `staffNeeded` distinct staff members;
 * - `skill`: every staff member has the required skill, valid on the date;
 * - `language`: every staff member speaks the session's language (when it has one);
 * - `region`: every staff member serves the school's Halt region;
 * - `school_day`: the date is a school day of that school;
 * - `window`: inside one of the session's windows (dates, weekday, earliest/latest), or exactly at its fixed start;
 * - `school_hours`: inside the school's day hours;
 * - `working_pattern`: inside the staff member's working hours that weekday, the trip from home to the day's first
 *   session and from its last session back home included;
 * - `absence`: the staff member is not absent (leave, sick, training, weekly unavailability);
 * - `overlap`: no overlap with the staff member's other sessions, travel in between included;
 * - `daily_sessions`: at most `maxSessionsPerDay` sessions that day;
 * - `weekly_hours`: session plus travel minutes (from home, between schools and back home) in the ISO week within
 *   the contract hours;
 * - `sequence`: sessions of one request keep their order (a higher sequence starts after a lower one ends);
 * - `pinned`: a pinned assignment is kept exactly as it was (checked by {@link countViolations} only).
 */
export const HARD_RULES = [
  'reference',
  'staff_count',
  'skill',
  'language',
  'region',
  'school_day',
  'window',
  'school_hours',
  'working_pattern',
  'absence',
  'overlap',
  'daily_sessions',
  'weekly_hours',
  'sequence',
  'pinned',
] as const;

/** Code of a hard rule, see {@link HARD_RULES}. */
export type HardRule = (typeof HARD_RULES)[number];

/** Type guard for a rule code from outside (an API response): true for the codes in {@link HARD_RULES}. */
export function isHardRule(value: unknown): value is HardRule {
  return typeof value === 'string' && (HARD_RULES as readonly string[]).includes(value);
}

/** A broken hard rule with a Dutch explanation; `staffId` is set for rules about one staff member. */
export interface HardRuleViolation {
  rule: HardRule;
  message: string;
  staffId?: string;
}

/** A session a staff member already has on a day, in minutes since local midnight. */
export interface Booking extends DayBlock {
  sessionId: string;
}

/** Where a session is placed: epoch day and minutes since midnight. */
export interface Placement {
  day: number;
  start: number;
  end: number;
}

/**
 * What the rule check needs to know of the other assignments. The planner implements it on its incremental
 * bookkeeping, the checker on an index rebuilt from scratch. `excludeSessionId` is the session being checked:
 * its own current placement must be left out.
 */
export interface BookingView {
  /** The staff member's bookings on `day`, sorted by start, without `excludeSessionId`. */
  bookingsOn(staff: StaffInfo, day: number, excludeSessionId: string): readonly Booking[];
  /** Occupied minutes (sessions plus travel) of the staff member on the other days of the ISO week of `day`. */
  weekMinutesOtherDays(staff: StaffInfo, day: number, excludeSessionId: string): number;
  /** The current placement of another session, for the order rule. */
  placementOf(sessionId: string): Placement | undefined;
}

/** A view without any bookings: checks a candidate on its own. */
export const EMPTY_BOOKINGS: BookingView = {
  bookingsOn: () => [],
  weekMinutesOtherDays: () => 0,
  placementOf: () => undefined,
};

/** Options of {@link evaluateHardRules}. */
export interface HardRuleOptions {
  /** Check the given staff on their own: skip the `staff_count` rule (for ranking one candidate). */
  partial?: boolean;
  /** Stop at the first violation (the planner only needs to know whether a candidate is allowed). */
  firstOnly?: boolean;
  /** Leave messages empty (faster in the planner's inner loops). */
  quiet?: boolean;
}

/** A candidate assignment in the caller's terms: local date and `HH:mm` start. */
export interface CandidateAssignment {
  sessionId: string;
  date: LocalDate;
  start: LocalTime;
  staffIds: readonly string[];
}

function hours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString().replace('.', ',');
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * Checks every hard rule for placing `session` on epoch day `day` at `start` (minutes since midnight) with
 * `staff`, against the other assignments in `bookings`. Returns the broken rules with Dutch reasons; an empty
 * list means the placement is allowed. This is the one implementation of the hard rules: the planner, the
 * candidate ranking and the checker all call it (the public form is {@link checkHardRules}).
 */
export function evaluateHardRules(
  ctx: PlanningContext,
  session: SessionInfo,
  day: number,
  start: number,
  staff: readonly StaffInfo[],
  bookings: BookingView,
  options: HardRuleOptions = {},
): HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  const loud = !options.quiet;
  const first = options.firstOnly === true;
  const end = start + session.duration;
  const school = session.school;
  const fail = (rule: HardRule, message: () => string, staffId?: string): boolean => {
    out.push(
      staffId === undefined
        ? { rule, message: loud ? message() : '' }
        : { rule, message: loud ? message() : '', staffId },
    );
    return first;
  };
  const when = () => `${formatDutchDate(dateOfDay(day))} ${clock(start)}–${clock(end)}`;

  // Session-level rules.
  if (!options.partial) {
    const distinct = new Set(staff.map((s) => s.id)).size;
    if (staff.length !== session.staffNeeded || distinct !== staff.length) {
      const msg = () =>
        distinct !== staff.length
          ? 'Dezelfde medewerker is meer dan eens ingepland'
          : `Deze sessie heeft ${session.staffNeeded} medewerker(s) nodig, er zijn er ${staff.length} ingepland`;
      if (fail('staff_count', msg)) return out;
    }
  }
  if (!ctx.isSchoolDay(school, day)) {
    const msg = () => {
      const why = school.school.calendar.whyNotSchoolDay?.(dateOfDay(day));
      return `${formatDutchDate(dateOfDay(day))} is geen schooldag voor ${school.name}${why ? `: ${why.message}` : ''}`;
    };
    if (fail('school_day', msg)) return out;
  }
  if (session.fixed) {
    if (session.fixed.day !== day || session.fixed.start !== start) {
      const f = session.fixed;
      if (fail('window', () => `Dit spreekuur staat vast op ${formatDutchDate(dateOfDay(f.day))} om ${clock(f.start)}`))
        return out;
    }
  } else {
    const wd = 1 << weekdayOfDay(day);
    const inside = session.windows.some(
      (w) => w.fromDay <= day && day <= w.toDay && (w.weekdayMask & wd) !== 0 && w.earliest <= start && end <= w.latest,
    );
    if (!inside && fail('window', () => `${when()} valt buiten de gewenste periodes van de school`)) return out;
  }
  if (start < school.dayStart || end > school.dayEnd) {
    const msg = () =>
      `De sessie (${clock(start)}–${clock(end)}) valt buiten de schooltijden ${clock(school.dayStart)}–${clock(school.dayEnd)}`;
    if (fail('school_hours', msg)) return out;
  }
  if (session.ordered.length > 0 && session.sequence !== null) {
    const absStart = day * MINUTES_PER_DAY + start;
    const absEnd = day * MINUTES_PER_DAY + end;
    for (const other of session.ordered) {
      if (other.sequence === null || other.sequence === session.sequence) continue;
      const p = bookings.placementOf(other.id);
      if (!p) continue;
      const pStart = p.day * MINUTES_PER_DAY + p.start;
      const pEnd = p.day * MINUTES_PER_DAY + p.end;
      const before = other.sequence < session.sequence;
      if (before ? pEnd > absStart : absEnd > pStart) {
        const msg = () =>
          before
            ? `Stap ${session.sequence} van de aanvraag moet na stap ${other.sequence} komen (die eindigt ${formatDutchDate(dateOfDay(p.day))} ${clock(p.end)})`
            : `Stap ${session.sequence} van de aanvraag moet vóór stap ${other.sequence} komen (die begint ${formatDutchDate(dateOfDay(p.day))} ${clock(p.start)})`;
        if (fail('sequence', msg)) return out;
      }
    }
  }

  // Rules per staff member.
  const weekday = weekdayOfDay(day);
  const absStart = day * MINUTES_PER_DAY + start;
  const absEnd = day * MINUTES_PER_DAY + end;
  for (const s of staff) {
    const until = s.skills.get(session.skill);
    if (until === undefined || until < day) {
      const msg = () =>
        until === undefined
          ? `${s.name} heeft de vaardigheid '${session.skill}' niet`
          : `De vaardigheid '${session.skill}' van ${s.name} is verlopen op ${formatDutchDate(dateOfDay(until))}`;
      if (fail('skill', msg, s.id)) return out;
    }
    if (session.language !== null && !s.languages.has(session.language)) {
      if (fail('language', () => `${s.name} geeft geen sessies in de taal '${session.language}'`, s.id)) return out;
    }
    if (!s.regions.has(school.regionId)) {
      if (fail('region', () => `${s.name} werkt niet in regio ${school.regionId} van ${school.name}`, s.id)) return out;
    }
    const pattern = s.pattern[weekday];
    if (!pattern.some((r) => r.start <= start && end <= r.end)) {
      const msg = () =>
        pattern.length === 0
          ? `${s.name} werkt niet op ${dutchWeekday(day)}`
          : `${s.name} werkt op ${dutchWeekday(day)} ${pattern.map((r) => `${clock(r.start)}–${clock(r.end)}`).join(' en ')}; de sessie is ${clock(start)}–${clock(end)}`;
      if (fail('working_pattern', msg, s.id)) return out;
    }
    for (const a of s.absences) {
      if (a.from >= absEnd) break;
      if (overlaps(a.from, a.to, absStart, absEnd)) {
        const kind = { leave: 'verlof', sick: 'ziek', training: 'training' }[a.source.kind];
        const msg = () => `${s.name} is afwezig (${kind}) van ${a.source.from} t/m ${a.source.to}`;
        if (fail('absence', msg, s.id)) return out;
        break;
      }
    }
    for (const r of s.recurring) {
      if (r.weekday === weekday && overlaps(r.start, r.end, start, end)) {
        const msg = () => `${s.name} is elke ${dutchWeekday(day)} ${clock(r.start)}–${clock(r.end)} niet beschikbaar`;
        if (fail('absence', msg, s.id)) return out;
        break;
      }
    }

    const others = bookings.bookingsOn(s, day, session.id);
    for (const o of others) {
      let clash = overlaps(o.start, o.end, start, end);
      let travel = 0;
      if (!clash) {
        travel =
          o.end <= start
            ? travelMinutes(o.location, school.location, ctx.travel)
            : travelMinutes(school.location, o.location, ctx.travel);
        clash = o.end <= start ? o.end + travel > start : end + travel > o.start;
      }
      if (clash) {
        const msg = () =>
          `${s.name} heeft dan al een sessie (${clock(o.start)}–${clock(o.end)})${travel > 0 ? `; de reistijd ertussen is ${travel} min` : ''}`;
        if (fail('overlap', msg, s.id)) return out;
        break;
      }
    }
    if (others.length + 1 > s.maxPerDay) {
      const msg = () =>
        `${s.name} heeft op ${formatDutchDate(dateOfDay(day))} al ${others.length} sessie(s); maximaal ${s.maxPerDay} per dag`;
      if (fail('daily_sessions', msg, s.id)) return out;
    }
    const mine: DayBlock = { start, end, location: school.location };
    const blocks: DayBlock[] = [];
    let inserted = false;
    for (const o of others) {
      if (!inserted && start < o.start) {
        blocks.push(mine);
        inserted = true;
      }
      blocks.push(o);
    }
    if (!inserted) blocks.push(mine);
    // The working day includes the trip from home to the first session and back home from the last one.
    const range = pattern.find((r) => r.start <= start && end <= r.end);
    if (range && blocks[0] === mine) {
      const leave = start - travelMinutes(s.home, school.location, ctx.travel);
      if (leave < range.start) {
        const msg = () =>
          `${s.name} moet dan om ${clock(Math.max(0, leave))} van huis vertrekken; de werktijd begint om ${clock(range.start)}`;
        if (fail('working_pattern', msg, s.id)) return out;
      }
    }
    if (range && blocks[blocks.length - 1] === mine) {
      const home = end + travelMinutes(school.location, s.home, ctx.travel);
      if (home > range.end) {
        const msg = () =>
          `${s.name} is dan pas om ${clock(Math.min(MINUTES_PER_DAY, home))} thuis; de werktijd eindigt om ${clock(range.end)}`;
        if (fail('working_pattern', msg, s.id)) return out;
      }
    }
    const week = bookings.weekMinutesOtherDays(s, day, session.id) + occupiedDayMinutes(s.home, blocks, ctx.travel);
    if (week > s.contractMinutes) {
      const msg = () =>
        `${s.name} komt in de week van ${formatDutchDate(dateOfDay(weekStartOf(day)))} op ${hours(week)} uur (sessies en reistijd); het contract is ${hours(s.contractMinutes)} uur`;
      if (fail('weekly_hours', msg, s.id)) return out;
    }
  }
  return out;
}

/**
 * Checks every hard rule for a candidate assignment given by ids, local date and start time. Unknown ids and
 * malformed dates or times are reported as `reference` violations. See {@link evaluateHardRules}.
 */
export function checkHardRules(
  ctx: PlanningContext,
  candidate: CandidateAssignment,
  bookings: BookingView,
  options: HardRuleOptions = {},
): HardRuleViolation[] {
  const session = ctx.sessionById.get(candidate.sessionId);
  if (!session) return [{ rule: 'reference', message: `Onbekende sessie ${candidate.sessionId}` }];
  if (!isLocalDate(candidate.date) || !isLocalTime(candidate.start)) {
    return [{ rule: 'reference', message: `Ongeldige datum of tijd: ${candidate.date} ${candidate.start}` }];
  }
  const staff: StaffInfo[] = [];
  const unknown: HardRuleViolation[] = [];
  for (const id of candidate.staffIds) {
    const s = ctx.staffById.get(id);
    if (s) staff.push(s);
    else unknown.push({ rule: 'reference', message: `Onbekende medewerker ${id}`, staffId: id });
  }
  if (unknown.length > 0) return unknown;
  return evaluateHardRules(
    ctx,
    session,
    toEpochDay(candidate.date),
    timeToMinutes(candidate.start),
    staff,
    bookings,
    options,
  );
}
