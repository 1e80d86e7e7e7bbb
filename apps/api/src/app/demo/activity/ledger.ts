import type { Sql } from './sql';

/**
 * The credit ledger: per order its budget, per funded request a reservation at submission, and a consumption per
 * delivered (or no-show) session, inserted in time order — the trigger applies every entry to the order's counters
 * and its CHECKs refuse an overdraft.
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
                  (make_date(o.subsidy_year - 1, 9, 1 + o.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam' AS at,
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
                  $1::uuid, s.delivered_at, 2, s.key
             FROM gen_sess s JOIN gen_req r ON r.i = s.i
            WHERE r.order_id IS NOT NULL AND s.status IN ('delivered', 'no_show')) e
        ORDER BY at, prio, tie`,
    [adminId],
  );
}
