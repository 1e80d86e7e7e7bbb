import { ConflictException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed: boolean;
}

/** Stable hash of a request body (key order does not matter). */
export function bodyHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v as object)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

/**
 * Runs `work` once per (user, Idempotency-Key), inside the caller's transaction. The key row is inserted
 * first: a concurrent duplicate waits on its primary key until this transaction ends, then gets the stored
 * answer. A failure rolls the key back with everything else, so a corrected retry can use it again.
 */
export async function idempotent<T>(
  m: EntityManager,
  userId: string,
  key: string | undefined,
  hash: string,
  work: () => Promise<{ status: number; body: T }>,
): Promise<IdempotentResult<T>> {
  if (!key) return { ...(await work()), replayed: false };
  const inserted: unknown[] = await m.query(
    `INSERT INTO idempotency_key (user_id, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [userId, key, hash],
  );
  if (inserted.length === 0) {
    const [row] = await m.query(
      `SELECT request_hash, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (row.request_hash !== hash) {
      throw new ConflictException('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
    }
    if (row.status_code === null) throw new ConflictException('Dit verzoek wordt al verwerkt');
    return { status: row.status_code, body: row.response as T, replayed: true };
  }
  const result = await work();
  await m.query(`UPDATE idempotency_key SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2`, [
    userId,
    key,
    result.status,
    JSON.stringify(result.body),
  ]);
  return { ...result, replayed: false };
}
