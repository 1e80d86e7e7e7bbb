import { int, type Sql } from './sql';
import { CANCEL_REASONS, CHANGE_REASONS, REJECT_REASONS } from './texts';

/** What the planned requests and sessions carry of their life so far, whichever mode generated them. */
async function addLifecycleColumns(sql: Sql): Promise<void> {
  await sql.query(`
    ALTER TABLE gen_req ADD COLUMN status text, ADD COLUMN fate text, ADD COLUMN created_at timestamptz,
      ADD COLUMN approval boolean NOT NULL DEFAULT false, ADD COLUMN order_name text, ADD COLUMN gemeente_id uuid,
      ADD COLUMN planner_id uuid, ADD COLUMN approved_at timestamptz, ADD COLUMN planned_at timestamptz,
      ADD COLUMN confirmed_at timestamptz, ADD COLUMN done_at timestamptz, ADD COLUMN done_by uuid,
      ADD COLUMN closed_at timestamptz, ADD COLUMN changed_at timestamptz, ADD COLUMN change_reason text,
      ADD COLUMN ended_at timestamptz, ADD COLUMN ended_by uuid, ADD COLUMN ended_reason text,
      ADD COLUMN late boolean NOT NULL DEFAULT false`);
  await sql.query(`
    ALTER TABLE gen_sess ADD COLUMN was_planned boolean NOT NULL DEFAULT false,
      ADD COLUMN staffed boolean NOT NULL DEFAULT false, ADD COLUMN moved boolean NOT NULL DEFAULT false,
      ADD COLUMN reporter uuid, ADD COLUMN win_from date, ADD COLUMN win_to date, ADD COLUMN updated_at timestamptz`);
}

/** History: every placed request was delivered, every other one is still waiting for a planner. */
export async function settleHistory(sql: Sql): Promise<void> {
  await addLifecycleColumns(sql);
  await sql.query(
    `UPDATE gen_req SET status = CASE WHEN open THEN 'submitted' ELSE 'delivered' END, created_at = submitted_at`,
  );
  await sql.query(
    `UPDATE gen_sess s SET was_planned = NOT s.open, updated_at = coalesce(s.delivered_at, r.submitted_at)
       FROM gen_req r WHERE r.i = s.i`,
  );
}

export interface LivedInLifecycle {
  now: Date;
  /** A cancellation this many days or less before a planned session is late (and costs the credits). */
  freeCancellationDays: number;
  adminId: string | null;
}

/**
 * The current school year: each request's life up to now, as the portal would have lived it. Sessions that took
 * place are reported (30 minutes to two days after their end: the last days' ones may still wait); what is still
 * ahead is planned, confirmed, partly planned, moved back to the planner, cancelled (late when within the free
 * cancellation period) — and the requests that were never placed wait for a planner or for their gemeente's
 * approval, were rejected, cancelled, or are still a draft. Shares are by rank within each group, so every state
 * occurs once a group has a handful of requests. Sets who did what and when, and which sessions keep their staff.
 */
export async function settleLivedIn(sql: Sql, p: LivedInLifecycle): Promise<void> {
  sql.section('lifecycle');
  await addLifecycleColumns(sql);
  const now = p.now.toISOString();
  await sql.query(
    `UPDATE gen_req r SET approval = o.requires_approval, gemeente_id = o.user_id,
            order_name = o.template_name || ' ' || o.subsidy_year
       FROM gen_order o WHERE o.id = r.order_id`,
  );
  await sql.query(
    `UPDATE gen_req r SET planner_id = (
       SELECT u.id FROM app_user u JOIN user_region ur ON ur.user_id = u.id
         JOIN municipality m ON m.region_id = ur.region_id
        WHERE m.id = r.municipality_id AND u.role = 'planner' AND u.active ORDER BY u.email LIMIT 1)`,
  );
  await sql.step(
    'fates',
    `WITH agg AS (
       SELECT s.i, count(*) AS n, count(*) FILTER (WHERE s.delivered_at <= $1) AS reported,
              count(*) FILTER (WHERE s.planned_start <= $1) AS started, max(s.delivered_at) AS last_report
         FROM gen_sess s GROUP BY s.i),
     g AS (
       SELECT r.i, r.approval, a.n, a.last_report,
              CASE WHEN r.open AND r.approval THEN 'open-approval' WHEN r.open THEN 'open'
                   WHEN a.reported = a.n THEN 'done' WHEN a.started > 0 THEN 'running' ELSE 'ahead' END AS grp
         FROM gen_req r JOIN agg a ON a.i = r.i),
     q AS (
       SELECT g.*, (row_number() OVER (PARTITION BY g.grp ORDER BY pg_temp.rnd(g.i, 121), g.i) - 0.5)
                   / count(*) OVER (PARTITION BY g.grp) AS q
         FROM g)
     UPDATE gen_req r SET fate = CASE q.grp
         WHEN 'open-approval' THEN CASE WHEN q.q < 0.55 THEN 'awaiting_approval' WHEN q.q < 0.8 THEN 'approved'
                                        WHEN q.q < 0.9 THEN 'rejected' ELSE 'cancelled' END
         WHEN 'open' THEN CASE WHEN q.q < 0.72 THEN 'submitted' WHEN q.q < 0.8 THEN 'draft'
                               WHEN q.q < 0.88 THEN 'rejected' ELSE 'cancelled' END
         WHEN 'done' THEN CASE WHEN q.q < 0.3 AND q.last_report < $1::timestamptz - interval '21 days' THEN 'closed'
                               ELSE 'delivered' END
         WHEN 'running' THEN 'planned'
         ELSE CASE WHEN q.q < 0.55 THEN 'planned' WHEN q.q < 0.63 THEN 'confirmed'
                   WHEN q.q < 0.73 THEN CASE WHEN q.n > 1 THEN 'partly' WHEN q.approval THEN 'approved' ELSE 'planned' END
                   WHEN q.q < 0.8 THEN 'change_requested' WHEN q.q < 0.88 THEN 'cancelled' ELSE 'planned' END
       END
       FROM q WHERE q.i = r.i`,
    [now],
  );
  // A draft is not submitted yet: no reservation, no submission time.
  await sql.query(
    `UPDATE gen_req SET status = CASE fate WHEN 'partly' THEN 'approved' ELSE fate END,
            created_at = CASE WHEN fate = 'draft'
                              THEN $1::timestamptz - (1 + pg_temp.pick(i, 122, 10)) * interval '1 day'
                                   - pg_temp.pick(i, 44, 600) * interval '1 minute'
                              ELSE submitted_at END,
            submitted_at = CASE WHEN fate = 'draft' THEN NULL ELSE submitted_at END,
            order_id = CASE WHEN fate = 'draft' THEN NULL ELSE order_id END,
            credits_per_session = CASE WHEN fate = 'draft' THEN NULL ELSE credits_per_session END,
            approval = approval AND fate <> 'draft'`,
    [now],
  );
  await settleSessions(sql, now);
  await settleTimes(sql, p);
}

/** Each session's state from its request's fate; times only for sessions that were planned; who keeps staff. */
async function settleSessions(sql: Sql, now: string): Promise<void> {
  await sql.query(
    `UPDATE gen_sess s SET
        status = CASE
          WHEN r.fate IN ('delivered', 'closed') OR (r.fate = 'planned' AND s.delivered_at <= $1) THEN s.status
          WHEN r.fate = 'planned' THEN 'planned'
          WHEN r.fate = 'confirmed' THEN 'confirmed'
          WHEN r.fate = 'partly' AND s.seq <= r.n_sessions / 2 THEN 'planned'
          WHEN r.fate = 'change_requested' AND s.seq < r.n_sessions THEN 'planned'
          WHEN r.fate IN ('cancelled', 'rejected') THEN 'cancelled'
          ELSE 'open' END,
        was_planned = NOT s.open AND r.fate <> 'approved' AND NOT (r.fate = 'partly' AND s.seq > r.n_sessions / 2),
        moved = r.fate = 'change_requested' AND s.seq = r.n_sessions
       FROM gen_req r WHERE r.i = s.i`,
    [now],
  );
  await sql.query(
    `UPDATE gen_sess SET win_from = day + 7, win_to = day + 21 WHERE moved;
     UPDATE gen_sess SET planned_start = NULL, planned_end = NULL WHERE NOT was_planned OR moved;
     UPDATE gen_sess SET teacher = false WHERE status <> 'delivered'`,
  );
  // Far ahead, a few planned sessions still wait for their specialist.
  await sql.query(
    `UPDATE gen_sess s SET staffed = EXISTS (SELECT 1 FROM gen_assign a WHERE a.key = s.key)
            AND s.status IN ('planned', 'confirmed', 'delivered', 'no_show')
            AND NOT (s.status = 'planned' AND s.planned_start > $1::timestamptz + interval '21 days'
                     AND pg_temp.rnd(s.key, 131) < 0.3)`,
    [now],
  );
  await sql.query(`DELETE FROM gen_assign a USING gen_sess s WHERE a.key = s.key AND NOT s.staffed`);
  await sql.query(
    `UPDATE gen_sess s SET reporter = sm.user_id
       FROM gen_assign a JOIN staff_member sm ON sm.id = a.staff_id
      WHERE a.key = s.key AND a.pos = 0 AND s.status IN ('delivered', 'no_show')`,
  );
}

/** When each step happened and who took it: approvals, planning, confirmation, changes, endings, reports. */
async function settleTimes(sql: Sql, p: LivedInLifecycle): Promise<void> {
  const now = p.now.toISOString();
  const pick = (texts: readonly string[], salt: number) =>
    `(${sqlTexts(texts)})[1 + pg_temp.pick(r.i, ${int(salt)}, ${int(texts.length)})]`;
  await sql.query(
    `UPDATE gen_req r SET approved_at = greatest(r.submitted_at + interval '10 minutes',
              least(r.submitted_at + (1 + pg_temp.pick(r.i, 123, 4)) * interval '1 day'
                      + pg_temp.pick(r.i, 124, 300) * interval '1 minute',
                    $1::timestamptz - interval '1 hour'))
      WHERE r.approval AND r.fate NOT IN ('awaiting_approval', 'rejected') AND NOT (r.open AND r.fate = 'cancelled')`,
    [now],
  );
  await sql.query(
    `UPDATE gen_req r SET planned_at = greatest(coalesce(r.approved_at, r.submitted_at) + interval '1 hour',
              least(coalesce(r.approved_at, r.submitted_at) + (2 + pg_temp.pick(r.i, 125, 8)) * interval '1 day'
                      + pg_temp.pick(r.i, 126, 400) * interval '1 minute',
                    x.first_start - interval '2 days', $1::timestamptz - interval '30 minutes'))
       FROM (SELECT i, min(planned_start) AS first_start FROM gen_sess WHERE was_planned GROUP BY i) x
      WHERE x.i = r.i`,
    [now],
  );
  const between = (from: string, salt: number) =>
    `${from} + ($1::timestamptz - ${from}) * (0.3 + 0.6 * pg_temp.rnd(r.i, ${int(salt)}))`;
  await sql.query(
    `UPDATE gen_req r SET
        confirmed_at = CASE WHEN r.fate = 'confirmed' THEN greatest(r.planned_at + interval '1 minute',
                         least(r.planned_at + (1 + pg_temp.pick(r.i, 127, 3)) * interval '1 day', $1::timestamptz - interval '10 minutes')) END,
        changed_at = CASE WHEN r.fate = 'change_requested' THEN ${between('r.planned_at', 128)} END,
        change_reason = CASE WHEN r.fate = 'change_requested' THEN ${pick(CHANGE_REASONS, 132)} END,
        ended_at = CASE
          -- a planned request is cancelled in the last days: late when its first session is near
          WHEN r.fate = 'cancelled' AND r.planned_at IS NOT NULL THEN greatest(r.planned_at + interval '1 hour',
            $1::timestamptz - (0.1 + 5.9 * pg_temp.rnd(r.i, 129)) * interval '1 day')
          WHEN r.fate = 'cancelled' THEN ${between('r.submitted_at', 129)}
          WHEN r.fate = 'rejected' THEN greatest(r.submitted_at + interval '10 minutes',
            least(r.submitted_at + (1 + pg_temp.pick(r.i, 123, 4)) * interval '1 day', $1::timestamptz - interval '1 hour')) END,
        ended_by = CASE WHEN r.fate = 'cancelled' THEN r.user_id
                        WHEN r.fate = 'rejected' AND r.approval THEN r.gemeente_id
                        WHEN r.fate = 'rejected' THEN $2::uuid END,
        ended_reason = CASE WHEN r.fate = 'cancelled' THEN ${pick(CANCEL_REASONS, 133)}
                            WHEN r.fate = 'rejected' THEN ${pick(REJECT_REASONS, 134)} END`,
    [now, p.adminId],
  );
  await sql.query(
    `UPDATE gen_req r SET late = r.fate = 'cancelled' AND NOT r.open
            AND x.first_start <= r.ended_at + $1::int * interval '1 day'
       FROM (SELECT i, min(planned_start) AS first_start FROM gen_sess WHERE was_planned GROUP BY i) x
      WHERE x.i = r.i`,
    [p.freeCancellationDays],
  );
  await sql.query(
    `UPDATE gen_req r SET done_at = x.delivered_at, done_by = x.reporter,
            closed_at = CASE WHEN r.fate = 'closed' THEN x.delivered_at + (14 + pg_temp.pick(r.i, 130, 7)) * interval '1 day' END
       FROM (SELECT DISTINCT ON (i) i, delivered_at, reporter FROM gen_sess ORDER BY i, delivered_at DESC) x
      WHERE x.i = r.i AND r.fate IN ('delivered', 'closed')`,
  );
  await sql.query(
    `UPDATE gen_req r SET updated_at = greatest(r.created_at, r.submitted_at, r.approved_at, r.planned_at, r.confirmed_at,
              r.changed_at, r.ended_at, r.done_at, r.closed_at,
              (SELECT max(s.delivered_at) FROM gen_sess s WHERE s.i = r.i AND s.status IN ('delivered', 'no_show')))`,
  );
  await sql.query(
    `UPDATE gen_sess s SET updated_at = CASE
        WHEN s.status IN ('delivered', 'no_show') THEN s.delivered_at
        WHEN s.status = 'cancelled' THEN r.ended_at
        WHEN s.moved THEN r.changed_at
        WHEN s.status = 'confirmed' THEN r.confirmed_at
        ELSE coalesce(r.planned_at, r.created_at) END
       FROM gen_req r WHERE r.i = s.i`,
  );
}

/** A text array as an SQL literal (the texts are the generator's own). */
function sqlTexts(texts: readonly string[]): string {
  return `ARRAY[${texts.map((t) => `'${t.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
}
