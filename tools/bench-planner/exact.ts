import {
  candidateStarts,
  countViolations,
  createPlanningContext,
  dateOfDay,
  evaluateHardRules,
  evaluateObjective,
  inFirstChoice,
  MINUTES_PER_DAY,
  minutesToTime,
  outsidePreferred,
  type PlannedAssignment,
  type PlanningContext,
  type PlanningProblem,
  PlanningState,
  type SessionInfo,
  type StaffInfo,
  timeToMinutes,
  toEpochDay,
  travelMinutes,
  weekStartOf,
} from '@halt/domain';
import loadHighs from 'highs';

/** Result of solving an instance exactly. */
export interface ExactResult {
  /** HiGHS status, e.g. `Optimal` or `Time limit reached`. */
  status: string;
  /** Objective of the best solution found, recomputed with `evaluateObjective` (null without a solution). */
  objective: number | null;
  /** Whether HiGHS proved optimality (within its default relative gap of 0.01 %). */
  optimal: boolean;
  variables: number;
  constraints: number;
  /** HiGHS's objective value plus the constant part (pinned assignments); should equal `objective`. */
  solverObjective: number | null;
  /** Rounds of weekly-hours cuts (travel makes weekly hours non-linear; see README). */
  rounds: number;
  seconds: number;
  assignments: PlannedAssignment[];
  violations: number;
}

interface Column {
  name: string;
  session: SessionInfo;
  day: number;
  start: number;
  staff: StaffInfo;
  slot: number;
}

/** A linear expression as `coefficient name` terms. */
type Terms = [number, string][];

function expr(terms: Terms): string {
  const parts = terms.map(([c, n], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c)} ${n}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 40) lines.push(parts.slice(i, i + 40).join(' '));
  return lines.join('\n   ');
}

/**
 * Solves the planner's model exactly with HiGHS as a time-indexed MILP over the same candidate slots
 * (quarter-hour starts in the windows, or the fixed start): binary x[session, slot, staff] and z[session, slot],
 * interval cliques and travel-gap pairs for overlap, daily and weekly limits, order of a request's sessions and the
 * same objective (home travel, fairness as absolute deviation, continuity pairs, first choice, preferred weekdays,
 * unplanned penalty). Weekly hours include travel between sessions, which depends on the order; the model
 * starts from a valid lower bound (session minutes) and adds a no-good cut for every week the checker finds too
 * full, then solves again.
 */
export async function solveExactly(problem: PlanningProblem, timeLimitSeconds = 300): Promise<ExactResult> {
  const started = Date.now();
  const highs = await loadHighs();
  const ctx: PlanningContext = createPlanningContext(problem);
  const w = ctx.weights;

  // Pinned assignments are fixed: candidates are checked against them.
  const pinnedState = new PlanningState(ctx);
  const pinnedIds = new Set<string>();
  for (const a of problem.assignments ?? []) {
    if (!a.pinned) continue;
    const s = ctx.sessionById.get(a.sessionId)!;
    pinnedIds.add(s.id);
    pinnedState.place(
      s,
      toEpochDay(a.date),
      timeToMinutes(a.start),
      a.staffIds.map((id) => ctx.staffById.get(id)!),
      true,
    );
  }
  const open = ctx.sessions.filter((s) => !pinnedIds.has(s.id));

  const columns: Column[] = [];
  const slotsOf = new Map<SessionInfo, { name: string; day: number; start: number; cols: Column[] }[]>();
  let slotCount = 0;
  for (const s of open) {
    const slots: { name: string; day: number; start: number; cols: Column[] }[] = [];
    for (const { day, start } of candidateStarts(ctx, s)) {
      if (
        evaluateHardRules(ctx, s, day, start, [], pinnedState, { partial: true, firstOnly: true, quiet: true }).length
      ) {
        continue;
      }
      const cols: Column[] = [];
      const slot = slotCount;
      for (const k of ctx.staffFor(s.school.regionId, s.skill)) {
        if (
          evaluateHardRules(ctx, s, day, start, [k], pinnedState, { partial: true, firstOnly: true, quiet: true })
            .length
        ) {
          continue;
        }
        const col = { name: `x${columns.length}`, session: s, day, start, staff: k, slot };
        columns.push(col);
        cols.push(col);
      }
      if (cols.length >= s.staffNeeded) {
        slots.push({ name: `z${slot}`, day, start, cols });
        slotCount++;
      } else columns.splice(columns.length - cols.length, cols.length);
    }
    slotsOf.set(s, slots);
  }

  const objective: Terms = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  let rowId = 0;
  const row = (terms: Terms, op: '<=' | '>=' | '=', rhs: number) => {
    if (terms.length > 0) rows.push(` r${rowId++}: ${expr(terms)} ${op} ${rhs}`);
  };

  // Slot choice, staff per slot, unplanned.
  open.forEach((s, i) => {
    const slots = slotsOf.get(s)!;
    const u = `u${i}`;
    binaries.push(u);
    objective.push([w.unplanned, u]);
    row([...slots.map((sl): [number, string] => [1, sl.name]), [1, u]], '=', 1);
    for (const sl of slots) {
      binaries.push(sl.name);
      if (!inFirstChoice(s, sl.day, sl.start)) objective.push([w.firstChoice, sl.name]);
      row([...sl.cols.map((c): [number, string] => [1, c.name]), [-s.staffNeeded, sl.name]], '=', 0);
    }
  });
  for (const c of columns) {
    binaries.push(c.name);
    const cost =
      w.travel * ctx.homeTravel(c.staff, c.session.school) +
      (outsidePreferred(c.staff, c.day) ? w.preferredWeekday : 0);
    if (cost !== 0) objective.push([cost, c.name]);
  }

  // Per staff member and day: interval cliques, travel gaps, daily maximum.
  const byStaffDay = new Map<string, Column[]>();
  for (const c of columns) {
    const key = `${c.staff.index}/${c.day}`;
    const list = byStaffDay.get(key) ?? [];
    list.push(c);
    byStaffDay.set(key, list);
  }
  for (const list of byStaffDay.values()) {
    const k = list[0].staff;
    const day = list[0].day;
    const points = [...new Set(list.map((c) => c.start))].sort((a, b) => a - b);
    for (const t of points) {
      const covering = list.filter((c) => c.start <= t && t < c.start + c.session.duration);
      if (covering.length > 1)
        row(
          covering.map((c): [number, string] => [1, c.name]),
          '<=',
          1,
        );
    }
    // Travel gaps: after a ends, nothing may start at another school within the travel time. Those later
    // candidates all start within less than a session's length of each other, so they overlap pairwise and
    // one row per a suffices; otherwise fall back to a row per pair.
    for (const a of list) {
      const aEnd = a.start + a.session.duration;
      const later: Column[] = [];
      let spread = 0;
      let shortest = Infinity;
      for (const b of list) {
        if (a.session === b.session || b.start < aEnd || a.session.school === b.session.school) continue;
        const gap = travelMinutes(a.session.school.location, b.session.school.location, ctx.travel);
        if (b.start >= aEnd + gap) continue;
        later.push(b);
        spread = Math.max(spread, b.start - aEnd);
        shortest = Math.min(shortest, b.session.duration);
      }
      if (later.length === 0) continue;
      const pair = (b: Column): Terms => [
        [1, a.name],
        [1, b.name],
      ];
      if (spread < shortest) row([[1, a.name], ...later.map((b): [number, string] => [1, b.name])], '<=', 1);
      else for (const b of later) row(pair(b), '<=', 1);
    }
    const used = pinnedState.countOn(k, day);
    const sessionsThatDay = new Set(list.map((c) => c.session)).size;
    if (sessionsThatDay + used > k.maxPerDay)
      row(
        list.map((c): [number, string] => [1, c.name]),
        '<=',
        k.maxPerDay - used,
      );
  }

  // Weekly hours, lower bound: pinned week minutes plus the new sessions' own minutes.
  const byStaffWeek = new Map<string, Column[]>();
  for (const c of columns) {
    const key = `${c.staff.index}/${weekStartOf(c.day)}`;
    const list = byStaffWeek.get(key) ?? [];
    list.push(c);
    byStaffWeek.set(key, list);
  }
  for (const list of byStaffWeek.values()) {
    const k = list[0].staff;
    const monday = weekStartOf(list[0].day);
    // Sunday of the same week: nobody works then, so this is the whole week's pinned minutes.
    const pinnedMinutes = pinnedState.weekMinutesOtherDays(k, monday + 6, '');
    row(
      list.map((c): [number, string] => [c.session.duration, c.name]),
      '<=',
      k.contractMinutes - pinnedMinutes,
    );
  }

  // Order within a request.
  const base = Math.min(...columns.map((c) => c.day), Infinity);
  const abs = (day: number, minutes: number) => (day - base) * MINUTES_PER_DAY + minutes;
  const bigM = columns.reduce((m, c) => Math.max(m, abs(c.day, c.start + c.session.duration)), 0) + 1;
  for (const s of open) {
    if (s.sequence === null) continue;
    for (const o of s.ordered) {
      if (o.sequence === null || o.sequence <= s.sequence || pinnedIds.has(o.id)) continue;
      // end(s) ≤ start(o) + M (1 − planned(o))
      const terms: Terms = slotsOf.get(s)!.map((sl): [number, string] => [abs(sl.day, sl.start + s.duration), sl.name]);
      for (const sl of slotsOf.get(o)!) terms.push([-abs(sl.day, sl.start) + bigM, sl.name]);
      row(terms, '<=', bigM);
    }
  }

  // Fairness: dev_k ≥ |load_k − target_k|.
  let constant = 0;
  ctx.staff.forEach((k) => {
    const d = `d${k.index}`;
    const pinnedLoad = pinnedState.loadOf(k);
    const target = ctx.fairTarget[k.index];
    const load = columns.filter((c) => c.staff === k).map((c): [number, string] => [c.session.duration, c.name]);
    row([[1, d], ...load.map(([c, n]): [number, string] => [-c, n])], '>=', pinnedLoad - target);
    row([[1, d], ...load], '>=', target - pinnedLoad);
    bounds.push(` ${d} >= 0`);
    objective.push([w.fairness / 60, d]);
  });

  // Continuity: y[school, staff] ≥ x for every session of that school; pairs already used are free.
  const pairs = new Map<string, Column[]>();
  for (const c of columns) {
    if (ctx.historyPair(c.session.school, c.staff) || pinnedState.sessionsAt(c.staff, c.session) > 0) continue;
    const key = `${c.session.school.index}/${c.staff.index}`;
    const list = pairs.get(key) ?? [];
    list.push(c);
    pairs.set(key, list);
  }
  let yId = 0;
  for (const list of pairs.values()) {
    const y = `y${yId++}`;
    binaries.push(y);
    objective.push([w.continuity, y]);
    const bySession = new Map<SessionInfo, Column[]>();
    for (const c of list) bySession.set(c.session, [...(bySession.get(c.session) ?? []), c]);
    for (const cs of bySession.values()) row([[1, y], ...cs.map((c): [number, string] => [-1, c.name])], '>=', 0);
  }
  // Constant part: pinned assignments' own objective terms, without the open sessions.
  const pinnedOnly = evaluateObjective(ctx, pinnedState.assignments());
  constant += pinnedOnly.travel + pinnedOnly.continuity + pinnedOnly.firstChoice + pinnedOnly.preferredWeekday;

  const cuts: string[] = [];
  let rounds = 0;
  let status = 'Not solved';
  let best: PlannedAssignment[] = [];
  let optimal = false;
  let violations = 0;
  let solverObjective: number | null = null;
  for (; rounds < 30; rounds++) {
    const lp = [
      'Minimize',
      ` obj: ${expr(objective)}`,
      'Subject To',
      ...rows,
      ...cuts,
      'Bounds',
      ...bounds,
      'Binary',
      ...binaries.map((b) => ` ${b}`),
      'End',
    ].join('\n');
    const elapsed = (Date.now() - started) / 1000;
    let result: ReturnType<typeof highs.solve>;
    try {
      result = highs.solve(lp, { output_flag: false, time_limit: Math.max(1, timeLimitSeconds - elapsed) });
    } catch (e) {
      status = `HiGHS error (${String(e).slice(0, 60)}; LP ${Math.round(lp.length / 2 ** 20)} MB)`;
      break;
    }
    status = result.Status;
    if (status !== 'Optimal' && status !== 'Time limit reached') break;
    if (!Number.isFinite(result.ObjectiveValue)) break;
    solverObjective = result.ObjectiveValue + constant;
    const chosen = new Map<SessionInfo, Column[]>();
    for (const c of columns) {
      const v = (result.Columns[c.name] as { Primal?: number } | undefined)?.Primal ?? 0;
      if (v > 0.5) chosen.set(c.session, [...(chosen.get(c.session) ?? []), c]);
    }
    best = [
      ...(problem.assignments ?? []).filter((a) => a.pinned),
      ...[...chosen.entries()].map(([s, cs]) => ({
        sessionId: s.id,
        staffIds: cs.map((c) => c.staff.id),
        date: dateOfDay(cs[0].day),
        start: minutesToTime(cs[0].start),
        end: minutesToTime(cs[0].start + s.duration),
        pinned: false,
      })),
    ];
    const report = countViolations(ctx, best);
    violations = report.total;
    optimal = status === 'Optimal';
    const weekly = report.violations.filter((v) => v.rule === 'weekly_hours');
    if (weekly.length === 0 || report.total !== weekly.length) break;
    // A week that is too full once travel is counted: forbid that exact combination.
    const seen = new Set<string>();
    for (const v of weekly) {
      const staff = ctx.staffById.get(v.staffId!)!;
      const a = best.find((x) => x.sessionId === v.sessionId)!;
      const monday = weekStartOf(toEpochDay(a.date));
      const key = `${staff.index}/${monday}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const inWeek = columns.filter(
        (c) => c.staff === staff && weekStartOf(c.day) === monday && chosen.get(c.session)?.includes(c),
      );
      cuts.push(
        ` cut${cuts.length}: ${expr(inWeek.map((c): [number, string] => [1, c.name]))} <= ${inWeek.length - 1}`,
      );
    }
  }
  return {
    status,
    objective: solverObjective === null ? null : evaluateObjective(ctx, best).total,
    solverObjective,
    optimal: optimal && violations === 0,
    variables: columns.length + slotCount + open.length + ctx.staff.length + yId,
    constraints: rowId + cuts.length,
    rounds: rounds + 1,
    seconds: (Date.now() - started) / 1000,
    assignments: best,
    violations,
  };
}
