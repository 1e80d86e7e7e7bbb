import type { LocalDate, LocalTime } from '../calendar/local-date';
import type { DateWindow } from '../calendar/school-calendar';

/** A point on the map in WGS84 degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A span of wall-clock time on one day, local Europe/Amsterdam time. */
export interface TimeRange {
  start: LocalTime;
  end: LocalTime;
}

/** Working hours per ISO weekday (1 = maandag … 5 = vrijdag); a missing or empty day is a day off. */
export type WorkingPattern = Partial<Record<number, readonly TimeRange[]>>;

/** Kinds of absence of a staff member. */
export type AbsenceKind = 'leave' | 'sick' | 'training';

/**
 * A period a staff member is away, `from`–`to` inclusive. Without times the whole days are blocked; with times
 * the absence runs continuously from `startTime` on `from` (default 00:00) until `endTime` on `to` (default 24:00).
 */
export interface Absence {
  from: LocalDate;
  to: LocalDate;
  startTime?: LocalTime;
  endTime?: LocalTime;
  kind: AbsenceKind;
}

/** A weekly unavailability, e.g. every Wednesday 12:00–17:00. */
export interface RecurringAbsence {
  weekday: number;
  start: LocalTime;
  end: LocalTime;
}

/** A skill of a staff member, valid up to and including `validUntil`. */
export interface StaffSkill {
  skill: string;
  validUntil: LocalDate;
}

/** A Halt prevention specialist who can be assigned to sessions. */
export interface StaffMember {
  id: string;
  name: string;
  home: GeoPoint;
  /** Halt regions the staff member serves. */
  regionIds: readonly string[];
  contractHoursPerWeek: number;
  workingPattern: WorkingPattern;
  absences: readonly Absence[];
  recurringAbsences: readonly RecurringAbsence[];
  maxSessionsPerDay: number;
  skills: readonly StaffSkill[];
  /** Languages the staff member can teach in, e.g. `['nl', 'en']`. */
  languages: readonly string[];
  /** ISO weekdays the staff member prefers to work on (soft goal). */
  preferredWeekdays?: readonly number[];
}

/** Which dates are school days; the existing `SchoolCalendar` fits (its `whyNotSchoolDay` is used for messages). */
export interface SchoolDays {
  isSchoolDay(date: LocalDate): boolean;
  whyNotSchoolDay?(date: LocalDate): { message: string } | null;
}

/** A school that books Halt sessions. */
export interface PlanningSchool {
  id: string;
  name?: string;
  location: GeoPoint;
  /** The Halt region the school belongs to. */
  regionId: string;
  /** Start of the school day; default 08:30. */
  dayStart?: LocalTime;
  /** End of the school day; default 16:00. */
  dayEnd?: LocalTime;
  calendar: SchoolDays;
}

/** A session of a request that must be given a date, start time and staff. */
export interface SessionToPlan {
  id: string;
  requestId: string;
  schoolId: string;
  durationMinutes: number;
  staffNeeded: 1 | 2;
  requiredSkill: string;
  /** The school's preferred periods; ignored when `proposedStart` is set. */
  windows: readonly DateWindow[];
  /** Index of the school's first-choice window; default 0. */
  firstChoiceWindowIndex?: number;
  /** Language the session is given in; every assigned staff member must speak it. */
  language?: string;
  /** A fixed date and time (spreekuur series): only the staff are chosen. */
  proposedStart?: { date: LocalDate; time: LocalTime };
  /** Order within the request: a session with a higher sequence must start after one with a lower sequence ends. */
  sequence?: number;
}

/** A session placed on a date and time with its staff. */
export interface PlannedAssignment {
  sessionId: string;
  staffIds: readonly string[];
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
  /** Pinned by a planner: the auto-planner keeps it exactly as it is. */
  pinned: boolean;
}

/** Settings of the travel-time estimate. */
export interface TravelConfig {
  /** Road distance ÷ straight-line distance; default 1.3. */
  roadFactor: number;
  /** Average door-to-door speed in km/h; default 50. */
  averageSpeedKmh: number;
  /** Minutes are rounded up to a multiple of this; default 5. */
  roundToMinutes: number;
}

/** Default travel settings. */
export const DEFAULT_TRAVEL_CONFIG: Readonly<TravelConfig> = /* @__PURE__ */ Object.freeze({
  roadFactor: 1.3,
  averageSpeedKmh: 50,
  roundToMinutes: 5,
});

/**
 * Weights of the soft goals; the objective is a cost (lower is better):
 * - `travel`: per minute of travel from a staff member's home to the school, per assigned staff member;
 * - `fairness`: per hour that a staff member's planned session time differs from their fair share
 *   (total demand split in proportion to contract hours);
 * - `continuity`: per distinct staff member used at a school, beyond staff who already work there
 *   (pinned assignments or `history`);
 * - `firstChoice`: per session planned outside the school's first-choice window;
 * - `preferredWeekday`: per assigned staff member on a day outside their preferred weekdays;
 * - `unplanned`: per session that could not be planned.
 */
export interface SoftWeights {
  travel: number;
  fairness: number;
  continuity: number;
  firstChoice: number;
  preferredWeekday: number;
  unplanned: number;
}

/** Default soft-goal weights. */
export const DEFAULT_SOFT_WEIGHTS: Readonly<SoftWeights> = /* @__PURE__ */ Object.freeze({
  travel: 1,
  fairness: 5,
  continuity: 30,
  firstChoice: 30,
  preferredWeekday: 10,
  unplanned: 1000,
});

/** Everything the planner needs: plain data, nothing is looked up. */
export interface PlanningProblem {
  staff: readonly StaffMember[];
  schools: readonly PlanningSchool[];
  /**
   * All sessions the plan is about: the open ones and those already planned. Every assignment must belong
   * to one of them; pass already-planned sessions of other requests with a pinned assignment.
   */
  sessions: readonly SessionToPlan[];
  /** Existing assignments: pinned ones are kept as they are, others are a starting point the planner may change. */
  assignments?: readonly PlannedAssignment[];
  /** Staff who worked at a school before (continuity), e.g. from earlier school years. */
  history?: readonly { schoolId: string; staffId: string }[];
  travel?: Partial<TravelConfig>;
  weights?: Partial<SoftWeights>;
}
