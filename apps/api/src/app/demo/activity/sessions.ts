import type { Sql } from './sql';

/** When the session `alias` is reported: 30 minutes to two days after its end. */
export const reportedAt = (alias: string) =>
  `${alias}.planned_start + (${alias}.duration_minutes + 30 + pg_temp.pick(${alias}.key, 66, 2880)) * interval '1 minute'`;

/** Times a lesson or hearing may start at (Amsterdam time). */
export const SLOT_TIMES = ['08:30', '09:45', '11:00', '13:00', '14:15'] as const;

export interface SessionPlanInput {
  /** Share of the sessions (parent meetings aside) where the class or the pupils were not there. */
  noShowShare: number;
  /** When a parent meeting starts (Amsterdam time). */
  parentMeetingTime: string;
  teacherShare: number;
}

/**
 * Plans the sessions of every request (`gen_sess`): a lesson per class (two a day), a hearing per class for the
 * jongerenrechtbank, a weekly spreekuur series, halt-jrb as intake + spreekuren + hearing, and the parent meeting
 * a few days after the rest; each on a school day of the request's region at a fixed slot. With the outcome a
 * report would give (delivered with the pupils reached, or a no-show), the time of that report and what the
 * evaluations will be like. Unplanned requests get open sessions. Then the requests' windows around them.
 */
export async function planSessions(sql: Sql, p: SessionPlanInput): Promise<void> {
  sql.section('sessions');
  await sql.step(
    'sessions (plan)',
    `CREATE TEMP TABLE gen_sess ON COMMIT DROP AS
       WITH p AS (
         SELECT r.i, r.open, r.offer_type, r.offer_idx, r.year_idx, r.holiday_region, r.base_day, r.n_groups,
                r.series_count, r.series_n, r.slot_base, r.series_time, r.duration_minutes AS offer_duration,
                r.staff_needed AS offer_staff, r.required_skill AS offer_skill, seq, r.i * 64 + seq AS key,
                CASE
                  WHEN r.offer_type IN ('voorlichting', 'klassendialoog') AND seq <= r.n_groups THEN 'lesson'
                  WHEN r.offer_type = 'jongerenrechtbank' AND seq <= r.n_groups THEN 'hearing'
                  WHEN r.offer_type = 'schoolspreekuur' THEN 'spreekuur'
                  WHEN r.offer_type = 'halt-jrb' AND seq = 1 THEN 'intake'
                  WHEN r.offer_type = 'halt-jrb' AND seq <= r.series_count + 1 THEN 'spreekuur'
                  WHEN r.offer_type = 'halt-jrb' AND seq = r.series_count + 2 THEN 'hearing'
                  ELSE 'parent_meeting'
                END AS kind
           FROM gen_req r CROSS JOIN LATERAL generate_series(1, r.n_sessions) seq),
       q AS (
         SELECT p.*,
                CASE WHEN p.kind = 'lesson' OR (p.kind = 'hearing' AND p.offer_type = 'jongerenrechtbank')
                     THEN p.seq - 1 END AS group_pos,
                -- school days after the request's first day: two lessons a day, a spreekuur a week, the
                -- hearing after the spreekuren, the parent meeting a few days after the rest
                CASE
                  WHEN p.kind = 'lesson' THEN (p.seq - 1) / 2
                  WHEN p.kind = 'hearing' AND p.offer_type = 'jongerenrechtbank' THEN p.seq - 1
                  WHEN p.kind IN ('spreekuur', 'intake') THEN 5 * (p.seq - 1)
                  WHEN p.kind = 'hearing' THEN 5 * (p.series_count + 1)
                  WHEN p.offer_type = 'ouderbijeenkomst' THEN 0
                  WHEN p.offer_type = 'halt-jrb' THEN 5 * (p.series_count + 1) + 2
                  ELSE (p.n_groups - 1) / 2 + 2
                END AS day_offset,
                -- the school day: a series' own days, the halt-jrb hearing a week after its last spreekuur
                CASE
                  WHEN p.kind IN ('spreekuur', 'intake') THEN p.series_n[p.seq]
                  WHEN p.offer_type = 'halt-jrb' AND p.kind = 'hearing' THEN p.series_n[cardinality(p.series_n)] + 5
                  WHEN p.offer_type = 'halt-jrb' THEN p.series_n[cardinality(p.series_n)] + 7
                END AS series_day,
                CASE
                  WHEN p.kind = 'lesson' THEN ($2::time[])[1 + p.slot_base + (p.seq - 1) % 2]
                  WHEN p.kind = 'hearing' THEN ($2::time[])[1 + p.slot_base]
                  WHEN p.kind IN ('spreekuur', 'intake') THEN p.series_time
                  ELSE $3::time
                END AS start_time,
                CASE WHEN p.kind IN ('lesson', 'hearing') THEN p.offer_duration
                     WHEN p.kind IN ('spreekuur', 'intake') THEN 120 ELSE 90 END AS duration_minutes,
                CASE WHEN p.kind IN ('lesson', 'hearing') THEN p.offer_staff ELSE 1 END AS staff_needed,
                CASE WHEN p.kind IN ('lesson', 'hearing') THEN p.offer_skill
                     WHEN p.kind IN ('spreekuur', 'intake') THEN 'spreekuur' ELSE 'ouderbijeenkomst' END AS required_skill
           FROM p),
       t AS (
         SELECT q.*, d.d AS day,
                CASE WHEN q.open THEN NULL ELSE (d.d + q.start_time) AT TIME ZONE 'Europe/Amsterdam' END AS planned_start,
                CASE WHEN q.open THEN 'open'
                     WHEN q.kind <> 'parent_meeting' AND pg_temp.rnd(q.key, 60) < $1 THEN 'no_show'
                     ELSE 'delivered' END AS status
           FROM q LEFT JOIN gen_day d ON NOT q.open AND d.year_idx = q.year_idx AND d.region = q.holiday_region
                                     AND d.n = coalesce(q.series_day, q.base_day + q.day_offset))
       SELECT row_number() OVER (ORDER BY t.open, t.planned_start, t.key) AS sn, t.*,
              pg_temp.uid('session', t.key) AS id,
              t.planned_start + t.duration_minutes * interval '1 minute' AS planned_end,
              CASE WHEN t.open THEN NULL ELSE ${reportedAt('t')} END AS delivered_at,
              CASE WHEN t.open THEN NULL
                   WHEN t.status = 'no_show' THEN 0
                   WHEN t.group_pos IS NOT NULL THEN 22 + pg_temp.pick(t.i * 8 + t.group_pos, 64, 11) - pg_temp.pick(t.key, 61, 3)
                   WHEN t.kind = 'hearing' THEN 22 + pg_temp.pick(t.key, 65, 11)
                   WHEN t.kind = 'spreekuur' THEN 12 + pg_temp.pick(t.key, 62, 24)
                   WHEN t.kind = 'intake' THEN 8 + pg_temp.pick(t.key, 62, 13)
                   ELSE 15 + pg_temp.pick(t.key, 63, 46)
              END AS pupils,
              3.95 + (pg_temp.rnd(t.offer_idx, 80) - 0.5) * 0.8 + (pg_temp.rnd(t.key, 81) - 0.5) * 0.9 AS mu,
              (t.status = 'delivered' AND t.kind <> 'parent_meeting' AND pg_temp.rnd(t.key, 70) < $4) AS teacher,
              0.75 + 0.5 * pg_temp.rnd(t.key, 71) AS propensity,
              0 AS n_resp
         FROM t
        ORDER BY 1`,
    [p.noShowShare, SLOT_TIMES, p.parentMeetingTime, p.teacherShare],
  );
  await sql.query(`ALTER TABLE gen_sess ADD PRIMARY KEY (key)`);
  await sql.query(`CREATE INDEX ON gen_sess (i)`);
  await sql.query(`ANALYZE gen_sess`);
}

/** The requests' windows around their sessions (unplanned ones: from their first wanted day), and their last change. */
export async function fitWindows(sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE gen_req r
          SET window_from = CASE WHEN r.open THEN r.first_day ELSE x.first_day - pg_temp.pick(r.i, 45, 8) END,
              window_to = CASE WHEN r.open THEN r.first_day + 14 + 7 * r.n_sessions + pg_temp.pick(r.i, 46, 30)
                               ELSE x.last_day + pg_temp.pick(r.i, 46, 15) END,
              updated_at = coalesce(x.last_at, r.submitted_at)
         FROM (SELECT i, min(day) AS first_day, max(day) AS last_day, max(delivered_at) AS last_at
                 FROM gen_sess GROUP BY i) x
        WHERE x.i = r.i`,
  );
}

/** Leaves out the requests one of whose sessions found no school day (a series running past the last one). */
export async function dropUnplacedRequests(sql: Sql): Promise<void> {
  await sql.query(`DELETE FROM gen_sess WHERE i IN (SELECT i FROM gen_sess WHERE NOT open AND day IS NULL)`);
  await sql.query(`DELETE FROM gen_req r WHERE NOT EXISTS (SELECT 1 FROM gen_sess s WHERE s.i = r.i)`);
}
