import { performance } from 'node:perf_hooks';
import type { ClientBase, QueryResult } from 'pg';

/** One timed statement of a generation run. */
export interface GenerationStep {
  name: string;
  seconds: number;
  rows: number | null;
}

/**
 * The connection a generation runs on, with its timed steps. Every statement goes through one client (one
 * transaction); `step` records the named ones for the report.
 */
export class Sql {
  readonly steps: GenerationStep[] = [];

  constructor(
    readonly client: ClientBase,
    private readonly log: (line: string) => void,
  ) {}

  query<T extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    return this.client.query<T>(sql, params);
  }

  /** The first column of the first row. */
  async value<T>(sql: string, params: unknown[] = []): Promise<T> {
    return Object.values((await this.client.query(sql, params)).rows[0] ?? {})[0] as T;
  }

  /** A statement worth reporting: its rows and time go to the log and to `steps`. */
  async step(name: string, sql: string, params: unknown[] = []): Promise<number | null> {
    const t = performance.now();
    const res = await this.client.query(sql, params);
    const rows = Array.isArray(res) ? null : res.rowCount;
    const seconds = (performance.now() - t) / 1000;
    this.steps.push({ name, seconds, rows });
    this.log(`  ${name}: ${rows === null ? '' : `${formatNumber(rows)} rows, `}${formatNumber(seconds, 2)} s`);
    return rows;
  }

  section(name: string): void {
    this.log(name);
  }
}

/** A whole number for SQL text; refuses anything else, so nothing but digits is ever spliced into a statement. */
export const int = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new Error(`expected a whole number, got ${n}`);
  return String(n);
};

/** Numbers in the log: thousands separated, a fixed number of decimals. */
export function formatNumber(n: number, digits = 0): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
}

/**
 * Deterministic "random" numbers for the session's statements: a hash of a row key and a salt (and the seed), so
 * the same seed gives the same rows whatever order PostgreSQL evaluates them in; uuids are md5s of the same keys.
 * The functions live in `pg_temp` and are inlined by the planner.
 */
export async function createRandomFunctions(sql: Sql, seed: number): Promise<void> {
  const s = int(seed);
  await sql.query(`
      CREATE FUNCTION pg_temp.rnd(k bigint, salt integer) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT (hashint8extended(k, ${s}::bigint * 1000 + salt) & 281474976710655)::float8 / 281474976710656.0 $$`);
  await sql.query(`
      CREATE FUNCTION pg_temp.pick(k bigint, salt integer, n integer) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT floor(pg_temp.rnd(k, salt) * n)::int $$`);
  await sql.query(`
      CREATE FUNCTION pg_temp.uid(kind text, k bigint) RETURNS uuid
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT md5('${s}:' || kind || ':' || k)::uuid $$`);
  // A score 1–5 around mu: triangular noise of ±2.2 points, rounded and clipped.
  await sql.query(`
      CREATE FUNCTION pg_temp.score(k bigint, salt integer, mu double precision) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT greatest(1, least(5, round(mu + (pg_temp.rnd(k, salt) + pg_temp.rnd(k, salt + 500) - 1) * 2.2)))::int $$`);
}
