import type { EntityManager } from 'typeorm';

/**
 * Records that sessions changed in a way that affects their reminders (planned, moved, cancelled,
 * staffed, delivered): bumps each session's reminder version and writes an outbox event, in the
 * caller's transaction — so the change and the intent to reschedule its reminders commit together or
 * not at all. The relay later turns the events into BullMQ jobs.
 */
export async function recordSessionChanges(
  m: Pick<EntityManager, 'query'>,
  sessionIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(sessionIds)];
  if (ids.length === 0) return;
  await m.query(`UPDATE session SET reminder_version = reminder_version + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  await m.query(`INSERT INTO outbox_event (topic, aggregate_id) SELECT 'session.changed', unnest($1::uuid[])`, [ids]);
}
