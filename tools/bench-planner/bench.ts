import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { autoPlan, evaluateObjective } from '@halt/domain';
import { type BoundResult, lowerBound } from './bound';
import { solveExactly } from './exact';
import { checkIndependently } from './independent-checker';
import { generateInstance, SIZES } from './generator';

/** Time limit of the planner per size (ms); the full year must finish within 60 s in total. */
const TIME_LIMIT_MS: Record<string, number> = { tiny: 2000, small: 5000, medium: 10_000, large: 30_000, full: 45_000 };
/** Sizes small enough for the exact MILP. */
const EXACT = new Set(['tiny', 'small']);
/** Sizes whose LP lower bound (bound.ts) is computed; large/full would need more memory than HiGHS's WebAssembly build has. */
const BOUNDED = new Set(['tiny', 'small', 'medium']);
const MARKER = 'BENCH-RESULT ';

interface Row {
  instance: string;
  sessions: number;
  staff: number;
  schools: number;
  planned: number;
  unplanned: number;
  violations: number;
  /** Staff-days leaving home before the working hours begin / getting home after they end (independent checker). */
  earlyDays: number;
  lateDays: number;
  staffDays: number;
  objective: number;
  /** The planner's objective per term, in the order of the bound's terms. */
  objectiveTerms: { unplanned: number; travelAndWeekday: number; firstChoice: number; fairness: number; continuity: number };
  constructionObjective: number;
  iterations: number;
  generateSeconds: number;
  planSeconds: number;
  checkSeconds: number;
  peakRssMb: number;
  heapMb: number;
  bound?: BoundResult;
  exact?: {
    status: string;
    objective: number | null;
    solverObjective: number | null;
    optimal: boolean;
    variables: number;
    constraints: number;
    rounds: number;
    seconds: number;
    violations: number;
  };
}

async function runOne(name: string, seed: number, timeLimitMs: number, exactSeconds: number): Promise<Row> {
  const size = SIZES[name];
  if (!size) throw new Error(`Unknown size ${name}; use one of ${Object.keys(SIZES).join(', ')}`);
  let t = Date.now();
  const problem = generateInstance(size, seed);
  const generateSeconds = (Date.now() - t) / 1000;
  t = Date.now();
  const result = autoPlan(problem, { seed, timeLimitMs });
  const planSeconds = (Date.now() - t) / 1000;
  t = Date.now();
  // The independent checker: the hard rules re-implemented from model.ts, not the planner's own rule function.
  const report = checkIndependently(problem, result.assignments);
  const checkSeconds = (Date.now() - t) / 1000;
  const score = evaluateObjective(problem, result.assignments);
  const objective = score.total;
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (report.total > 0) console.error(`${name}: ${JSON.stringify(report.byRule)}\n${report.examples.join('\n')}`);
  const row: Row = {
    instance: name,
    sessions: problem.sessions.length,
    staff: problem.staff.length,
    schools: problem.schools.length,
    planned: result.assignments.length,
    unplanned: result.unplanned.length,
    violations: report.total,
    earlyDays: report.earlyDepartureDays,
    lateDays: report.lateReturnDays,
    staffDays: report.staffDays,
    objective,
    objectiveTerms: {
      unplanned: score.unplanned,
      travelAndWeekday: score.travel + score.preferredWeekday,
      firstChoice: score.firstChoice,
      fairness: score.fairness,
      continuity: score.continuity,
    },
    constructionObjective: result.stats.constructionObjective,
    iterations: result.stats.iterations,
    generateSeconds,
    planSeconds,
    checkSeconds,
    peakRssMb,
    heapMb,
  };
  if (BOUNDED.has(name)) row.bound = await lowerBound(problem, exactSeconds);
  if (EXACT.has(name)) {
    const { assignments: _assignments, ...exact } = await solveExactly(problem, exactSeconds);
    row.exact = exact;
  }
  return row;
}

function fmt(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? '–' : x.toFixed(digits);
}

function table(rows: Row[]): string {
  const header = [
    'instance',
    'sessions',
    'staff',
    'schools',
    'planned',
    'unplanned',
    'violations',
    'early days',
    'late days',
    'objective',
    'construct.',
    'HiGHS',
    'status',
    'gap %',
    'LP bound',
    'gap to bound %',
    'LP vars',
    'LP s',
    'MILP vars',
    'MILP s',
    'iterations',
    'plan s',
    'check s',
    'peak RSS MB',
    'heap MB',
  ];
  const lines = rows.map((r) => {
    const opt = r.exact?.optimal ? r.exact.objective : null;
    const gap = opt !== null && opt !== undefined ? ((r.objective - opt) / Math.max(Math.abs(opt), 1)) * 100 : null;
    const lb = r.bound?.bound ?? null;
    const boundGap = lb !== null ? ((r.objective - lb) / Math.max(Math.abs(lb), 1)) * 100 : null;
    return [
      r.instance,
      String(r.sessions),
      String(r.staff),
      String(r.schools),
      String(r.planned),
      String(r.unplanned),
      String(r.violations),
      `${r.earlyDays}/${r.staffDays}`,
      `${r.lateDays}/${r.staffDays}`,
      fmt(r.objective),
      fmt(r.constructionObjective),
      fmt(r.exact?.objective),
      r.exact ? `${r.exact.status}${r.exact.rounds > 1 ? ` (${r.exact.rounds} rounds)` : ''}` : '–',
      fmt(gap, 2),
      r.bound ? (lb !== null ? fmt(lb) : r.bound.status) : '–',
      fmt(boundGap, 2),
      r.bound ? String(r.bound.variables) : '–',
      fmt(r.bound?.seconds),
      r.exact ? String(r.exact.variables) : '–',
      fmt(r.exact?.seconds),
      String(r.iterations),
      fmt(r.planSeconds, 2),
      fmt(r.checkSeconds, 2),
      fmt(r.peakRssMb, 0),
      fmt(r.heapMb, 0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const seed = Number(value('--seed') ?? 1);
  const exactSeconds = Number(value('--exact-seconds') ?? 600);
  const times = { ...TIME_LIMIT_MS };
  for (let v = value('--time'); v !== undefined; v = value('--time')) {
    const [k, ms] = v.split('=');
    times[k] = Number(ms);
  }
  const one = value('--one');
  if (one) {
    const row = await runOne(one, seed, times[one] ?? 10_000, exactSeconds);
    console.log(MARKER + JSON.stringify(row));
    return;
  }
  const sizes = args.length > 0 ? args : Object.keys(SIZES);
  const rows: Row[] = [];
  for (const size of sizes) {
    // One process per instance, so that peak memory is the instance's own.
    const child = spawnSync(
      process.execPath,
      [
        join(__dirname, 'run.mjs'),
        '--one',
        size,
        '--seed',
        String(seed),
        '--exact-seconds',
        String(exactSeconds),
        ...Object.entries(times).flatMap(([k, ms]) => ['--time', `${k}=${ms}`]),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const out = child.stdout.split('\n').find((l) => l.startsWith(MARKER));
    if (child.status !== 0 || !out) {
      console.error(`${size}: failed (exit ${child.status})\n${child.stdout}`);
      process.exitCode = 1;
      continue;
    }
    const row = JSON.parse(out.slice(MARKER.length)) as Row;
    rows.push(row);
    console.log(
      `${size}: ${row.sessions} sessions, ${row.violations} violations, objective ${fmt(row.objective)} in ${fmt(row.planSeconds, 2)} s`,
    );
  }
  console.log(`\nseed ${seed}\n${table(rows)}`);
  // Where the gap to the bound lies: the planner's objective and the relaxation's optimum, term by term.
  for (const r of rows) {
    const lp = r.bound?.terms;
    if (!lp) continue;
    const parts = (Object.keys(r.objectiveTerms) as (keyof Row['objectiveTerms'])[]).map(
      (k) => `${k} ${fmt(r.objectiveTerms[k])} / ${fmt(lp[k])}`,
    );
    console.log(`${r.instance}, planner / bound per term: ${parts.join(', ')}; sessions without any option: ${lp.withoutOption}`);
  }
  const gapToBound = (r: Row) => (r.bound?.bound ? (r.objective - r.bound.bound) / r.bound.bound : 0);
  const bad = rows.filter(
    (r) =>
      r.violations > 0 ||
      (r.instance === 'full' && r.planSeconds > 60) ||
      (r.instance === 'medium' && gapToBound(r) > 0.02),
  );
  if (bad.length > 0) {
    console.error(`Targets missed: ${bad.map((r) => r.instance).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
