import { minutesToTime, timeToMinutes, toEpochDay } from '../calendar/local-date';
import {
  createPlanningContext,
  dateOfDay,
  type PlanningContext,
  type SessionInfo,
  type StaffInfo,
  weekStartOf,
} from './context';
import type { Booking, BookingView, Placement } from './hard-rules';
import type { PlannedAssignment, PlanningProblem } from './model';
import {
  inFirstChoice,
  type ObjectiveBreakdown,
  type ObjectiveTerms,
  outsidePreferred,
  weighObjective,
} from './scoring';
import { occupiedDayMinutes } from './travel';

/** A session's current placement in a {@link PlanningState}. */
export interface StatePlacement extends Placement {
  staff: readonly StaffInfo[];
  pinned: boolean;
}

/**
 * The planner's incremental bookkeeping: per staff member and day the sorted bookings, occupied minutes per day
 * and per ISO week, planned load, (school, staff) pair counts and the running objective terms. Every update is
 * O(bookings that day). It implements {@link BookingView}, so the hard-rule check reads from it directly.
 * Placing does not check rules: callers check with `evaluateHardRules` first.
 */
export class PlanningState implements BookingView {
  private readonly placed: (StatePlacement | null)[];
  private readonly days: Map<number, Booking[]>[];
  private readonly dayMinutes: Map<number, number>[];
  private readonly weekMinutes: Map<number, number>[];
  private readonly load: Float64Array;
  private readonly pairCount: Int32Array;
  private readonly perStaff: SessionInfo[][];
  private readonly terms: ObjectiveTerms;

  constructor(readonly ctx: PlanningContext) {
    const n = ctx.staff.length;
    this.placed = ctx.sessions.map(() => null);
    this.days = ctx.staff.map(() => new Map());
    this.dayMinutes = ctx.staff.map(() => new Map());
    this.weekMinutes = ctx.staff.map(() => new Map());
    this.load = new Float64Array(n);
    this.pairCount = new Int32Array(ctx.schools.length * n);
    this.perStaff = ctx.staff.map(() => []);
    let fair = 0;
    for (let i = 0; i < n; i++) fair += ctx.fairTarget[i];
    this.terms = {
      travelMinutes: 0,
      fairnessDeviationMinutes: fair,
      newSchoolStaffPairs: 0,
      outsideFirstChoice: 0,
      outsidePreferredWeekday: 0,
      unplannedSessions: ctx.sessions.length,
    };
  }

  /** Current placement of a session (by index), or null. */
  placementAt(session: SessionInfo): StatePlacement | null {
    return this.placed[session.index];
  }

  /** {@inheritDoc BookingView.placementOf} */
  placementOf(sessionId: string): Placement | undefined {
    const s = this.ctx.sessionById.get(sessionId);
    return (s && this.placed[s.index]) || undefined;
  }

  /** {@inheritDoc BookingView.bookingsOn} */
  bookingsOn(staff: StaffInfo, day: number, excludeSessionId: string): readonly Booking[] {
    const list = this.days[staff.index].get(day);
    if (!list) return [];
    for (const b of list) if (b.sessionId === excludeSessionId) return list.filter((x) => x !== b);
    return list;
  }

  /** {@inheritDoc BookingView.weekMinutesOtherDays} */
  weekMinutesOtherDays(staff: StaffInfo, day: number, excludeSessionId: string): number {
    const week = weekStartOf(day);
    let total = (this.weekMinutes[staff.index].get(week) ?? 0) - (this.dayMinutes[staff.index].get(day) ?? 0);
    const own = this.ctx.sessionById.get(excludeSessionId);
    const p = own ? this.placed[own.index] : null;
    if (p && p.day !== day && weekStartOf(p.day) === week && p.staff.includes(staff)) {
      const list = this.days[staff.index].get(p.day) ?? [];
      const without = list.filter((b) => b.sessionId !== excludeSessionId);
      total -=
        (this.dayMinutes[staff.index].get(p.day) ?? 0) - occupiedDayMinutes(staff.home, without, this.ctx.travel);
    }
    return total;
  }

  /** Number of bookings of a staff member on a day. */
  countOn(staff: StaffInfo, day: number): number {
    return this.days[staff.index].get(day)?.length ?? 0;
  }

  /** Planned session minutes of a staff member. */
  loadOf(staff: StaffInfo): number {
    return this.load[staff.index];
  }

  /** Sessions of a staff member at a school. */
  sessionsAt(staff: StaffInfo, session: SessionInfo): number {
    return this.pairCount[session.school.index * this.ctx.staff.length + staff.index];
  }

  /** Sessions currently assigned to a staff member (unordered). */
  sessionsOf(staff: StaffInfo): readonly SessionInfo[] {
    return this.perStaff[staff.index];
  }

  /** Places a session; it must not be placed yet. */
  place(session: SessionInfo, day: number, start: number, staff: readonly StaffInfo[], pinned = false): void {
    if (this.placed[session.index]) throw new Error(`Sessie ${session.id} is al ingepland`);
    const end = start + session.duration;
    this.placed[session.index] = { day, start, end, staff, pinned };
    const t = this.terms;
    t.unplannedSessions--;
    if (!inFirstChoice(session, day, start)) t.outsideFirstChoice++;
    const n = this.ctx.staff.length;
    for (const s of staff) {
      const list = this.days[s.index].get(day);
      const booking: Booking = { sessionId: session.id, start, end, location: session.school.location };
      if (!list) this.days[s.index].set(day, [booking]);
      else {
        let i = list.length;
        while (i > 0 && list[i - 1].start > start) i--;
        list.splice(i, 0, booking);
      }
      this.refreshDay(s, day);
      this.addLoad(s, session.duration);
      t.travelMinutes += this.ctx.homeTravel(s, session.school);
      if (outsidePreferred(s, day)) t.outsidePreferredWeekday++;
      const pair = session.school.index * n + s.index;
      if (this.pairCount[pair]++ === 0 && !this.ctx.historyPair(session.school, s)) t.newSchoolStaffPairs++;
      this.perStaff[s.index].push(session);
    }
  }

  /** Removes a session's placement and returns it (null when it was not placed). */
  unplace(session: SessionInfo): StatePlacement | null {
    const p = this.placed[session.index];
    if (!p) return null;
    this.placed[session.index] = null;
    const t = this.terms;
    t.unplannedSessions++;
    if (!inFirstChoice(session, p.day, p.start)) t.outsideFirstChoice--;
    const n = this.ctx.staff.length;
    for (const s of p.staff) {
      const list = this.days[s.index].get(p.day) ?? [];
      const i = list.findIndex((b) => b.sessionId === session.id);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.days[s.index].delete(p.day);
      this.refreshDay(s, p.day);
      this.addLoad(s, -session.duration);
      t.travelMinutes -= this.ctx.homeTravel(s, session.school);
      if (outsidePreferred(s, p.day)) t.outsidePreferredWeekday--;
      const pair = session.school.index * n + s.index;
      if (--this.pairCount[pair] === 0 && !this.ctx.historyPair(session.school, s)) t.newSchoolStaffPairs--;
      const mine = this.perStaff[s.index];
      const j = mine.indexOf(session);
      mine[j] = mine[mine.length - 1];
      mine.pop();
    }
    return p;
  }

  /** The current objective (cost, lower is better). */
  cost(): number {
    return weighObjective(this.terms, this.ctx.weights).total;
  }

  /** The current objective split by soft goal. */
  objective(): ObjectiveBreakdown {
    return weighObjective(this.terms, this.ctx.weights);
  }

  /** All placements as assignments, in session order. */
  assignments(): PlannedAssignment[] {
    const out: PlannedAssignment[] = [];
    for (const session of this.ctx.sessions) {
      const p = this.placed[session.index];
      if (!p) continue;
      out.push({
        sessionId: session.id,
        staffIds: p.staff.map((s) => s.id),
        date: dateOfDay(p.day),
        start: minutesToTime(p.start),
        end: minutesToTime(p.end),
        pinned: p.pinned,
      });
    }
    return out;
  }

  private addLoad(s: StaffInfo, minutes: number): void {
    const target = this.ctx.fairTarget[s.index];
    const before = this.load[s.index];
    this.load[s.index] = before + minutes;
    this.terms.fairnessDeviationMinutes += Math.abs(before + minutes - target) - Math.abs(before - target);
  }

  private refreshDay(s: StaffInfo, day: number): void {
    const list = this.days[s.index].get(day);
    const now = list ? occupiedDayMinutes(s.home, list, this.ctx.travel) : 0;
    const before = this.dayMinutes[s.index].get(day) ?? 0;
    if (now === 0) this.dayMinutes[s.index].delete(day);
    else this.dayMinutes[s.index].set(day, now);
    const week = weekStartOf(day);
    const w = (this.weekMinutes[s.index].get(week) ?? 0) + now - before;
    if (w === 0) this.weekMinutes[s.index].delete(week);
    else this.weekMinutes[s.index].set(week, w);
  }
}

/**
 * A planning state for `problem` holding `assignments` (default: the problem's existing assignments), for
 * ranking candidates in a planner UI. Assignments of unknown sessions or staff are skipped; no rules are checked.
 */
export function createPlanningState(
  problem: PlanningProblem | PlanningContext,
  assignments?: readonly PlannedAssignment[],
): PlanningState {
  const ctx = 'sessionById' in problem ? problem : createPlanningContext(problem);
  const state = new PlanningState(ctx);
  for (const a of assignments ?? ctx.problem.assignments ?? []) {
    const session = ctx.sessionById.get(a.sessionId);
    const staff = a.staffIds.map((id) => ctx.staffById.get(id));
    if (!session || state.placementAt(session) || staff.some((s) => !s)) continue;
    state.place(session, toEpochDay(a.date), timeToMinutes(a.start), staff as StaffInfo[], a.pinned);
  }
  return state;
}
