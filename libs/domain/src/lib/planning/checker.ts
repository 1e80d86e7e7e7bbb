import { isLocalDate, isLocalTime, timeToMinutes, toEpochDay } from '../calendar/local-date';
import { createPlanningContext, type PlanningContext, type StaffInfo, weekStartOf } from './context';
import {
  type Booking,
  type BookingView,
  checkHardRules,
  HARD_RULES,
  type HardRule,
  type HardRuleViolation,
  type Placement,
} from './hard-rules';
import type { PlannedAssignment, PlanningProblem } from './model';
import { occupiedDayMinutes } from './travel';

/** A violation found by the checker, with the session it concerns. */
export interface CheckedViolation extends HardRuleViolation {
  sessionId: string;
}

/** Result of {@link countViolations}. */
export interface ViolationReport {
  total: number;
  byRule: Record<HardRule, number>;
  violations: CheckedViolation[];
}

/** Bookings rebuilt from a plain list of assignments, independent of the planner's bookkeeping. */
class RebuiltBookings implements BookingView {
  private readonly byStaffDay = new Map<string, Map<number, Booking[]>>();
  private readonly placements = new Map<string, Placement>();

  constructor(
    private readonly ctx: PlanningContext,
    assignments: readonly PlannedAssignment[],
  ) {
    for (const a of assignments) {
      const session = ctx.sessionById.get(a.sessionId);
      if (!session || !isLocalDate(a.date) || !isLocalTime(a.start) || !isLocalTime(a.end)) continue;
      const day = toEpochDay(a.date);
      const start = timeToMinutes(a.start);
      const end = timeToMinutes(a.end);
      if (!this.placements.has(a.sessionId)) this.placements.set(a.sessionId, { day, start, end });
      for (const id of a.staffIds) {
        let days = this.byStaffDay.get(id);
        if (!days) this.byStaffDay.set(id, (days = new Map()));
        const list = days.get(day) ?? [];
        list.push({ sessionId: a.sessionId, start, end, location: session.school.location });
        days.set(day, list);
      }
    }
    for (const days of this.byStaffDay.values())
      for (const list of days.values()) list.sort((x, y) => x.start - y.start);
  }

  bookingsOn(staff: StaffInfo, day: number, excludeSessionId: string): readonly Booking[] {
    return (this.byStaffDay.get(staff.id)?.get(day) ?? []).filter((b) => b.sessionId !== excludeSessionId);
  }

  weekMinutesOtherDays(staff: StaffInfo, day: number, excludeSessionId: string): number {
    const monday = weekStartOf(day);
    let total = 0;
    for (let d = monday; d < monday + 7; d++) {
      if (d === day) continue;
      total += occupiedDayMinutes(staff.home, this.bookingsOn(staff, d, excludeSessionId), this.ctx.travel);
    }
    return total;
  }

  placementOf(sessionId: string): Placement | undefined {
    return this.placements.get(sessionId);
  }
}

/**
 * Re-verifies every hard rule of a set of assignments from scratch: it rebuilds the staff bookings from the
 * list itself and runs {@link checkHardRules} on every assignment against all others. It also reports
 * assignments of unknown sessions, sessions assigned twice, an end time that does not match the duration
 * (`reference`) and pinned assignments of the problem that were changed or dropped (`pinned`).
 */
export function countViolations(
  problem: PlanningProblem | PlanningContext,
  assignments: readonly PlannedAssignment[],
): ViolationReport {
  const ctx = 'sessionById' in problem ? problem : createPlanningContext(problem);
  const violations: CheckedViolation[] = [];
  const bookings = new RebuiltBookings(ctx, assignments);
  const seen = new Set<string>();
  for (const a of assignments) {
    const session = ctx.sessionById.get(a.sessionId);
    if (seen.has(a.sessionId)) {
      violations.push({
        sessionId: a.sessionId,
        rule: 'reference',
        message: `Sessie ${a.sessionId} is meer dan eens ingepland`,
      });
      continue;
    }
    seen.add(a.sessionId);
    if (session && isLocalTime(a.start) && isLocalTime(a.end)) {
      if (timeToMinutes(a.end) - timeToMinutes(a.start) !== session.duration) {
        violations.push({
          sessionId: a.sessionId,
          rule: 'reference',
          message: `De eindtijd ${a.end} past niet bij de duur van ${session.duration} minuten`,
        });
      }
    }
    for (const v of checkHardRules(
      ctx,
      { sessionId: a.sessionId, date: a.date, start: a.start, staffIds: a.staffIds },
      bookings,
    )) {
      violations.push({ ...v, sessionId: a.sessionId });
    }
  }
  const bySession = new Map(assignments.map((a) => [a.sessionId, a]));
  for (const p of ctx.problem.assignments ?? []) {
    if (!p.pinned) continue;
    const a = bySession.get(p.sessionId);
    const same =
      a !== undefined &&
      a.date === p.date &&
      a.start === p.start &&
      a.end === p.end &&
      a.staffIds.length === p.staffIds.length &&
      a.staffIds.every((id) => p.staffIds.includes(id));
    if (!same) {
      violations.push({
        sessionId: p.sessionId,
        rule: 'pinned',
        message: `De vastgezette planning van sessie ${p.sessionId} (${p.date} ${p.start}) is gewijzigd of verwijderd`,
      });
    }
  }
  const byRule = Object.fromEntries(HARD_RULES.map((r) => [r, 0])) as Record<HardRule, number>;
  for (const v of violations) byRule[v.rule]++;
  return { total: violations.length, byRule, violations };
}
