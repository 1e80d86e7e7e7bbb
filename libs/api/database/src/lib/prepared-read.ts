import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statement names by text; a text's name is its hash, so every replica and connection names it alike. */
const names = new Map<string, string>();
/** Texts are built from a handful of filters; past this many distinct ones a new text is hashed on each call. */
const MAX_NAMED = 500;

/** The name under which `preparedRead` runs `text`, or undefined when it has not run it (for the API benchmark). */
export function preparedStatementName(text: string): string | undefined {
  return names.get(text);
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < MAX_NAMED) names.set(text, name);
  }
  return name;
}

/**
 * A read every request (or a hot page) runs, as a named prepared statement on TypeORM's own pool (the same
 * connections and wait limit): each connection parses it once, and once PostgreSQL settles on a generic plan
 * (after five calls, when that plan is no dearer than the custom ones) it is no longer planned either. Outside any
 * transaction only: inside a unit of work use its manager. It is logged as TypeORM logs its queries, and a failure
 * is a `QueryFailedError` as from `DataSource.query`, so the error mapping (400, 409, 503) is the same.
 *
 * Named statements live on a server connection: through PgBouncer use session mode, or transaction mode from 1.21
 * with `max_prepared_statements` (docs/operations.md). A statement a migration made stale (its result columns
 * changed) runs unnamed instead of failing.
 */
export async function preparedRead<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query<T>({ name: nameOf(text), text, values })).rows;
  } catch (e) {
    if (!isStalePlan(e)) throw new QueryFailedError(text, values, e as Error);
  }
  // A migration changed what the statement returns (a column's type, a view) while this API ran: the connection's
  // prepared statement is stale, so this call (and the next on that connection, until the pool replaces it) runs
  // the text unnamed.
  try {
    return (await pool.query<T>({ text, values })).rows;
  } catch (e) {
    throw new QueryFailedError(text, values, e as Error);
  }
}

/** PostgreSQL refuses a prepared statement whose result columns changed since it was prepared (SQLSTATE 0A000). */
function isStalePlan(e: unknown): boolean {
  const error = e as { code?: string; message?: string };
  return error?.code === '0A000' && /cached plan must not change result type/.test(error.message ?? '');
}

/**
 * A `timestamptz` column as the text `Date.toISOString()` writes (UTC, milliseconds, `Z`), for reads that hand
 * times straight to a DTO: pg then parses no Date for it. NULL stays NULL.
 */
export function isoText(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
