import { type LocalDate, type LocalTime, timeToMinutes, toEpochDay } from '../calendar/local-date';
import { fairShareMinutes, type PlanningContext, type SessionInfo, START_GRID_MINUTES, weekdayOfDay } from './context';
import { evaluateHardRules, HARD_RULES, type HardRule, type HardRuleViolation } from './hard-rules';
import type { SessionToPlan } from './model';
import { explainGoals, type GoalScore } from './scoring';
import type { PlanningState } from './state';

/** Possible start times of a session on one day: every quarter hour from `lo` to `hi` (minutes), both inclusive. */
export interface SlotDay {
  day: number;
  lo: number;
  hi: number;
  /** From the first-choice window (or a fixed start). */
  firstChoice: boolean;
}

function ceilToGrid(minutes: number): number {
  return Math.ceil(minutes / START_GRID_MINUTES) * START_GRID_MINUTES;
}

/**
 * The days and start ranges a session can be placed on, judged by the session and school alone: school days
 * inside a window on an allowed weekday, starts on the quarter hour between the window's earliest start and
 * latest end and within the school's day hours; or just the fixed start. First-choice days come first.
 * A day in two windows appears twice.
 */
export function candidateSlotDays(ctx: PlanningContext, session: SessionInfo): SlotDay[] {
  const school = session.school;
  if (session.fixed) {
    const { day, start } = session.fixed;
    const ok = ctx.isSchoolDay(school, day) && start >= school.dayStart && start + session.duration <= school.dayEnd;
    return ok ? [{ day, lo: start, hi: start, firstChoice: true }] : [];
  }
  const out: SlotDay[] = [];
  session.windows.forEach((w, i) => {
    const lo = ceilToGrid(Math.max(w.earliest, school.dayStart));
    const hi = Math.min(w.latest, school.dayEnd) - session.duration;
    if (lo > hi) return;
    for (let day = w.fromDay; day <= w.toDay; day++) {
      if ((w.weekdayMask & (1 << weekdayOfDay(day))) === 0 || !ctx.isSchoolDay(school, day)) continue;
      out.push({ day, lo, hi, firstChoice: i === session.firstChoice });
    }
  });
  return out.sort((a, b) => Number(b.firstChoice) - Number(a.firstChoice));
}

/** Every distinct (day, start) candidate of a session, from {@link candidateSlotDays}, sorted by day and time. */
export function candidateStarts(ctx: PlanningContext, session: SessionInfo): { day: number; start: number }[] {
  const seen = new Set<number>();
  const out: { day: number; start: number }[] = [];
  for (const d of candidateSlotDays(ctx, session)) {
    for (let start = d.lo; start <= d.hi; start += START_GRID_MINUTES) {
      const key = d.day * 1440 + start;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ day: d.day, start });
    }
  }
  return out.sort((a, b) => a.day - b.day || a.start - b.start);
}

/** Pass or fail of one hard rule for a candidate, for the "why" view. */
export interface RuleCheck {
  rule: HardRule;
  passed: boolean;
  /** Dutch reason when the rule failed. */
  message?: string;
}

/** A staff member who may take the session, with the score analysis. */
export interface RankedCandidate {
  staffId: string;
  name: string;
  /** Sum of the goal points (higher is better; 0 is the best possible). */
  score: number;
  goals: GoalScore[];
  rules: RuleCheck[];
}

/** A staff member who may not take the session, with the broken rules. */
export interface ExcludedCandidate {
  staffId: string;
  name: string;
  violations: HardRuleViolation[];
  rules: RuleCheck[];
}

/** Result of {@link rankCandidates}. */
export interface CandidateRanking {
  sessionId: string;
  date: LocalDate;
  start: LocalTime;
  /** Rules broken by the slot itself (school day, window, school hours, order); then nobody is eligible. */
  slotViolations: HardRuleViolation[];
  eligible: RankedCandidate[];
  excluded: ExcludedCandidate[];
}

/**
 * The whole period's standing of the staff, for a state that holds only what the hard rules look at around the
 * slot (that week's bookings and the session's own series) while the soft goals count the whole period: each staff
 * member's planned minutes and sessions at the session's school, and the period's demand (session minutes × staff
 * needed, this session's included) that the fair shares divide. Staff not in the maps have none.
 */
export interface PeriodStanding {
  demandMinutes: number;
  loadMinutes: ReadonlyMap<string, number>;
  sessionsAtSchool: ReadonlyMap<string, number>;
}

const STAFF_RULES: readonly HardRule[] = /* @__PURE__ */ HARD_RULES.filter(
  (r) => r !== 'reference' && r !== 'staff_count' && r !== 'pinned',
);

function ruleChecks(violations: readonly HardRuleViolation[]): RuleCheck[] {
  return STAFF_RULES.map((rule) => {
    const v = violations.find((x) => x.rule === rule);
    return v ? { rule, passed: false, message: v.message } : { rule, passed: true };
  });
}

/**
 * Ranks every staff member for `session` at `slot` given the other assignments in `state` (the session's own
 * current placement is ignored). Eligible staff pass every hard rule on their own and are sorted by score
 * (best first, ties by travel, then id); excluded staff come with their Dutch reasons. For a session that needs
 * two staff, pick the two best: each is checked individually. With `period`, the soft goals count that standing
 * instead of the state's (the session's own placement is then not in it).
 */
export function rankCandidates(
  session: SessionToPlan | string,
  slot: { date: LocalDate; start: LocalTime },
  state: PlanningState,
  period?: PeriodStanding,
): CandidateRanking {
  const ctx = state.ctx;
  const id = typeof session === 'string' ? session : session.id;
  const info = ctx.sessionById.get(id);
  if (!info) throw new RangeError(`Onbekende sessie ${id}`);
  const day = toEpochDay(slot.date);
  const start = timeToMinutes(slot.start);
  const slotViolations = evaluateHardRules(ctx, info, day, start, [], state, { partial: true });
  const totalContract = ctx.staff.reduce((sum, s) => sum + s.contractMinutes, 0);
  const eligible: RankedCandidate[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const s of ctx.staff) {
    const violations = evaluateHardRules(ctx, info, day, start, [s], state, { partial: true }).filter(
      (v) => v.staffId !== undefined,
    );
    const rules = ruleChecks([...slotViolations, ...violations]);
    if (violations.length > 0 || slotViolations.length > 0) {
      excluded.push({ staffId: s.id, name: s.name, violations, rules });
      continue;
    }
    const goals = explainGoals(
      ctx,
      info,
      day,
      start,
      s,
      period
        ? {
            loadMinutes: period.loadMinutes.get(s.id) ?? 0,
            sessionsAtSchool: period.sessionsAtSchool.get(s.id) ?? 0,
            fairTargetMinutes: fairShareMinutes(period.demandMinutes, s.contractMinutes, totalContract),
          }
        : {
            loadMinutes: state.loadOf(s) - (state.placementAt(info)?.staff.includes(s) ? info.duration : 0),
            sessionsAtSchool: state.sessionsAt(s, info) - (state.placementAt(info)?.staff.includes(s) ? 1 : 0),
          },
    );
    eligible.push({ staffId: s.id, name: s.name, score: goals.reduce((sum, g) => sum + g.points, 0), goals, rules });
  }
  const travel = (c: RankedCandidate) => c.goals.find((g) => g.goal === 'travel')?.points ?? 0;
  eligible.sort((a, b) => b.score - a.score || travel(b) - travel(a) || a.staffId.localeCompare(b.staffId));
  return { sessionId: id, date: slot.date, start: slot.start, slotViolations, eligible, excluded };
}
