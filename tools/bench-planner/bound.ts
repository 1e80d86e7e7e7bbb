import {
  candidateStarts,
  createPlanningContext,
  evaluateHardRules,
  evaluateObjective,
  inFirstChoice,
  outsidePreferred,
  type PlanningContext,
  type PlanningProblem,
  PlanningState,
  type SessionInfo,
  type StaffInfo,
  timeToMinutes,
  toEpochDay,
  travelMinutes,
  weekdayOfDay,
  weekStartOf,
} from '@halt/domain';
import loadHighs from 'highs';

/** A proven lower bound on the objective of every plan the planner's model allows. */
export interface BoundResult {
  /** HiGHS status of the relaxation, e.g. `Optimal`. */
  status: string;
  /** The lower bound (the relaxation's optimum plus the pinned assignments' constant part); null when unsolved. */
  bound: number | null;
  /** The relaxation's optimum per objective term (pinned constant excluded), to set beside the planner's. */
  terms?: BoundTerms;
  variables: number;
  constraints: number;
  /** (session, staff, day) triples that pass every single-session hard rule. */
  triples: number;
  /** Rows "at most one of these sessions for this person that day" (cliques of sessions no order lets one hold). */
  conflictRows: number;
  seconds: number;
}

/** The LP optimum split by objective term; `withoutOption` counts sessions no (staff, day) allows at all. */
export interface BoundTerms {
  unplanned: number;
  travelAndWeekday: number;
  firstChoice: number;
  fairness: number;
  continuity: number;
  withoutOption: number;
}

/** A linear expression as `coefficient name` terms. */
type Terms = [number, string][];

function expr(terms: Terms): string {
  const parts = terms.map(([c, n], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c)} ${n}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 40) lines.push(parts.slice(i, i + 40).join(' '));
  return lines.join('\n   ');
}

/** Total length of a union of [start, end) minute intervals. */
function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [lo, hi] = [-1, -1];
  for (const [s, e] of intervals) {
    if (s > hi) {
      total += hi - lo;
      [lo, hi] = [s, e];
    } else hi = Math.max(hi, e);
  }
  return total + hi - lo;
}

/**
 * A lower bound on the planner's objective, from a linear relaxation aggregated per day: x[session, staff, day]
 * in [0, 1] instead of the time-indexed x[session, slot, staff]. Every plan the hard rules allow is a feasible
 * point of this LP with the same objective value, so the LP optimum is ≤ the optimum (see README "The bound"):
 *
 * - triples: (session, staff, day) where at least one candidate start passes every hard rule for that one
 *   session against the pinned assignments (the planner's own candidate set, as in exact.ts);
 * - Σ_day z[s, day] + u[s] = 1 and Σ_staff x[s, k, day] = staffNeeded · z[s, day], x ≤ z;
 * - per staff and day: session minutes ≤ the length of the union of that staff member's candidate intervals
 *   that day (sessions of one person never overlap), and at most maxSessionsPerDay minus the pinned ones;
 * - per staff and ISO week: session minutes ≤ contract minutes minus pinned minutes (travel only adds);
 * - per staff and day, at most one session of every clique of sessions no order lets one person hold both: for
 *   neither order does the earliest allowed start of the first, its length and the trip between the schools
 *   come before the latest allowed start of the second;
 * - objective: home travel per staff (exact), preferred weekday per staff and day (exact), first choice per
 *   session and day (0 when any feasible start that day is in the first choice), fairness as |load − target|
 *   (exact, linear), continuity y[school, staff] ≥ Σ_day x[s, k, day] for every session s (exact for integer x),
 *   unplanned penalty. Dropped: the order within a request, travel between sessions beyond the pairs above, the
 *   time of day beyond them.
 */
export async function lowerBound(problem: PlanningProblem, timeLimitSeconds = 600): Promise<BoundResult> {
  const started = Date.now();
  const ctx: PlanningContext = createPlanningContext(problem);
  const w = ctx.weights;
  const pinnedState = new PlanningState(ctx);
  const pinnedIds = new Set<string>();
  const pinnedPerDay = new Map<string, number>();
  const pinnedWeek = new Map<string, number>();
  const pinnedLoad = new Float64Array(ctx.staff.length);
  const pinnedDayMinutes = new Map<string, number>();
  const pinnedDayTrip = new Map<string, number>();
  for (const a of problem.assignments ?? []) {
    if (!a.pinned) continue;
    const s = ctx.sessionById.get(a.sessionId)!;
    const day = toEpochDay(a.date);
    const staff = a.staffIds.map((id) => ctx.staffById.get(id)!);
    pinnedIds.add(s.id);
    pinnedState.place(s, day, timeToMinutes(a.start), staff, true);
    for (const k of staff) {
      const dayKey = `${k.index}/${day}`;
      pinnedPerDay.set(dayKey, (pinnedPerDay.get(dayKey) ?? 0) + 1);
      pinnedDayMinutes.set(dayKey, (pinnedDayMinutes.get(dayKey) ?? 0) + s.duration);
      pinnedDayTrip.set(dayKey, Math.max(pinnedDayTrip.get(dayKey) ?? 0, 2 * ctx.homeTravel(k, s.school)));
      const wk = `${k.index}/${weekStartOf(day)}`;
      pinnedWeek.set(wk, (pinnedWeek.get(wk) ?? 0) + s.duration);
      pinnedLoad[k.index] += s.duration;
    }
  }
  const open = ctx.sessions.filter((s) => !pinnedIds.has(s.id));

  // The triples and, per (staff, day), the candidate intervals.
  interface DayOption {
    day: number;
    firstChoice: boolean;
    staff: Map<StaffInfo, true>;
  }
  const optionsOf = new Map<SessionInfo, DayOption[]>();
  const intervals = new Map<string, [number, number][]>();
  // Per (staff, day): each session's earliest and latest allowed start for that staff member.
  const startRange = new Map<string, Map<SessionInfo, [number, number]>>();
  let triples = 0;
  for (const s of open) {
    const byDay = new Map<number, DayOption>();
    for (const { day, start } of candidateStarts(ctx, s)) {
      const quiet = { partial: true, firstOnly: true, quiet: true } as const;
      if (evaluateHardRules(ctx, s, day, start, [], pinnedState, quiet).length) continue;
      for (const k of ctx.staffFor(s.school.regionId, s.skill)) {
        if (evaluateHardRules(ctx, s, day, start, [k], pinnedState, quiet).length) continue;
        let option = byDay.get(day);
        if (!option) byDay.set(day, (option = { day, firstChoice: false, staff: new Map() }));
        option.staff.set(k, true);
        if (inFirstChoice(s, day, start)) option.firstChoice = true;
        const key = `${k.index}/${day}`;
        const list = intervals.get(key) ?? [];
        list.push([start, start + s.duration]);
        intervals.set(key, list);
        const ranges = startRange.get(key) ?? new Map<SessionInfo, [number, number]>();
        const r = ranges.get(s);
        if (r) r[1] = Math.max(r[1], start);
        else ranges.set(s, [start, start]);
        startRange.set(key, ranges);
      }
    }
    const days = [...byDay.values()].filter((o) => o.staff.size >= s.staffNeeded);
    for (const o of days) triples += o.staff.size;
    optionsOf.set(s, days);
  }

  const objective: Terms = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  let rowId = 0;
  const row = (terms: Terms, op: '<=' | '>=' | '=', rhs: number) => {
    if (terms.length > 0) rows.push(` r${rowId++}: ${expr(terms)} ${op} ${rhs}`);
  };
  let variables = 0;
  const xName = (s: SessionInfo, k: StaffInfo, day: number) => `x${s.index}_${k.index}_${day}`;
  const xNames = new Set<string>();
  const perStaffDay = new Map<string, { minutes: Terms; count: Terms; trips: [number, string][] }>();
  const perStaffWeek = new Map<string, Terms>();
  const load: Terms[] = ctx.staff.map(() => []);
  const continuity = new Map<string, Map<SessionInfo, Terms>>();

  for (const s of open) {
    const u = `u${s.index}`;
    variables++;
    bounds.push(` 0 <= ${u} <= 1`);
    objective.push([w.unplanned, u]);
    const choice: Terms = [[1, u]];
    for (const o of optionsOf.get(s)!) {
      const z = `z${s.index}_${o.day}`;
      variables++;
      bounds.push(` 0 <= ${z} <= 1`);
      choice.push([1, z]);
      if (!o.firstChoice) objective.push([w.firstChoice, z]);
      const staffed: Terms = [[-s.staffNeeded, z]];
      for (const k of o.staff.keys()) {
        const x = xName(s, k, o.day);
        xNames.add(x);
        variables++;
        bounds.push(` 0 <= ${x} <= 1`);
        staffed.push([1, x]);
        if (s.staffNeeded > 1)
          row(
            [
              [1, x],
              [-1, z],
            ],
            '<=',
            0,
          );
        const cost = w.travel * ctx.homeTravel(k, s.school) + (outsidePreferred(k, o.day) ? w.preferredWeekday : 0);
        if (cost) objective.push([cost, x]);
        const dayKey = `${k.index}/${o.day}`;
        const d = perStaffDay.get(dayKey) ?? { minutes: [], count: [], trips: [] };
        d.minutes.push([s.duration, x]);
        d.count.push([1, x]);
        d.trips.push([2 * ctx.homeTravel(k, s.school), x]);
        perStaffDay.set(dayKey, d);
        const weekKey = `${k.index}/${weekStartOf(o.day)}`;
        perStaffWeek.set(weekKey, [...(perStaffWeek.get(weekKey) ?? []), [s.duration, x]]);
        load[k.index].push([s.duration, x]);
        if (!ctx.historyPair(s.school, k) && pinnedState.sessionsAt(k, s) === 0) {
          const pairKey = `${s.school.index}/${k.index}`;
          const bySession = continuity.get(pairKey) ?? new Map<SessionInfo, Terms>();
          bySession.set(s, [...(bySession.get(s) ?? []), [1, x]]);
          continuity.set(pairKey, bySession);
        }
      }
      row(staffed, '=', 0);
    }
    row(choice, '=', 1);
  }
  // t[k, day] ≥ the day's trip from home and back: by the triangle inequality of the travel times, a day that
  // visits school s takes at least 2 · homeTravel(k, s) of travel (out to s and back, however the route goes).
  const tripsPerWeek = new Map<string, Terms>();
  for (const [key, d] of perStaffDay) {
    const [k, day] = key.split('/').map(Number);
    const t = `t${k}_${day}`;
    variables++;
    bounds.push(` ${t} >= ${pinnedDayTrip.get(key) ?? 0}`);
    for (const [trip, x] of d.trips)
      if (trip > 0)
        row(
          [
            [1, t],
            [-trip, x],
          ],
          '>=',
          0,
        );
    row(d.minutes, '<=', unionLength(intervals.get(key)!));
    row(d.count, '<=', ctx.staff[k].maxPerDay - (pinnedPerDay.get(key) ?? 0));
    // From leaving home to getting back: every session and the trip fit between the day's first working hour and
    // its last (occupied minutes never exceed that span; the pinned sessions of the day take their part of it).
    const pattern = ctx.staff[k].pattern[weekdayOfDay(day)];
    const span = pattern.length ? pattern[pattern.length - 1].end - pattern[0].start : 0;
    row([...d.minutes, [1, t]], '<=', span - (pinnedDayMinutes.get(key) ?? 0));
    const weekKey = `${k}/${weekStartOf(day)}`;
    tripsPerWeek.set(weekKey, [...(tripsPerWeek.get(weekKey) ?? []), [1, t]]);
  }
  // Two sessions one person cannot both hold that day: neither order leaves room for the first one and the trip
  // between the schools before the latest allowed start of the second (see README "The bound").
  let conflictRows = 0;
  for (const [key, ranges] of startRange) {
    const [k, day] = key.split('/').map(Number);
    const here = [...ranges].filter(([s]) => xNames.has(xName(s, ctx.staff[k], day)));
    const n = here.length;
    const conflict = here.map(() => new Array<boolean>(n).fill(false));
    let edges = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const [a, [aMin, aMax]] = here[i];
        const [b, [bMin, bMax]] = here[j];
        const abFits = aMin + a.duration + travelMinutes(a.school.location, b.school.location, ctx.travel) <= bMax;
        const baFits = bMin + b.duration + travelMinutes(b.school.location, a.school.location, ctx.travel) <= aMax;
        if (!abFits && !baFits) {
          conflict[i][j] = conflict[j][i] = true;
          edges++;
        }
      }
    if (!edges) continue;
    // Cover the conflicts with cliques (at most one session of a clique that day): grow each uncovered edge
    // greedily into a maximal clique; a clique row is stronger than its pairs.
    const covered = here.map(() => new Array<boolean>(n).fill(false));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        if (!conflict[i][j] || covered[i][j]) continue;
        const clique = [i, j];
        for (let c = 0; c < n; c++)
          if (c !== i && c !== j && clique.every((m) => conflict[m][c])) clique.push(c);
        for (const m1 of clique) for (const m2 of clique) covered[m1][m2] = true;
        conflictRows++;
        row(
          clique.map((m): [number, string] => [1, xName(here[m][0], ctx.staff[k], day)]),
          '<=',
          1,
        );
      }
  }
  // Per ISO week: the sessions and the days' trips (what weekly_hours counts) within the contract hours.
  for (const [key, terms] of perStaffWeek) {
    const k = Number(key.split('/')[0]);
    row([...terms, ...(tripsPerWeek.get(key) ?? [])], '<=', ctx.staff[k].contractMinutes - (pinnedWeek.get(key) ?? 0));
  }
  ctx.staff.forEach((k) => {
    const dev = `d${k.index}`;
    variables++;
    const target = ctx.fairTarget[k.index] - pinnedLoad[k.index];
    row([[1, dev], ...load[k.index].map(([c, n]): [number, string] => [-c, n])], '>=', -target);
    row([[1, dev], ...load[k.index]], '>=', target);
    bounds.push(` ${dev} >= 0`);
    objective.push([w.fairness / 60, dev]);
  });
  let yId = 0;
  for (const bySession of continuity.values()) {
    const y = `y${yId++}`;
    variables++;
    bounds.push(` 0 <= ${y} <= 1`);
    objective.push([w.continuity, y]);
    for (const terms of bySession.values()) row([[1, y], ...terms.map(([, n]): [number, string] => [-1, n])], '>=', 0);
  }
  const pinnedOnly = evaluateObjective(ctx, pinnedState.assignments());
  const constant = pinnedOnly.travel + pinnedOnly.continuity + pinnedOnly.firstChoice + pinnedOnly.preferredWeekday;

  const lp = ['Minimize', ` obj: ${expr(objective)}`, 'Subject To', ...rows, 'Bounds', ...bounds, 'End'].join('\n');
  const highs = await loadHighs();
  let status: string;
  let bound: number | null = null;
  let split: BoundTerms | undefined;
  try {
    const result = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds });
    status = result.Status;
    if (status === 'Optimal') {
      bound = result.ObjectiveValue + constant;
      const primal = (n: string) => {
        const column = result.Columns[n];
        return column && 'Primal' in column ? column.Primal : 0;
      };
      const part = { u: 0, x: 0, z: 0, d: 0, y: 0 } as Record<string, number>;
      for (const [c, n] of objective) part[n[0]] += c * primal(n);
      split = {
        unplanned: part['u'],
        travelAndWeekday: part['x'],
        firstChoice: part['z'],
        fairness: part['d'],
        continuity: part['y'],
        withoutOption: open.filter((s) => optionsOf.get(s)?.length === 0).length,
      };
    }
  } catch (e) {
    status = `HiGHS error (${String(e).slice(0, 60)}; LP ${Math.round(lp.length / 2 ** 20)} MB)`;
  }
  return {
    status,
    bound,
    terms: split,
    variables,
    constraints: rowId,
    triples,
    conflictRows,
    seconds: (Date.now() - started) / 1000,
  };
}
