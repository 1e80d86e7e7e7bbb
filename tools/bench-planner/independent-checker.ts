import type {
  GeoPoint,
  PlannedAssignment,
  PlanningProblem,
  PlanningSchool,
  SessionToPlan,
  StaffMember,
  TravelConfig,
} from '@halt/domain';

/**
 * The hard rules of a plan, checked from the model's plain data (`model.ts`) alone: this file re-implements them
 * and imports only types from `@halt/domain`, so a wrong rule in the planner (`hard-rules.ts`) cannot be invisible
 * to the benchmark too. Dates, times and travel are computed here from their definitions in `model.ts`.
 */
export interface IndependentReport {
  total: number;
  byRule: Record<string, number>;
  /** Staff-days on which the specialist must leave home before their working hours begin. */
  earlyDepartureDays: number;
  /** Staff-days on which the specialist gets home after their working hours end. */
  lateReturnDays: number;
  /** Staff-days with at least one session. */
  staffDays: number;
  /** The first few violations, for a reader. */
  examples: string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or NaN. */
function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Minutes since midnight of `HH:mm` or `HH:mm:ss`, or NaN. */
function minutes(time: string): number {
  const m = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/** Travel minutes as model.ts defines them: great-circle km × road factor at the average speed, rounded up. */
function travel(a: GeoPoint, b: GeoPoint, c: TravelConfig): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  const km = 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  const step = c.roundToMinutes > 0 ? c.roundToMinutes : 1;
  return Math.max(0, Math.ceil((km * c.roadFactor * 60) / c.averageSpeedKmh / step - 1e-9)) * step;
}

interface Visit {
  a: PlannedAssignment;
  session: SessionToPlan;
  school: PlanningSchool;
  day: number;
  start: number;
  end: number;
}

/** Checks every hard rule of model.ts on a plan; see {@link IndependentReport}. */
export function checkIndependently(
  problem: PlanningProblem,
  assignments: readonly PlannedAssignment[],
): IndependentReport {
  const config: TravelConfig = { roadFactor: 1.3, averageSpeedKmh: 50, roundToMinutes: 5, ...problem.travel };
  const sessions = new Map(problem.sessions.map((s) => [s.id, s]));
  const schools = new Map(problem.schools.map((s) => [s.id, s]));
  const staff = new Map(problem.staff.map((s) => [s.id, s]));
  const byRule: Record<string, number> = {};
  const examples: string[] = [];
  const violation = (rule: string, what: string) => {
    byRule[rule] = (byRule[rule] ?? 0) + 1;
    if (examples.length < 10) examples.push(`${rule}: ${what}`);
  };

  const visits: Visit[] = [];
  const seen = new Set<string>();
  for (const a of assignments) {
    const session = sessions.get(a.sessionId);
    const school = session && schools.get(session.schoolId);
    const day = dayNumber(a.date);
    const start = minutes(a.start);
    const end = minutes(a.end);
    if (!session || !school || Number.isNaN(day) || Number.isNaN(start) || Number.isNaN(end)) {
      violation('reference', `${a.sessionId} ${a.date} ${a.start}`);
      continue;
    }
    if (seen.has(a.sessionId)) violation('reference', `${a.sessionId} planned twice`);
    seen.add(a.sessionId);
    if (end - start !== session.durationMinutes) violation('reference', `${a.sessionId} lasts ${end - start} min`);
    if (new Set(a.staffIds).size !== a.staffIds.length || a.staffIds.length !== session.staffNeeded) {
      violation('staff_count', `${a.sessionId}: ${a.staffIds.length} of ${session.staffNeeded}`);
    }
    if (!school.calendar.isSchoolDay(a.date)) violation('school_day', `${a.sessionId} on ${a.date}`);
    const inWindow = session.proposedStart
      ? session.proposedStart.date === a.date && minutes(session.proposedStart.time) === start
      : session.windows.some(
          (w) =>
            dayNumber(w.from) <= day &&
            day <= dayNumber(w.to) &&
            w.weekdays.includes(isoWeekday(day)) &&
            minutes(w.earliest) <= start &&
            end <= minutes(w.latest),
        );
    if (!inWindow) violation('window', `${a.sessionId} on ${a.date} ${a.start}`);
    if (start < minutes(school.dayStart ?? '08:30') || end > minutes(school.dayEnd ?? '16:00')) {
      violation('school_hours', `${a.sessionId} ${a.start}–${a.end}`);
    }
    for (const id of a.staffIds) {
      const k = staff.get(id);
      if (!k) {
        violation('reference', `unknown staff ${id}`);
        continue;
      }
      if (!k.skills.some((s) => s.skill === session.requiredSkill && dayNumber(s.validUntil) >= day)) {
        violation('skill', `${k.id} lacks ${session.requiredSkill} on ${a.date}`);
      }
      if (session.language && !k.languages.includes(session.language)) {
        violation('language', `${k.id} does not speak ${session.language}`);
      }
      if (!k.regionIds.includes(school.regionId)) violation('region', `${k.id} not in ${school.regionId}`);
      const ranges = k.workingPattern[isoWeekday(day)] ?? [];
      if (!ranges.some((r) => minutes(r.start) <= start && end <= minutes(r.end))) {
        violation('working_pattern', `${k.id} ${a.date} ${a.start}–${a.end}`);
      }
      const from = day * 1440 + start;
      const to = day * 1440 + end;
      for (const x of k.absences) {
        const xFrom = dayNumber(x.from) * 1440 + (x.startTime ? minutes(x.startTime) : 0);
        const xTo = dayNumber(x.to) * 1440 + (x.endTime ? minutes(x.endTime) : 1440);
        if (xFrom < to && from < xTo) violation('absence', `${k.id} absent (${x.kind}) ${x.from}–${x.to}`);
      }
      for (const r of k.recurringAbsences) {
        if (r.weekday === isoWeekday(day) && minutes(r.start) < end && start < minutes(r.end)) {
          violation('absence', `${k.id} every weekday ${r.weekday} ${r.start}–${r.end}`);
        }
      }
    }
    visits.push({ a, session, school, day, start, end });
  }

  // Per staff member and day: overlap with travel between, sessions per day, the trip from and back home.
  const days = new Map<string, { k: StaffMember; day: number; visits: Visit[] }>();
  for (const v of visits) {
    for (const id of v.a.staffIds) {
      const k = staff.get(id);
      if (!k) continue;
      const key = `${id}/${v.day}`;
      const entry = days.get(key) ?? { k, day: v.day, visits: [] };
      entry.visits.push(v);
      days.set(key, entry);
    }
  }
  let earlyDepartureDays = 0;
  let lateReturnDays = 0;
  const weekMinutes = new Map<string, { k: StaffMember; minutes: number }>();
  for (const { k, day, visits: list } of days.values()) {
    list.sort((x, y) => x.start - y.start);
    if (list.length > k.maxSessionsPerDay) violation('daily_sessions', `${k.id} has ${list.length} on day ${day}`);
    let occupied = 0;
    let at = k.home;
    let free = -Infinity;
    for (const v of list) {
      const trip = travel(at, v.school.location, config);
      if (v.start < free + (at === k.home ? 0 : trip)) violation('overlap', `${k.id} ${v.a.date} ${v.a.start}`);
      occupied += v.end - v.start + trip;
      at = v.school.location;
      free = v.end;
    }
    occupied += travel(at, k.home, config);
    const ranges = k.workingPattern[isoWeekday(day)] ?? [];
    const first = list[0];
    const last = list[list.length - 1];
    const firstRange = ranges.find((r) => minutes(r.start) <= first.start && first.end <= minutes(r.end));
    const lastRange = ranges.find((r) => minutes(r.start) <= last.start && last.end <= minutes(r.end));
    if (firstRange && first.start - travel(k.home, first.school.location, config) < minutes(firstRange.start)) {
      earlyDepartureDays++;
      violation('working_pattern', `${k.id} leaves home before ${firstRange.start} on ${first.a.date}`);
    }
    if (lastRange && last.end + travel(last.school.location, k.home, config) > minutes(lastRange.end)) {
      lateReturnDays++;
      violation('working_pattern', `${k.id} is home after ${lastRange.end} on ${last.a.date}`);
    }
    const monday = day - (isoWeekday(day) - 1);
    const week = weekMinutes.get(`${k.id}/${monday}`) ?? { k, minutes: 0 };
    week.minutes += occupied;
    weekMinutes.set(`${k.id}/${monday}`, week);
  }
  for (const [key, { k, minutes: m }] of weekMinutes) {
    if (m > Math.round(k.contractHoursPerWeek * 60)) violation('weekly_hours', `${key}: ${m} min`);
  }

  // The order within a request.
  const byRequest = new Map<string, Visit[]>();
  for (const v of visits) {
    if (v.session.sequence === undefined) continue;
    byRequest.set(v.session.requestId, [...(byRequest.get(v.session.requestId) ?? []), v]);
  }
  for (const list of byRequest.values()) {
    for (const x of list) {
      for (const y of list) {
        if (x.session.sequence! < y.session.sequence! && x.day * 1440 + x.end > y.day * 1440 + y.start) {
          violation('sequence', `${x.session.id} before ${y.session.id}`);
        }
      }
    }
  }

  // Pinned assignments are kept exactly.
  const planned = new Map(assignments.map((a) => [a.sessionId, a]));
  for (const p of problem.assignments ?? []) {
    if (!p.pinned) continue;
    const a = planned.get(p.sessionId);
    const same =
      a &&
      a.date === p.date &&
      a.start === p.start &&
      a.end === p.end &&
      a.staffIds.length === p.staffIds.length &&
      a.staffIds.every((id) => p.staffIds.includes(id));
    if (!same) violation('pinned', p.sessionId);
  }

  const total = Object.values(byRule).reduce((x, y) => x + y, 0);
  return { total, byRule, earlyDepartureDays, lateReturnDays, staffDays: days.size, examples };
}
