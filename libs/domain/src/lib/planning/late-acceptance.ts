const EPS = 1e-9;

/** Tuning of {@link LateAcceptance}. */
export interface LateAcceptanceOptions {
  /** The history's first length (≥ 1). */
  length: number;
  /** The history grows to at most this many times its first length. Default 64. */
  growthLimit?: number;
  /** A stall is this many moves without a new best plan. Default 50 000. */
  stallMoves?: number;
  /** After a stall the whole history is set this share above the current cost. Default 0.05 (5 %). */
  kick?: number;
}

/**
 * The acceptance of the planner's local search: late acceptance (a move is kept when its cost is at most the
 * current cost or the cost `length` moves ago), with a history that widens when the search stalls.
 *
 * Once late acceptance has converged every entry equals the current cost, so it only takes moves that are not
 * worse, whatever its length. After a stall (no new best plan for `stallMoves` moves) the history doubles (up to
 * `growthLimit` times its first length) and every entry is set `kick` above the current cost: the search may then
 * climb out of the local optimum, and a long history makes it come down again slowly. A new best plan brings the history back to its first length. Measured on the bench (seed 1): a fixed
 * history of 1 000 had not converged after 400 000 moves at 500 sessions, one of 50 stuck 7 % above the
 * optimum at 30 sessions, and a kick of 1 % (after 20 000 moves) 0.4 % above it; see tools/bench-planner/README.md.
 */
export class LateAcceptance {
  private readonly history: Float64Array;
  private readonly firstLength: number;
  private readonly stallMoves: number;
  private readonly kick: number;
  private current: number;
  private best: number;
  private moves = 0;
  private lastBest = 0;
  /** The history's current length. */
  length: number;

  constructor(cost: number, options: LateAcceptanceOptions) {
    this.firstLength = Math.max(1, Math.floor(options.length));
    this.history = new Float64Array(this.firstLength * Math.max(1, options.growthLimit ?? 64)).fill(cost);
    this.length = this.firstLength;
    this.stallMoves = options.stallMoves ?? 50_000;
    this.kick = options.kick ?? 0.05;
    this.current = cost;
    this.best = cost;
  }

  /** The cost of the plan the search stands on. */
  get cost(): number {
    return this.current;
  }

  /**
   * Decides on a move from the current plan to one costing `next`: true when the search keeps it (the caller
   * undoes it otherwise). Returns 'best' when the plan is the best so far.
   */
  consider(next: number): boolean | 'best' {
    this.moves++;
    const v = this.moves % this.length;
    let verdict: boolean | 'best' = next <= this.current + EPS || next <= this.history[v] + EPS;
    if (verdict) {
      this.current = next;
      if (next < this.best - EPS) {
        this.best = next;
        this.lastBest = this.moves;
        this.length = this.firstLength;
        verdict = 'best';
      }
    }
    this.history[v] = this.current;
    if (this.moves - this.lastBest > this.stallMoves) {
      if (this.length * 2 <= this.history.length) this.length *= 2;
      this.history.fill(this.current + this.kick * Math.abs(this.current), 0, this.length);
      this.lastBest = this.moves;
    }
    return verdict;
  }
}
