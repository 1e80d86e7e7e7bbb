import { timeToMinutes, toEpochDay } from '../calendar/local-date';
import {
  createPlanningContext,
  dutchWeekday,
  type PlanningContext,
  type SessionInfo,
  type StaffInfo,
  weekdayOfDay,
} from './context';
import type { PlannedAssignment, PlanningProblem, SoftWeights } from './model';

/** The soft goals, in the order they are shown. */
export const SOFT_GOALS = ['travel', 'fairness', 'continuity', 'firstChoice', 'preferredWeekday', 'unplanned'] as const;

/** Name of a soft goal; also the key of its weight in {@link SoftWeights}. */
export type SoftGoal = (typeof SOFT_GOALS)[number];

/** The objective (a cost: lower is better) split by soft goal, in points. */
export interface ObjectiveBreakdown {
  total: number;
  travel: number;
  fairness: number;
  continuity: number;
  firstChoice: number;
  preferredWeekday: number;
  unplanned: number;
}

/** The raw quantities behind an objective, before weighting. */
export interface ObjectiveTerms {
  /** Minutes from home to school, summed over assigned staff. */
  travelMinutes: number;
  /** Σ |planned session minutes − fair share| over staff, in minutes. */
  fairnessDeviationMinutes: number;
  /** Distinct (school, staff) pairs not in the history. */
  newSchoolStaffPairs: number;
  /** Sessions planned outside their first-choice window. */
  outsideFirstChoice: number;
  /** Assigned staff on a day outside their preferred weekdays. */
  outsidePreferredWeekday: number;
  /** Sessions without an assignment. */
  unplannedSessions: number;
}

/** Weights the raw terms into points. */
export function weighObjective(terms: ObjectiveTerms, w: SoftWeights): ObjectiveBreakdown {
  const b = {
    travel: w.travel * terms.travelMinutes,
    fairness: (w.fairness * terms.fairnessDeviationMinutes) / 60,
    continuity: w.continuity * terms.newSchoolStaffPairs,
    firstChoice: w.firstChoice * terms.outsideFirstChoice,
    preferredWeekday: w.preferredWeekday * terms.outsidePreferredWeekday,
    unplanned: w.unplanned * terms.unplannedSessions,
  };
  return {
    total: b.travel + b.fairness + b.continuity + b.firstChoice + b.preferredWeekday + b.unplanned,
    ...b,
  };
}

/** True when a placement is inside the session's first-choice window (always true for a fixed start or no windows). */
export function inFirstChoice(session: SessionInfo, day: number, start: number): boolean {
  if (session.fixed || session.firstChoice < 0) return true;
  const w = session.windows[session.firstChoice];
  return (
    w.fromDay <= day &&
    day <= w.toDay &&
    (w.weekdayMask & (1 << weekdayOfDay(day))) !== 0 &&
    w.earliest <= start &&
    start + session.duration <= w.latest
  );
}

/** True when the day is outside the staff member's preferred weekdays (staff without preferences never are). */
export function outsidePreferred(staff: StaffInfo, day: number): boolean {
  return staff.preferred !== null && !staff.preferred.has(weekdayOfDay(day));
}

/**
 * The objective of a set of assignments, computed from scratch (every session in the problem without an
 * assignment counts as unplanned). Assignments of unknown sessions or staff are ignored. The planner keeps the
 * same quantities incrementally; this function is the reference used by tests and the benchmark.
 */
export function evaluateObjective(
  problem: PlanningProblem | PlanningContext,
  assignments: readonly PlannedAssignment[],
): ObjectiveBreakdown & { terms: ObjectiveTerms } {
  const ctx = 'sessionById' in problem ? problem : createPlanningContext(problem);
  const load = new Float64Array(ctx.staff.length);
  const pairs = new Set<string>();
  const planned = new Set<string>();
  const terms: ObjectiveTerms = {
    travelMinutes: 0,
    fairnessDeviationMinutes: 0,
    newSchoolStaffPairs: 0,
    outsideFirstChoice: 0,
    outsidePreferredWeekday: 0,
    unplannedSessions: 0,
  };
  for (const a of assignments) {
    const session = ctx.sessionById.get(a.sessionId);
    if (!session || planned.has(session.id)) continue;
    planned.add(session.id);
    const day = toEpochDay(a.date);
    if (!inFirstChoice(session, day, timeToMinutes(a.start))) terms.outsideFirstChoice++;
    for (const id of a.staffIds) {
      const s = ctx.staffById.get(id);
      if (!s) continue;
      terms.travelMinutes += ctx.homeTravel(s, session.school);
      load[s.index] += session.duration;
      if (outsidePreferred(s, day)) terms.outsidePreferredWeekday++;
      if (!ctx.historyPair(session.school, s)) pairs.add(`${session.school.index}/${s.index}`);
    }
  }
  terms.newSchoolStaffPairs = pairs.size;
  terms.unplannedSessions = ctx.sessions.length - planned.size;
  ctx.staff.forEach((s) => (terms.fairnessDeviationMinutes += Math.abs(load[s.index] - ctx.fairTarget[s.index])));
  return { ...weighObjective(terms, ctx.weights), terms };
}

/** What one soft goal contributes to a candidate's score: positive points are gained, negative lost. */
export interface GoalScore {
  goal: SoftGoal;
  points: number;
  /** Dutch explanation, e.g. `reistijd vanaf huis 25 min`. */
  detail: string;
}

/** Current facts about a staff member that the marginal score depends on. */
export interface StaffStanding {
  /** Planned session minutes so far. */
  loadMinutes: number;
  /** Number of sessions the staff member has at the school (pinned and planned). */
  sessionsAtSchool: number;
  /** The fair share in minutes (default: the context's, from its own sessions). */
  fairTargetMinutes?: number;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function dutchNumber(x: number): string {
  return round1(x).toString().replace('.', ',');
}

/**
 * The marginal soft-goal score of adding `staff` to `session` on `day` at `start`: for each goal the points
 * gained (0) or lost (negative), with a Dutch explanation. The sum is minus the change of the objective
 * (apart from the `unplanned` penalty the planning avoids, which is the same for every candidate).
 */
export function explainGoals(
  ctx: PlanningContext,
  session: SessionInfo,
  day: number,
  start: number,
  staff: StaffInfo,
  standing: StaffStanding,
): GoalScore[] {
  const w = ctx.weights;
  const travel = ctx.homeTravel(staff, session.school);
  const target = standing.fairTargetMinutes ?? ctx.fairTarget[staff.index];
  const before = Math.abs(standing.loadMinutes - target);
  const after = Math.abs(standing.loadMinutes + session.duration - target);
  const fairness = (-w.fairness * (after - before)) / 60;
  const known = standing.sessionsAtSchool > 0 || ctx.historyPair(session.school, staff);
  const first = inFirstChoice(session, day, start);
  const preferred = !outsidePreferred(staff, day);
  const share = `${dutchNumber(standing.loadMinutes / 60)} u gepland, eerlijk deel ${dutchNumber(target / 60)} u`;
  return [
    { goal: 'travel', points: -w.travel * travel, detail: `reistijd vanaf huis ${travel} min` },
    {
      goal: 'fairness',
      points: round1(fairness) === 0 ? 0 : fairness,
      detail:
        fairness >= 0
          ? `${share}: brengt de belasting dichter bij het eerlijke deel`
          : `${share}: wordt zwaarder belast dan het eerlijke deel`,
    },
    {
      goal: 'continuity',
      points: known ? 0 : -w.continuity,
      detail: known
        ? standing.sessionsAtSchool > 0
          ? `heeft al ${standing.sessionsAtSchool} sessie(s) op deze school`
          : 'heeft eerder op deze school gewerkt'
        : 'nieuw op deze school',
    },
    {
      goal: 'firstChoice',
      points: first ? 0 : -w.firstChoice,
      detail: first ? 'in de eerste keus van de school' : 'buiten de eerste keus van de school',
    },
    {
      goal: 'preferredWeekday',
      points: preferred ? 0 : -w.preferredWeekday,
      detail: preferred ? `${dutchWeekday(day)} past bij de voorkeur` : `werkt liever niet op ${dutchWeekday(day)}`,
    },
  ];
}
