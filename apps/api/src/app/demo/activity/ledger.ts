import { orderedAt } from './orders';
import type { Sql } from './sql';

/**
 * The credit ledger: per order its budget, per funded request a reservation at submission, a consumption per
 * delivered (or no-show) session by whoever reported it, and for a rejected or cancelled request the release of its
 * reservation — or, cancelled late, its consumption. Inserted in time order: the trigger applies every entry to
 * the order's counters and its CHECKs refuse an overdraft.
 */
export async function generateLedger(sql: Sql, adminId: string | null): Promise<void> {
  sql.section('credit ledger');
  await sql.step(
    'insert ledger_entry',
    `INSERT INTO ledger_entry (order_id, kind, credits, request_id, offer_type, reason, by_user_id, at)
       SELECT order_id, kind, credits, request_id, offer_type, reason, by_user_id, at
         FROM (
           SELECT o.id AS order_id, 'budget' AS kind, o.budget AS credits, NULL::uuid AS request_id,
                  NULL::text AS offer_type, 'Budget bij bestelling' AS reason, o.user_id AS by_user_id,
                  ${orderedAt('o')} AS at,
                  0 AS prio, o.ok::bigint AS tie
             FROM gen_order o
           UNION ALL
           SELECT r.order_id, 'reserve', r.n_sessions * r.credits_per_session, r.id, r.offer_type, NULL, r.user_id,
                  r.submitted_at, 1, r.i
             FROM gen_req r WHERE r.order_id IS NOT NULL
           UNION ALL
           SELECT r.order_id, 'consume', r.credits_per_session, r.id, r.offer_type,
                  CASE WHEN s.status = 'delivered' THEN 'Sessie ' || s.seq || ' uitgevoerd'
                       ELSE 'Sessie ' || s.seq || ' niet doorgegaan (klas afwezig)' END,
                  coalesce(s.reporter, $1::uuid), s.delivered_at, 2, s.key
             FROM gen_sess s JOIN gen_req r ON r.i = s.i
            WHERE r.order_id IS NOT NULL AND s.status IN ('delivered', 'no_show')
           UNION ALL
           SELECT r.order_id, CASE WHEN r.late THEN 'consume' ELSE 'release' END, r.n_sessions * r.credits_per_session,
                  r.id, r.offer_type,
                  CASE WHEN r.late THEN 'Late annulering: ' WHEN r.fate = 'rejected' THEN 'Afgewezen: ' ELSE 'Geannuleerd: ' END
                    || r.ended_reason,
                  r.ended_by, r.ended_at, 3, r.i
             FROM gen_req r WHERE r.order_id IS NOT NULL AND r.fate IN ('cancelled', 'rejected')) e
        ORDER BY at, prio, tie`,
    [adminId],
  );
}
