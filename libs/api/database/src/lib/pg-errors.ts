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
