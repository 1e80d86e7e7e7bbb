/** PostgreSQL SQLSTATE codes the API translates into 4xx answers. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_INVALID_TEXT_REPRESENTATION = '22P02';

export interface PgErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

export function pgError(error: unknown): PgErrorLike | undefined {
  const e = error as { driverError?: PgErrorLike; code?: string };
  if (e?.driverError?.code) return e.driverError;
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e as PgErrorLike;
  return undefined;
}

/** The database had no connection free in time, or refused one: the server is busy, not broken (a 503). */
export function isDatabaseBusy(error: unknown): boolean {
  const code = pgError(error)?.code;
  if (code === '53300' || code === '57P03') return true; // too many connections; the server is starting up
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(message);
}
