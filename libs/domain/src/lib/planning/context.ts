import { DUTCH_WEEKDAYS } from '../calendar/dutch-format';
import { fromEpochDay, minutesToTime, timeToMinutes, toEpochDay, type LocalDate } from '../calendar/local-date';
import {
  type Absence,
  DEFAULT_SOFT_WEIGHTS,
  type GeoPoint,
  type PlanningProblem,
  type PlanningSchool,
  type SessionToPlan,
  type SoftWeights,
  type StaffMember,
  type TravelConfig,
} from './model';
import { travelConfig, travelMinutes } from './travel';

/** Minutes in a day; absolute minutes are `epochDay × 1440 + minutes since midnight`. */
export const MINUTES_PER_DAY = 1440;
/** Start times are multiples of this many minutes (quarter hours). */
export const START_GRID_MINUTES = 15;

/** A span in minutes since local midnight. */
export interface MinuteRange {
  start: number;
  end: number;
}

/** A staff member compiled for fast rule checks. */
export interface StaffInfo {
  index: number;
  id: string;
  name: string;
  member: StaffMember;
  home: GeoPoint;
  regions: ReadonlySet<string>;
  contractMinutes: number;
  maxPerDay: number;
  /** Working hours per ISO weekday (index 1–7). */
  pattern: readonly (readonly MinuteRange[])[];
  /** Absences as absolute-minute spans `[from, to)`, sorted by start. */
  absences: readonly { from: number; to: number; source: Absence }[];
  recurring: readonly { weekday: number; start: number; end: number }[];
  /** Last valid epoch day per skill. */
  skills: ReadonlyMap<string, number>;
  languages: ReadonlySet<string>;
  preferred: ReadonlySet<number> | null;
}

/** A school compiled for fast rule checks. */
export interface SchoolInfo {
  index: number;
  id: string;
  name: string;
  school: PlanningSchool;
  location: GeoPoint;
  regionId: string;
  dayStart: number;
  dayEnd: number;
}

/** A date window compiled to epoch days, a weekday bit mask and minutes. */
export interface WindowInfo {
  fromDay: number;
  toDay: number;
  weekdayMask: number;
  earliest: number;
  latest: number;
}

/** A session compiled for fast rule checks. */
export interface SessionInfo {
  index: number;
  id: string;
  session: SessionToPlan;
  school: SchoolInfo;
  duration: number;
  staffNeeded: number;
  skill: string;
  windows: readonly WindowInfo[];
  /** Index of the first-choice window, or -1 when there is none. */
  firstChoice: number;
  language: string | null;
  /** Fixed start (spreekuur series), or null. */
  fixed: { day: number; start: number } | null;
  requestId: string;
  sequence: number | null;
  /** Other sessions of the same request that have a sequence (only filled when this one has a sequence too). */
  ordered: SessionInfo[];
}

/**
 * A planning problem compiled once: parsed times, lookup maps, indexes by region and skill, fair-share
 * targets and caches. Pure data derived from the problem; shared by the rule check, the planner, the
 * candidate ranking and the checker.
 */
export interface PlanningContext {
  problem: PlanningProblem;
  travel: TravelConfig;
  weights: SoftWeights;
  staff: readonly StaffInfo[];
  staffById: ReadonlyMap<string, StaffInfo>;
  schools: readonly SchoolInfo[];
  schoolById: ReadonlyMap<string, SchoolInfo>;
  sessions: readonly SessionInfo[];
  sessionById: ReadonlyMap<string, SessionInfo>;
  /** Fair share of session minutes per staff index (total demand split by contract hours). */
  fairTarget: Float64Array;
  /** True for (school, staff) pairs from `history`: continuity with them costs nothing. */
  historyPair(school: SchoolInfo, staff: StaffInfo): boolean;
  /** Staff who serve `regionId` and have `skill` (validity not yet checked). */
  staffFor(regionId: string, skill: string): readonly StaffInfo[];
  /** Whether the school is open on an epoch day (cached). */
  isSchoolDay(school: SchoolInfo, day: number): boolean;
  /** Travel minutes from a staff member's home to a school (cached). */
  homeTravel(staff: StaffInfo, school: SchoolInfo): number;
}

/** A staff member's fair share of `demand` session minutes: split by contract minutes over all staff. */
export function fairShareMinutes(demand: number, contractMinutes: number, totalContractMinutes: number): number {
  return totalContractMinutes > 0 ? (demand * contractMinutes) / totalContractMinutes : 0;
}

/** ISO weekday (1 = maandag) of an epoch day. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Epoch day of the Monday of the ISO week that contains `day`. */
export function weekStartOf(day: number): number {
  return day - weekdayOfDay(day) + 1;
}

/** `yyyy-MM-dd` of an epoch day. */
export function dateOfDay(day: number): LocalDate {
  return fromEpochDay(day);
}

/** `HH:mm` for minutes since midnight; 1440 is written as 24:00. */
export function clock(minutes: number): string {
  return minutes >= MINUTES_PER_DAY ? '24:00' : minutesToTime(minutes);
}

/** Dutch weekday name of an epoch day. */
export function dutchWeekday(day: number): string {
  return DUTCH_WEEKDAYS[weekdayOfDay(day)];
}

function compileStaff(member: StaffMember, index: number): StaffInfo {
  const pattern: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  for (const [key, ranges] of Object.entries(member.workingPattern)) {
    const wd = Number(key);
    if (!(wd >= 1 && wd <= 7) || !ranges) continue;
    pattern[wd] = ranges
      .map((r) => ({ start: timeToMinutes(r.start), end: timeToMinutes(r.end) }))
      .sort((a, b) => a.start - b.start);
  }
  const absences = member.absences
    .map((a) => ({
      from: toEpochDay(a.from) * MINUTES_PER_DAY + (a.startTime ? timeToMinutes(a.startTime) : 0),
      to: toEpochDay(a.to) * MINUTES_PER_DAY + (a.endTime ? timeToMinutes(a.endTime) : MINUTES_PER_DAY),
      source: a,
    }))
    .sort((a, b) => a.from - b.from);
  const skills = new Map<string, number>();
  for (const s of member.skills) {
    const until = toEpochDay(s.validUntil);
    skills.set(s.skill, Math.max(until, skills.get(s.skill) ?? -Infinity));
  }
  return {
    index,
    id: member.id,
    name: member.name,
    member,
    home: member.home,
    regions: new Set(member.regionIds),
    contractMinutes: Math.round(member.contractHoursPerWeek * 60),
    maxPerDay: member.maxSessionsPerDay,
    pattern,
    absences,
    recurring: member.recurringAbsences.map((r) => ({
      weekday: r.weekday,
      start: timeToMinutes(r.start),
      end: timeToMinutes(r.end),
    })),
    skills,
    languages: new Set(member.languages),
    preferred:
      member.preferredWeekdays && member.preferredWeekdays.length > 0 ? new Set(member.preferredWeekdays) : null,
  };
}

/**
 * Compiles a problem for planning. Throws a `RangeError` (Dutch message) on references to unknown schools or
 * on duplicate ids; malformed dates and times throw `InvalidLocalDateError`.
 */
export function createPlanningContext(problem: PlanningProblem): PlanningContext {
  const travel = travelConfig(problem.travel);
  const weights: SoftWeights = { ...DEFAULT_SOFT_WEIGHTS, ...problem.weights };
  const staff = problem.staff.map(compileStaff);
  const staffById = new Map(staff.map((s) => [s.id, s]));
  if (staffById.size !== staff.length) throw new RangeError('Dubbele medewerker-id in de planningsgegevens');

  const schools: SchoolInfo[] = problem.schools.map((school, index) => ({
    index,
    id: school.id,
    name: school.name ?? school.id,
    school,
    location: school.location,
    regionId: school.regionId,
    dayStart: timeToMinutes(school.dayStart ?? '08:30'),
    dayEnd: timeToMinutes(school.dayEnd ?? '16:00'),
  }));
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  if (schoolById.size !== schools.length) throw new RangeError('Dubbele school-id in de planningsgegevens');

  const sessions: SessionInfo[] = problem.sessions.map((session, index) => {
    const school = schoolById.get(session.schoolId);
    if (!school) throw new RangeError(`Sessie ${session.id} verwijst naar onbekende school ${session.schoolId}`);
    const firstChoice = session.firstChoiceWindowIndex ?? 0;
    return {
      index,
      id: session.id,
      session,
      school,
      duration: session.durationMinutes,
      staffNeeded: session.staffNeeded,
      skill: session.requiredSkill,
      windows: session.windows.map((w) => ({
        fromDay: toEpochDay(w.from),
        toDay: toEpochDay(w.to),
        weekdayMask: w.weekdays.reduce((m, d) => m | (1 << d), 0),
        earliest: timeToMinutes(w.earliest),
        latest: timeToMinutes(w.latest),
      })),
      firstChoice: firstChoice >= 0 && firstChoice < session.windows.length ? firstChoice : -1,
      language: session.language ?? null,
      fixed: session.proposedStart
        ? { day: toEpochDay(session.proposedStart.date), start: timeToMinutes(session.proposedStart.time) }
        : null,
      requestId: session.requestId,
      sequence: session.sequence ?? null,
      ordered: [],
    };
  });
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  if (sessionById.size !== sessions.length) throw new RangeError('Dubbele sessie-id in de planningsgegevens');
  const byRequest = new Map<string, SessionInfo[]>();
  for (const s of sessions) {
    if (s.sequence === null) continue;
    const list = byRequest.get(s.requestId) ?? [];
    list.push(s);
    byRequest.set(s.requestId, list);
  }
  for (const list of byRequest.values()) {
    for (const s of list) s.ordered = list.filter((o) => o !== s);
  }

  let demand = 0;
  for (const s of sessions) demand += s.duration * s.staffNeeded;
  const totalContract = staff.reduce((sum, s) => sum + s.contractMinutes, 0);
  const fairTarget = new Float64Array(staff.length);
  staff.forEach((s, i) => (fairTarget[i] = fairShareMinutes(demand, s.contractMinutes, totalContract)));

  const nStaff = staff.length;
  const history = new Set<number>();
  for (const h of problem.history ?? []) {
    const school = schoolById.get(h.schoolId);
    const member = staffById.get(h.staffId);
    if (school && member) history.add(school.index * nStaff + member.index);
  }

  const index = new Map<string, StaffInfo[]>();
  const key = (regionId: string, skill: string) => `${regionId}\u0000${skill}`;
  for (const s of staff) {
    for (const r of s.regions) {
      for (const skill of s.skills.keys()) {
        const k = key(r, skill);
        const list = index.get(k) ?? [];
        list.push(s);
        index.set(k, list);
      }
    }
  }

  const schoolDayCache = schools.map(() => new Map<number, boolean>());
  const homeCache = new Int32Array(schools.length * nStaff).fill(-1);
  return {
    problem,
    travel,
    weights,
    staff,
    staffById,
    schools,
    schoolById,
    sessions,
    sessionById,
    fairTarget,
    historyPair: (school, member) => history.has(school.index * nStaff + member.index),
    staffFor: (regionId, skill) => index.get(key(regionId, skill)) ?? [],
    isSchoolDay(school, day) {
      const cache = schoolDayCache[school.index];
      let open = cache.get(day);
      if (open === undefined) {
        open = school.school.calendar.isSchoolDay(fromEpochDay(day));
        cache.set(day, open);
      }
      return open;
    },
    homeTravel(member, school) {
      const i = school.index * nStaff + member.index;
      let t = homeCache[i];
      if (t < 0) {
        t = travelMinutes(member.home, school.location, travel);
        homeCache[i] = t;
      }
      return t;
    },
  };
}
