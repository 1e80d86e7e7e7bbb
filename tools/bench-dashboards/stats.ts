/**
 * Pure helpers of the dashboard benchmark: latency statistics, the mix of periods the endpoints are asked
 * for, and the size of a response. No I/O, so they have unit tests (stats.spec.ts).
 */

export interface LatencyStats {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0–100) of ascending values, interpolating linearly between the two nearest ranks
 * (numpy's default): p50 of [1, 2, 3, 4] is 2.5. NaN for no values.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile needs 0–100, got ${p}`);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/** min, p50, p95, p99, max and mean of the values (in any order). */
export function summarise(values: readonly number[]): LatencyStats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    min: n ? sorted[0] : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1] : NaN,
    mean: n ? sorted.reduce((s, v) => s + v, 0) / n : NaN,
  };
}

export type PeriodKind = 'year' | 'school-year' | 'month' | 'quarter';

/** An inclusive period as the dashboards take it (`from`/`to`, yyyy-mm-dd). */
export interface Period {
  kind: PeriodKind;
  label: string;
  from: string;
  to: string;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'school-year', 'month', 'quarter'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthPeriod = (year: number, month: number): Period => ({
  kind: 'month',
  label: `${year}-${pad(month)}`,
  from: `${year}-${pad(month)}-01`,
  to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
});

/**
 * Every period of each kind that lies within the generated school years (`first`-`first+1` … for `years`
 * years; August to July): the calendar years fully inside them, the school years, the months September–June
 * and the quarters from the first full one to the last one with school days.
 */
export function periodsOf(firstSchoolYear: number, years: number): Record<PeriodKind, Period[]> {
  const last = firstSchoolYear + years; // the calendar year the last school year ends in
  const schoolYears: Period[] = [];
  const months: Period[] = [];
  for (let y = firstSchoolYear; y < last; y++) {
    schoolYears.push({ kind: 'school-year', label: `${y}-${y + 1}`, from: `${y}-08-01`, to: `${y + 1}-07-31` });
    for (const [year, month] of [...[9, 10, 11, 12].map((m) => [y, m]), ...[1, 2, 3, 4, 5, 6].map((m) => [y + 1, m])]) {
      months.push(monthPeriod(year, month));
    }
  }
  const calendarYears: Period[] = [];
  for (let y = firstSchoolYear + 1; y < last; y++) {
    calendarYears.push({ kind: 'year', label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  }
  const quarters: Period[] = [];
  for (let y = firstSchoolYear; y <= last; y++) {
    for (let q = 1; q <= 4; q++) {
      // From the first quarter that starts after the summer of the first school year to the one of June.
      if ((y === firstSchoolYear && q < 4) || (y === last && q > 2)) continue;
      const startMonth = (q - 1) * 3 + 1;
      quarters.push({
        kind: 'quarter',
        label: `${y}-Q${q}`,
        from: `${y}-${pad(startMonth)}-01`,
        to: `${y}-${pad(startMonth + 2)}-${pad(lastDay(y, startMonth + 2))}`,
      });
    }
  }
  return { year: calendarYears, 'school-year': schoolYears, month: months, quarter: quarters };
}

/**
 * `count` periods in a fixed order: the kinds take turns (year, school year, month, quarter, year, …) and
 * within a kind the periods rotate, so every endpoint is asked for exactly the same sequence.
 */
export function periodMix(count: number, firstSchoolYear: number, years: number): Period[] {
  const all = periodsOf(firstSchoolYear, years);
  const kinds = PERIOD_KINDS.filter((k) => all[k].length > 0);
  const mix: Period[] = [];
  for (let i = 0; i < count; i++) {
    const options = all[kinds[i % kinds.length]];
    mix.push(options[Math.floor(i / kinds.length) % options.length]);
  }
  return mix;
}

/**
 * How many rows a response holds: for CSV the lines after the header; for JSON an array's length, or for an
 * object the elements of its top-level arrays added up (a dashboard's per-month, per-offer … lists).
 */
export function countRows(contentType: string, body: string): number {
  if (/csv|text\/plain/.test(contentType)) {
    const lines = body.split(/\r?\n/).filter((l) => l.length > 0);
    return Math.max(0, lines.length - 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 0;
  }
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') {
    return Object.values(value).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  }
  return 0;
}

/** A number for the tables: thousands separators, fixed decimals, '–' when unknown. */
export function fmt(n: number, digits = 0): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
}

/** Bytes as B / kB / MB (1 kB = 1 000 B). */
export function fmtBytes(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (n < 1000) return `${fmt(n)} B`;
  if (n < 1_000_000) return `${fmt(n / 1000, 1)} kB`;
  return `${fmt(n / 1_000_000, 2)} MB`;
}
