import { recordSessionChanges } from '@halt/api/booking';
import type { Sql } from './sql';

/**
 * Sends the sessions still ahead through the portal's own outbox (`recordSessionChanges`, in this transaction),
 * so the reminder relay schedules their reminders — and the planners' escalation of the requests still waiting —
 * exactly as for sessions planned by hand. Sessions that took place, and those of drafts or finished requests,
 * get none. Returns the number of sessions.
 */
export async function recordSessionsAhead(sql: Sql, now: Date): Promise<number> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT s.id FROM session s JOIN booking_request r ON r.id = s.request_id
      WHERE s.status IN ('open', 'planned', 'confirmed') AND (s.planned_start IS NULL OR s.planned_start > $1)
        AND r.status NOT IN ('draft', 'delivered', 'closed', 'rejected', 'cancelled')
      ORDER BY s.request_id, s.sequence`,
    [now.toISOString()],
  );
  await recordSessionChanges(
    { query: async <T>(text: string, params?: unknown[]) => (await sql.query(text, params)).rows as T },
    rows.map((r) => r.id),
  );
  return rows.length;
}
