import { timeToMinutes, toEpochDay } from '../calendar/local-date';
import { candidateSlotDays, type SlotDay } from './candidates';
import {
  createPlanningContext,
  MINUTES_PER_DAY,
  type PlanningContext,
  type SchoolInfo,
  type SessionInfo,
  type StaffInfo,
  START_GRID_MINUTES,
  weekdayOfDay,
} from './context';
import { evaluateHardRules, type HardRule } from './hard-rules';
import type { PlannedAssignment, PlanningProblem } from './model';
import { LateAcceptance } from './late-acceptance';
import { SeededRandom } from './random';
import { inFirstChoice, type ObjectiveBreakdown, outsidePreferred } from './scoring';
import { PlanningState, type StatePlacement } from './state';
import { travelMinutes } from './travel';

/** Options of {@link autoPlan}. */
export interface AutoPlanOptions {
  /** Seed of the pseudo-random generator; the same seed and limits give the same plan. Default 1. */
  seed?: number;
  /** Stop the local search after this many milliseconds (wall clock). Default 10 000. */
  timeLimitMs?: number;
  /** Stop the local search after this many moves; use it for reproducible tests. Default: no limit. */
  maxIterations?: number;
  /**
   * First length of the late-acceptance history; it widens when the search stalls (see `late-acceptance.ts`).
   * Default: 30 000 / the number of sessions to move, between 20 and 1 000.
   */
  lateAcceptanceLength?: number;
  /** Clock for the time limit; default `Date.now`. */
  now?: () => number;
  /**
   * Called once the construction has placed what it can, then at every improvement of the best plan, after
   * every slice of {@link autoPlanAsync}, and at the end: what a progress bar shows. It must be cheap (it runs inside the search); a caller that stores progress
   * throttles its writes and uses {@link autoPlanAsync}, so the writes can run while the search goes on.
   */
  onProgress?: (progress: AutoPlanProgress) => void;
}

/** How far an {@link autoPlan} run is: the share of its time used and the best plan so far. */
export interface AutoPlanProgress {
  /** `searching`: a slice of {@link autoPlanAsync} ended without a better plan (the clock moved on). */
  phase: 'constructed' | 'improved' | 'searching' | 'done';
  /** Milliseconds since the start. */
  elapsedMs: number;
  /** 0…1: the share of the time limit (or of `maxIterations`) used; 1 when done. */
  fraction: number;
  /** The weighted objective of the best plan so far (lower is better). */
  bestObjective: number;
  /** Sessions in the best plan so far (pinned ones included). */
  planned: number;
  iterations: number;
}

/** Why a session could not be planned: a rule and how often it blocked a candidate, with an example. */
export interface UnplannedReason {
  rule: HardRule;
  count: number;
  /** Dutch explanation (an example when `count` > 1). */
  message: string;
}

/** A session the planner could not place. */
export interface UnplannedSession {
  sessionId: string;
  reasons: UnplannedReason[];
}

/** Counters of an {@link autoPlan} run. */
export interface AutoPlanStats {
  sessions: number;
  pinned: number;
  plannedByConstruction: number;
  planned: number;
  iterations: number;
  acceptedMoves: number;
  improvements: number;
  constructionObjective: number;
  constructionMs: number;
  searchMs: number;
  stoppedBy: 'iterations' | 'time' | 'nothing-to-do';
}

/** Result of {@link autoPlan}. */
export interface AutoPlanResult {
  /** Pinned assignments unchanged, then the planned ones, in session order. */
  assignments: PlannedAssignment[];
  unplanned: UnplannedSession[];
  objective: ObjectiveBreakdown;
  stats: AutoPlanStats;
}

interface Option {
  day: number;
  start: number;
  staff: StaffInfo[];
  cost: number;
}

interface Change {
  session: SessionInfo;
  prev: StatePlacement | null;
}

const EPS = 1e-9;
/**
 * The default of {@link AutoPlanOptions.lateAcceptanceLength}: 30 000 / (sessions the search can move), between 20 and 1 000 — long for
 * small problems, which get many moves per session within the time limit, short for big ones, which get few.
 */
function defaultHistoryLength(movable: number): number {
  return Math.round(Math.min(1000, Math.max(20, 30_000 / Math.max(1, movable))));
}

interface SearchOutcome {
  iterations: number;
  accepted: number;
  improvements: number;
  stoppedBy: AutoPlanStats['stoppedBy'];
}

/** Places open sessions: a greedy construction followed by late-acceptance local search. */
class Planner {
  readonly state: PlanningState;
  private readonly rng: SeededRandom;
  private readonly slotDays: SlotDay[][];
  private readonly eligible: StaffInfo[][];
  private readonly eligibleSet: Set<StaffInfo>[];
  private readonly open: SessionInfo[] = [];
  private readonly unplanned: SessionInfo[] = [];
  private readonly unplannedPos: Int32Array;
  private moveLog: Change[] = [];
  /** The open sessions the search moves (set when it starts). */
  private movableSessions: readonly SessionInfo[] = [];
  private readonly sinceBest = new Map<SessionInfo, StatePlacement | null>();

  constructor(
    readonly ctx: PlanningContext,
    seed: number,
  ) {
    this.state = new PlanningState(ctx);
    this.rng = new SeededRandom(seed);
    this.slotDays = ctx.sessions.map(() => []);
    this.eligible = ctx.sessions.map(() => []);
    this.eligibleSet = ctx.sessions.map(() => new Set());
    this.unplannedPos = new Int32Array(ctx.sessions.length).fill(-1);
  }

  /** Places pinned assignments, keeps valid unpinned ones, and prepares the open sessions. */
  init(): number {
    const ctx = this.ctx;
    let pinned = 0;
    const existing = ctx.problem.assignments ?? [];
    const pinnedIds = new Set(existing.filter((a) => a.pinned).map((a) => a.sessionId));
    for (const a of existing) {
      const session = ctx.sessionById.get(a.sessionId);
      const staff = a.staffIds.map((id) => ctx.staffById.get(id));
      if (!a.pinned || !session || this.state.placementAt(session) || staff.some((s) => !s)) continue;
      this.state.place(session, toEpochDay(a.date), timeToMinutes(a.start), staff as StaffInfo[], true);
      pinned++;
    }
    for (const session of ctx.sessions) {
      if (pinnedIds.has(session.id)) continue;
      this.open.push(session);
      this.slotDays[session.index] = candidateSlotDays(ctx, session);
      const firstDay = this.slotDays[session.index].reduce((m, d) => Math.min(m, d.day), Infinity);
      const staff = ctx
        .staffFor(session.school.regionId, session.skill)
        .filter(
          (s) =>
            (session.language === null || s.languages.has(session.language)) &&
            (s.skills.get(session.skill) ?? -Infinity) >= firstDay,
        );
      this.eligible[session.index] = staff;
      this.eligibleSet[session.index] = new Set(staff);
      this.markUnplanned(session);
    }
    for (const a of existing) {
      const session = ctx.sessionById.get(a.sessionId);
      const staff = a.staffIds.map((id) => ctx.staffById.get(id));
      if (a.pinned || !session || this.state.placementAt(session) || staff.some((s) => !s)) continue;
      const day = toEpochDay(a.date);
      const start = timeToMinutes(a.start);
      if (
        evaluateHardRules(ctx, session, day, start, staff as StaffInfo[], this.state, { firstOnly: true, quiet: true })
          .length === 0
      ) {
        this.apply(session, { day, start, staff: staff as StaffInfo[], cost: 0 });
      }
    }
    this.moveLog = [];
    return pinned;
  }

  /** Greedy construction, most constrained session first. Returns how many sessions it placed. */
  construct(): number {
    const flexibility = (s: SessionInfo) => {
      let starts = 0;
      for (const d of this.slotDays[s.index]) starts += (d.hi - d.lo) / START_GRID_MINUTES + 1;
      return (starts * this.eligible[s.index].length) / s.staffNeeded;
    };
    const order = this.unplanned
      .map((s) => ({ s, f: flexibility(s) }))
      .sort((a, b) => a.f - b.f || (a.s.sequence ?? 0) - (b.s.sequence ?? 0) || a.s.index - b.s.index);
    let placed = 0;
    for (const { s } of order) {
      const best = this.bestOption(s, this.slotDays[s.index]);
      if (best) {
        this.apply(s, best);
        placed++;
      }
    }
    this.moveLog = [];
    return placed;
  }

  /**
   * Late-acceptance local search until `maxIterations` or the deadline. A generator: it yields when `sliceEnd`
   * has passed (every `sliceMs`), so an async caller can let other work run, and resumes where it stopped — the
   * moves are the same as without slices. `onBest` hears of every new best plan.
   */
  *search(limits: {
    maxIterations: number;
    deadline: number;
    now: () => number;
    length: number;
    sliceMs?: number;
    onBest?: (best: number, iterations: number) => void;
  }): Generator<number, SearchOutcome, void> {
    const state = this.state;
    let cost = state.cost();
    let best = cost;
    const acceptance = new LateAcceptance(cost, { length: limits.length });
    let iterations = 0;
    let accepted = 0;
    let improvements = 0;
    let stoppedBy: AutoPlanStats['stoppedBy'] = 'iterations';
    const movable = this.open.filter((s) => this.slotDays[s.index].length > 0 && this.eligible[s.index].length > 0);
    this.movableSessions = movable;
    if (movable.length === 0) return { iterations, accepted, improvements, stoppedBy: 'nothing-to-do' as const };
    this.sinceBest.clear();
    const sliceMs = limits.sliceMs ?? Number.POSITIVE_INFINITY;
    let sliceEnd = limits.now() + sliceMs;
    while (iterations < limits.maxIterations) {
      if ((iterations & 127) === 0) {
        const t = limits.now();
        if (t >= limits.deadline) {
          stoppedBy = 'time';
          break;
        }
        if (t >= sliceEnd) {
          yield iterations;
          sliceEnd = limits.now() + sliceMs;
        }
      }
      iterations++;
      this.moveLog = [];
      const moved = this.randomMove(movable);
      if (!moved) continue;
      const next = state.cost();
      const verdict = acceptance.consider(next);
      if (verdict) {
        if (next < cost - EPS) improvements++;
        cost = next;
        accepted++;
        if (verdict === 'best') {
          best = cost;
          this.sinceBest.clear();
          limits.onBest?.(best, iterations);
        }
      } else {
        this.undo();
      }
    }
    if (cost > best + EPS) this.restoreBest();
    return { iterations, accepted, improvements, stoppedBy };
  }

  /** Open sessions with at least one slot day and eligible staff member: those the search can move. */
  movableCount(): number {
    return this.open.filter((s) => this.slotDays[s.index].length > 0 && this.eligible[s.index].length > 0).length;
  }

  /** Sessions placed right now (pinned ones included). */
  placedCount(): number {
    return this.ctx.sessions.length - this.unplanned.length;
  }

  /** Diagnoses why a session could not be planned. */
  diagnose(session: SessionInfo): UnplannedReason[] {
    const ctx = this.ctx;
    const days = this.slotDays[session.index];
    if (days.length === 0) {
      const message = session.fixed
        ? 'De vaste starttijd valt niet op een schooldag binnen de schooltijden'
        : 'Binnen de gewenste periodes van de school is geen schooldag met genoeg tijd voor deze sessie';
      return [{ rule: session.fixed ? 'school_day' : 'window', count: 1, message }];
    }
    const staff = this.eligible[session.index];
    if (staff.length === 0) {
      const language = session.language ? ` die lesgeeft in '${session.language}'` : '';
      return [
        {
          rule: 'skill',
          count: 1,
          message: `Geen medewerker in regio ${session.school.regionId} met een geldige vaardigheid '${session.skill}'${language}`,
        },
      ];
    }
    const counts = new Map<HardRule, { count: number; message: string }>();
    let anyAlone = false;
    const budget = 4000;
    const starts: { day: number; start: number }[] = [];
    for (const d of days) for (let m = d.lo; m <= d.hi; m += START_GRID_MINUTES) starts.push({ day: d.day, start: m });
    const stride = Math.max(1, Math.ceil((starts.length * staff.length) / budget));
    for (let i = 0; i < starts.length; i += stride) {
      const { day, start } = starts[i];
      let free = 0;
      for (const s of staff) {
        const v = evaluateHardRules(ctx, session, day, start, [s], this.state, { partial: true, firstOnly: true });
        if (v.length === 0) {
          free++;
          continue;
        }
        const c = counts.get(v[0].rule) ?? { count: 0, message: v[0].message };
        c.count++;
        counts.set(v[0].rule, c);
      }
      if (free > 0) anyAlone = true;
    }
    const reasons = [...counts.entries()]
      .map(([rule, c]) => ({ rule, count: c.count, message: c.message }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 3);
    if (anyAlone && session.staffNeeded > 1) {
      reasons.unshift({
        rule: 'staff_count',
        count: 1,
        message: `Er zijn nergens ${session.staffNeeded} geschikte medewerkers tegelijk beschikbaar`,
      });
    }
    return reasons.length > 0
      ? reasons
      : [{ rule: 'overlap', count: 1, message: 'Geen vrije combinatie van tijd en medewerker gevonden' }];
  }

  unplannedSessions(): readonly SessionInfo[] {
    return this.unplanned;
  }

  // --- moves -------------------------------------------------------------------------------------------------

  private randomMove(movable: readonly SessionInfo[]): boolean {
    const rng = this.rng;
    if (this.unplanned.length > 0 && rng.next() < 0.2) {
      const u = rng.pick(this.unplanned);
      if (this.slotDays[u.index].length === 0 || this.eligible[u.index].length === 0) return false;
      return this.insertMove(u);
    }
    const s = rng.pick(movable);
    const p = this.state.placementAt(s);
    if (!p) return this.insertMove(s);
    const r = rng.next();
    if (r < 0.3) return this.reassignMove(s, p);
    if (r < 0.55) return this.slotMove(s, p);
    if (r < 0.75) return this.swapMove(s, p);
    if (r < 0.85) return this.groupMove(s, p);
    if (r < 0.9) return this.chainMove(s, p);
    return this.reinsertMove(s);
  }

  /** Plans an unplanned session at its best option, or makes room by unplanning the sessions in its way. */
  private insertMove(u: SessionInfo): boolean {
    const best = this.bestOption(u, this.slotDays[u.index]);
    if (best) {
      this.apply(u, best);
      return true;
    }
    // Ejection: pick a day and staff, remove what blocks them, place u, re-plan the removed sessions.
    const sd = this.rng.pick(this.slotDays[u.index]);
    const team: StaffInfo[] = [];
    const pool = this.eligible[u.index].filter(
      (s) => (s.skills.get(u.skill) ?? -1) >= sd.day && s.pattern[weekdayOfDay(sd.day)].length > 0,
    );
    while (team.length < u.staffNeeded && pool.length > 0) team.push(pool.splice(this.rng.int(pool.length), 1)[0]);
    if (team.length < u.staffNeeded) return false;
    const start = sd.lo + START_GRID_MINUTES * this.rng.int((sd.hi - sd.lo) / START_GRID_MINUTES + 1);
    const removed = new Set<SessionInfo>();
    for (const s of team) {
      for (const b of this.state.bookingsOn(s, sd.day, u.id)) {
        const other = this.ctx.sessionById.get(b.sessionId);
        if (other && !this.state.placementAt(other)?.pinned) removed.add(other);
      }
    }
    if (removed.size === 0 || removed.size > 3) return false;
    for (const r of removed) this.apply(r, null);
    const option = this.check(u, sd.day, start, team);
    if (!option) {
      this.undo();
      return false;
    }
    this.apply(u, option);
    for (const r of removed) {
      const again = this.bestOption(r, this.slotDays[r.index]);
      if (again) this.apply(r, again);
    }
    return true;
  }

  /** Replaces one staff member of a session by another eligible one. */
  private reassignMove(s: SessionInfo, p: StatePlacement): boolean {
    const pool = this.eligible[s.index];
    const k = this.rng.pick(pool);
    if (p.staff.includes(k)) return false;
    const team = p.staff.slice();
    team[this.rng.int(team.length)] = k;
    this.apply(s, null);
    const option = this.check(s, p.day, p.start, team);
    if (option) this.apply(s, option);
    else this.undo();
    return option !== null;
  }

  /** Moves a session to another day: same staff when possible, else the best staff that day. */
  private slotMove(s: SessionInfo, p: StatePlacement): boolean {
    const sd = this.rng.pick(this.slotDays[s.index]);
    this.apply(s, null);
    let option: Option | null = null;
    if (this.rng.next() < 0.5) {
      const start = this.commonStart(s, sd, p.staff, true);
      if (start >= 0) option = this.check(s, sd.day, start, p.staff.slice());
    }
    option ??= this.bestOption(s, [sd]);
    if (option && option.day === p.day && option.start === p.start && sameTeam(option.staff, p.staff)) option = null;
    if (option) this.apply(s, option);
    else this.undo();
    return option !== null;
  }

  /** Exchanges a staff member of one session with a staff member of another session. */
  private swapMove(s1: SessionInfo, p1: StatePlacement): boolean {
    const i = this.rng.int(p1.staff.length);
    const a = p1.staff[i];
    const b = this.rng.pick(this.eligible[s1.index]);
    if (b === a || p1.staff.includes(b)) return false;
    const theirs = this.state.sessionsOf(b);
    if (theirs.length === 0) return false;
    const s2 = this.rng.pick(theirs);
    const p2 = this.state.placementAt(s2);
    if (!p2 || p2.pinned || s2 === s1 || !this.eligibleSet[s2.index].has(a) || p2.staff.includes(a)) return false;
    const team1 = p1.staff.slice();
    team1[i] = b;
    const team2 = p2.staff.map((x) => (x === b ? a : x));
    this.apply(s1, null);
    this.apply(s2, null);
    const o1 = this.check(s1, p1.day, p1.start, team1);
    if (o1) this.apply(s1, o1);
    const o2 = o1 ? this.check(s2, p2.day, p2.start, team2) : null;
    if (!o2) {
      this.undo();
      return false;
    }
    this.apply(s2, o2);
    return true;
  }

  /**
   * Hands all sessions a staff member has at one school over to another staff member (continuity: the pair
   * penalty only drops when the whole group moves). A session that cannot keep its slot with the new staff
   * member moves to the new one's best option.
   */
  private groupMove(s: SessionInfo, p: StatePlacement): boolean {
    const a = this.rng.pick(p.staff);
    const b = this.rng.pick(this.eligible[s.index]);
    if (p.staff.includes(b)) return false;
    return this.transferGroup(s.school, a, b);
  }

  /**
   * A chain of two group moves: staff member `a` hands their sessions at the session's school over to `b`, then
   * takes over the sessions another staff member `c` has at another school. On its own the first step often only
   * costs (b is new at the school, a has less load), the second pays it back: what a single move cannot find.
   */
  private chainMove(s: SessionInfo, p: StatePlacement): boolean {
    const a = this.rng.pick(p.staff);
    const b = this.rng.pick(this.eligible[s.index]);
    if (p.staff.includes(b) || !this.transferGroup(s.school, a, b)) return false;
    for (let tries = 0; tries < 8; tries++) {
      const t = this.rng.pick(this.movableSessions);
      const pt = this.state.placementAt(t);
      if (!pt || pt.pinned || t.school === s.school || pt.staff.includes(a) || !this.eligibleSet[t.index].has(a))
        continue;
      // On failure transferGroup undoes the whole move, the first step included.
      return this.transferGroup(t.school, this.rng.pick(pt.staff), a);
    }
    this.undo();
    return false;
  }

  /**
   * Hands every unpinned session staff member `a` has at `school` over to `b`; a session that cannot keep its
   * slot with `b` moves to b's best option. False (and the whole move undone) when one finds no place.
   */
  private transferGroup(school: SchoolInfo, a: StaffInfo, b: StaffInfo): boolean {
    const group: [SessionInfo, StatePlacement][] = [];
    for (const x of this.state.sessionsOf(a)) {
      const px = this.state.placementAt(x);
      if (x.school !== school || !px || px.pinned || px.staff.includes(b) || !this.eligibleSet[x.index].has(b))
        continue;
      group.push([x, px]);
    }
    if (group.length === 0) {
      this.undo();
      return false;
    }
    for (const [x] of group) this.apply(x, null);
    for (const [x, px] of group) {
      const team = px.staff.map((k) => (k === a ? b : k));
      const option =
        this.check(x, px.day, px.start, team) ??
        (x.staffNeeded === 1 ? this.bestOption(x, this.slotDays[x.index], [b]) : null);
      if (!option) {
        this.undo();
        return false;
      }
      this.apply(x, option);
    }
    return true;
  }

  /** Takes a session out and puts it back at its best option. */
  private reinsertMove(s: SessionInfo): boolean {
    this.apply(s, null);
    const best = this.bestOption(s, this.slotDays[s.index]);
    if (best) this.apply(s, best);
    return true;
  }

  // --- building blocks ---------------------------------------------------------------------------------------

  /** Changes a session's placement (null = unplan), logging the old one for undo and best-restore. */
  private apply(session: SessionInfo, option: Option | null): void {
    const prev = this.state.placementAt(session);
    this.moveLog.push({ session, prev });
    if (!this.sinceBest.has(session)) this.sinceBest.set(session, prev);
    if (prev) this.state.unplace(session);
    if (option) {
      this.state.place(session, option.day, option.start, option.staff);
      this.markPlanned(session);
    } else this.markUnplanned(session);
  }

  /** Reverts the current move. */
  private undo(): void {
    const first = new Map<SessionInfo, StatePlacement | null>();
    for (const c of this.moveLog) if (!first.has(c.session)) first.set(c.session, c.prev);
    for (const s of first.keys()) this.state.unplace(s);
    for (const [s, prev] of first) {
      if (prev) {
        this.state.place(s, prev.day, prev.start, prev.staff, prev.pinned);
        this.markPlanned(s);
      } else this.markUnplanned(s);
    }
    this.moveLog = [];
  }

  private restoreBest(): void {
    for (const s of this.sinceBest.keys()) this.state.unplace(s);
    for (const [s, prev] of this.sinceBest) {
      if (prev) {
        this.state.place(s, prev.day, prev.start, prev.staff, prev.pinned);
        this.markPlanned(s);
      } else this.markUnplanned(s);
    }
    this.sinceBest.clear();
  }

  private markUnplanned(s: SessionInfo): void {
    if (this.unplannedPos[s.index] >= 0) return;
    this.unplannedPos[s.index] = this.unplanned.length;
    this.unplanned.push(s);
  }

  private markPlanned(s: SessionInfo): void {
    const i = this.unplannedPos[s.index];
    if (i < 0) return;
    const last = this.unplanned.pop();
    if (last && last !== s) {
      this.unplanned[i] = last;
      this.unplannedPos[last.index] = i;
    }
    this.unplannedPos[s.index] = -1;
  }

  /** The option if every hard rule allows it (the session must be unplaced), else null. */
  private check(s: SessionInfo, day: number, start: number, staff: StaffInfo[]): Option | null {
    const v = evaluateHardRules(this.ctx, s, day, start, staff, this.state, { firstOnly: true, quiet: true });
    return v.length === 0 ? { day, start, staff, cost: 0 } : null;
  }

  /** Cost of a staff member for a session that does not depend on the day: travel, fairness, continuity. */
  private baseCost(s: SessionInfo, k: StaffInfo): number {
    const w = this.ctx.weights;
    const target = this.ctx.fairTarget[k.index];
    const load = this.state.loadOf(k);
    const fair = (w.fairness * (Math.abs(load + s.duration - target) - Math.abs(load - target))) / 60;
    const known = this.state.sessionsAt(k, s) > 0 || this.ctx.historyPair(s.school, k);
    return w.travel * this.ctx.homeTravel(k, s.school) + fair + (known ? 0 : w.continuity);
  }

  /** Earliest and latest absolute start allowed by the order of the request's other placed sessions. */
  private sequenceBounds(s: SessionInfo): [number, number] {
    let lo = -Infinity;
    let hi = Infinity;
    if (s.sequence === null) return [lo, hi];
    for (const o of s.ordered) {
      if (o.sequence === null || o.sequence === s.sequence) continue;
      const p = this.state.placementAt(o);
      if (!p) continue;
      if (o.sequence < s.sequence) lo = Math.max(lo, p.day * MINUTES_PER_DAY + p.end);
      else hi = Math.min(hi, p.day * MINUTES_PER_DAY + p.start - s.duration);
    }
    return [lo, hi];
  }

  /**
   * Start ranges `[from, to]` (minutes) on the slot day at which staff member `k` is free for the session:
   * working hours, absences and other bookings with travel. Weekly hours are left to the final rule check.
   */
  private freeRanges(s: SessionInfo, k: StaffInfo, sd: SlotDay, bounds: [number, number]): number[] {
    const day = sd.day;
    if ((k.skills.get(s.skill) ?? -1) < day) return [];
    const bookings = this.state.bookingsOn(k, day, s.id);
    if (bookings.length >= k.maxPerDay) return [];
    const dur = s.duration;
    const base = day * MINUTES_PER_DAY;
    const lo = Math.max(sd.lo, bounds[0] - base);
    const hi = Math.min(sd.hi, bounds[1] - base);
    if (lo > hi) return [];
    let ranges: number[] = [];
    for (const r of k.pattern[weekdayOfDay(day)]) {
      const a = Math.max(lo, r.start);
      const b = Math.min(hi, r.end - dur);
      if (a <= b) ranges.push(a, b);
    }
    if (ranges.length === 0) return ranges;
    // Starts in the open interval (x, y) are not allowed.
    const forbid = (x: number, y: number) => {
      const next: number[] = [];
      for (let i = 0; i < ranges.length; i += 2) {
        const a = ranges[i];
        const b = ranges[i + 1];
        if (y <= a || x >= b) {
          next.push(a, b);
          continue;
        }
        if (a <= x) next.push(a, x);
        if (y <= b) next.push(y, b);
      }
      ranges = next;
    };
    for (const a of k.absences) {
      if (a.from >= base + MINUTES_PER_DAY) break;
      if (a.to <= base) continue;
      forbid(a.from - base - dur, a.to - base);
    }
    for (const r of k.recurring) if (r.weekday === weekdayOfDay(day)) forbid(r.start - dur, r.end);
    for (const b of bookings) {
      const t = travelMinutes(b.location, s.school.location, this.ctx.travel);
      forbid(b.start - t - dur, b.end + t);
      if (ranges.length === 0) break;
    }
    return ranges;
  }

  /** First start on the slot day's quarter-hour grid inside `ranges`, or -1. */
  private firstGridStart(sd: SlotDay, ranges: readonly number[]): number {
    for (let i = 0; i < ranges.length; i += 2) {
      const g = sd.lo + Math.ceil((ranges[i] - sd.lo) / START_GRID_MINUTES) * START_GRID_MINUTES;
      if (g <= ranges[i + 1]) return g;
    }
    return -1;
  }

  /** A start at which all of `team` are free on the slot day (the first, or a random one), or -1. */
  private commonStart(s: SessionInfo, sd: SlotDay, team: readonly StaffInfo[], random = false): number {
    const bounds = this.sequenceBounds(s);
    let ranges = this.freeRanges(s, team[0], sd, bounds);
    for (let i = 1; i < team.length && ranges.length > 0; i++)
      ranges = intersect(ranges, this.freeRanges(s, team[i], sd, bounds));
    return random ? this.randomGridStart(sd, ranges) : this.firstGridStart(sd, ranges);
  }

  /** A random start on the slot day's grid inside `ranges`, or -1. */
  private randomGridStart(sd: SlotDay, ranges: readonly number[]): number {
    const starts: number[] = [];
    for (let i = 0; i < ranges.length; i += 2) {
      const first = sd.lo + Math.ceil((ranges[i] - sd.lo) / START_GRID_MINUTES) * START_GRID_MINUTES;
      for (let g = first; g <= ranges[i + 1]; g += START_GRID_MINUTES) starts.push(g);
    }
    return starts.length > 0 ? this.rng.pick(starts) : -1;
  }

  /** The cheapest allowed placement of an unplaced session over the given slot days (and staff), or null. */
  private bestOption(s: SessionInfo, days: readonly SlotDay[], only?: readonly StaffInfo[]): Option | null {
    const pool = only ?? this.eligible[s.index];
    if (pool.length === 0 || days.length === 0) return null;
    const w = this.ctx.weights;
    const bounds = this.sequenceBounds(s);
    const staff = pool
      .map((k) => ({ k, base: this.baseCost(s, k) }))
      .sort((a, b) => a.base - b.base || a.k.index - b.k.index);
    const offset = days.length > 1 ? this.rng.int(days.length) : 0;
    const ordered =
      days.length > 1
        ? [...days.slice(offset), ...days.slice(0, offset)].sort(
            (a, b) => Number(b.firstChoice) - Number(a.firstChoice),
          )
        : days;
    let best: Option | null = null;
    const fcCost = (day: number, start: number) => (inFirstChoice(s, day, start) ? 0 : w.firstChoice);
    const prefCost = (k: StaffInfo, day: number) => (outsidePreferred(k, day) ? w.preferredWeekday : 0);
    // Lower bound of the first-choice cost on a day: 0 when some start that day may be inside the window.
    const fc = s.fixed || s.firstChoice < 0 ? null : s.windows[s.firstChoice];
    const fcLower = (day: number) =>
      !fc || (fc.fromDay <= day && day <= fc.toDay && (fc.weekdayMask & (1 << weekdayOfDay(day))) !== 0)
        ? 0
        : w.firstChoice;

    if (s.staffNeeded === 1) {
      for (const { k, base } of staff) {
        if (best && base >= best.cost - EPS) break;
        for (const sd of ordered) {
          const lower = base + prefCost(k, sd.day) + fcLower(sd.day);
          if (best && lower >= best.cost - EPS) continue;
          const start = this.firstGridStart(sd, this.freeRanges(s, k, sd, bounds));
          if (start < 0) continue;
          const cost = base + prefCost(k, sd.day) + fcCost(sd.day, start);
          if (best && cost >= best.cost - EPS) continue;
          if (!this.check(s, sd.day, start, [k])) continue;
          best = { day: sd.day, start, staff: [k], cost };
          if (cost <= base + EPS) break;
        }
      }
      return best;
    }

    const floor = staff.slice(0, s.staffNeeded).reduce((sum, x) => sum + x.base, 0);
    for (const sd of ordered) {
      const dayLower = fcLower(sd.day);
      if (best && floor + dayLower >= best.cost - EPS) continue;
      const free: { k: StaffInfo; cost: number; ranges: number[] }[] = [];
      for (const { k, base } of staff) {
        const ranges = this.freeRanges(s, k, sd, bounds);
        if (ranges.length > 0) free.push({ k, cost: base + prefCost(k, sd.day), ranges });
      }
      if (free.length < s.staffNeeded) continue;
      free.sort((a, b) => a.cost - b.cost);
      for (let i = 0; i < free.length; i++) {
        if (best && free[i].cost + (free[i + 1]?.cost ?? 0) + dayLower >= best.cost - EPS) break;
        for (let j = i + 1; j < free.length; j++) {
          const pairCost = free[i].cost + free[j].cost;
          if (best && pairCost + dayLower >= best.cost - EPS) break;
          const start = this.firstGridStart(sd, intersect(free[i].ranges, free[j].ranges));
          if (start < 0) continue;
          const cost = pairCost + fcCost(sd.day, start);
          if (best && cost >= best.cost - EPS) continue;
          const team = [free[i].k, free[j].k];
          if (!this.check(s, sd.day, start, team)) continue;
          best = { day: sd.day, start, staff: team, cost };
        }
      }
    }
    return best;
  }
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      const lo = Math.max(a[i], b[j]);
      const hi = Math.min(a[i + 1], b[j + 1]);
      if (lo <= hi) out.push(lo, hi);
    }
  }
  return out;
}

function sameTeam(a: readonly StaffInfo[], b: readonly StaffInfo[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Plans all open sessions of a problem: picks a date and start time (quarter-hour grid inside the windows, or
 * the fixed start) and staff for each, never breaking a hard rule, and minimises the weighted soft objective.
 *
 * Pinned assignments are kept exactly; unpinned existing assignments are kept as a starting point when they
 * are still allowed. A greedy construction places the most constrained sessions first (fewest start × staff
 * options), each at its cheapest allowed option; late-acceptance local search (whose history widens when it
 * stalls, see `late-acceptance.ts`) then tries random moves (another staff member, another day, swapping staff
 * between sessions, handing a staff member's sessions at a school to another one, alone or as a chain of two,
 * re-inserting, planning an unplanned session by moving the sessions in its way) and keeps the best plan found. Deterministic for a given seed and
 * `maxIterations`; with only a time limit the number of moves depends on the machine.
 */
export function autoPlan(problem: PlanningProblem | PlanningContext, options: AutoPlanOptions = {}): AutoPlanResult {
  const steps = planSteps(problem, options, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link autoPlan} for a server: the same plan (the same moves for the same seed and limits), but it gives the
 * event loop back every `sliceMs` (default 100 ms) so progress can be stored and other requests answered.
 */
export async function autoPlanAsync(
  problem: PlanningProblem | PlanningContext,
  options: AutoPlanOptions & { sliceMs?: number } = {},
): Promise<AutoPlanResult> {
  const steps = planSteps(problem, options, options.sliceMs ?? 100);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

function* planSteps(
  problem: PlanningProblem | PlanningContext,
  options: AutoPlanOptions,
  sliceMs: number,
): Generator<number, AutoPlanResult, void> {
  const now = options.now ?? Date.now;
  const started = now();
  const ctx = 'sessionById' in problem ? problem : createPlanningContext(problem);
  const planner = new Planner(ctx, options.seed ?? 1);
  const pinned = planner.init();
  const plannedByConstruction = planner.construct();
  const constructionObjective = planner.state.cost();
  const constructed = now();
  const timeLimit = options.timeLimitMs ?? 10_000;
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const report = (phase: AutoPlanProgress['phase'], bestObjective: number, iterations: number) =>
    options.onProgress?.({
      phase,
      elapsedMs: now() - started,
      fraction:
        phase === 'done'
          ? 1
          : Math.min(
              1,
              Math.max((now() - started) / timeLimit, Number.isFinite(maxIterations) ? iterations / maxIterations : 0),
            ),
      bestObjective,
      planned: planner.placedCount(),
      iterations,
    });
  report('constructed', constructionObjective, 0);
  let best = constructionObjective;
  const steps = planner.search({
    maxIterations,
    deadline: started + timeLimit,
    now,
    length: options.lateAcceptanceLength ?? defaultHistoryLength(planner.movableCount()),
    sliceMs,
    onBest: (cost, iterations) => {
      best = cost;
      report('improved', cost, iterations);
    },
  });
  let step = steps.next();
  while (!step.done) {
    report('searching', best, step.value);
    yield step.value;
    step = steps.next();
  }
  const search = step.value;
  const searched = now();
  report('done', planner.state.cost(), search.iterations);

  const pinnedIds = new Set<string>();
  const pinnedInput = (ctx.problem.assignments ?? []).filter(
    (a) => a.pinned && !pinnedIds.has(a.sessionId) && pinnedIds.add(a.sessionId),
  );
  const assignments = [...pinnedInput, ...planner.state.assignments().filter((a) => !pinnedIds.has(a.sessionId))];
  const unplanned = [...planner.unplannedSessions()]
    .sort((a, b) => a.index - b.index)
    .map((s) => ({ sessionId: s.id, reasons: planner.diagnose(s) }));
  return {
    assignments,
    unplanned,
    objective: planner.state.objective(),
    stats: {
      sessions: ctx.sessions.length,
      pinned,
      plannedByConstruction,
      planned: ctx.sessions.length - unplanned.length,
      iterations: search.iterations,
      acceptedMoves: search.accepted,
      improvements: search.improvements,
      constructionObjective,
      constructionMs: constructed - started,
      searchMs: searched - constructed,
      stoppedBy: search.stoppedBy,
    },
  };
}
