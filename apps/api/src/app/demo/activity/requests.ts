import { activeFrom } from './orders';
import { int, type Sql } from './sql';

/** What the request plan needs to know. */
export interface RequestPlanInput {
  /** Sessions wanted on the placed requests (the running total of their sessions decides where to stop). */
  sessions: number;
  /** Requests still to plan, wanted in the coming months. */
  unplanned: number;
  schoolTickets: number;
  /** A request whose hash falls below the k-th threshold belongs to school year k. */
  yearThresholds: number[];
  /** The last subsidy year with orders: later requests draw on it. */
  lastOrderYear: number;
  packageShare: number;
  today: string;
  now: Date;
  /** Series on a fixed weekday, skipping days the school is closed (else: every fifth school day). */
  weeklySeries: boolean;
}

/**
 * The shape of a request (school, class level, offer, classes, series, parent meeting) from its key `i`, over a
 * `source` of (i, open, school_idx, year_idx) rows.
 */
const shape = (source: string) => `
      WITH base AS (${source}),
      lvl AS (
        SELECT b.*, s.id AS school_id, s.type AS school_type, s.municipality_id, s.region_id, s.user_id, s.holiday_region,
               CASE s.type WHEN 'PO' THEN 'po-7-8'
                           WHEN 'VO' THEN CASE WHEN pg_temp.rnd(b.i, 32) < 0.55 THEN 'vo-1-2' ELSE 'vo-3-4' END
                           WHEN 'MBO' THEN 'mbo' ELSE 'so-vso' END AS level
          FROM base b JOIN gen_school s ON s.idx = b.school_idx),
      off AS (
        SELECT l.*, f.idx AS offer_idx, f.id AS offer_id, f.type AS offer_type, f.duration_minutes, f.staff_needed,
               f.required_skill, f.parent_meeting_possible
          FROM lvl l JOIN gen_level bl ON bl.region_id = l.region_id AND bl.level = l.level
          JOIN gen_offer_ticket ot ON ot.region_id = l.region_id AND ot.level = l.level AND ot.t = pg_temp.pick(l.i, 33, bl.n)
          JOIN gen_offer f ON f.idx = ot.offer_idx),
      shaped AS (
        SELECT f.*,
               CASE WHEN f.offer_type IN ('voorlichting', 'klassendialoog') THEN 1 + floor(4 * pg_temp.rnd(f.i, 34) ^ 1.5)::int
                    WHEN f.offer_type = 'jongerenrechtbank' THEN 1 + pg_temp.pick(f.i, 34, 2)
                    ELSE 1 END AS n_groups,
               CASE WHEN f.offer_type = 'schoolspreekuur' THEN 3 + pg_temp.pick(f.i, 35, 4)
                    WHEN f.offer_type = 'halt-jrb' THEN 2 + pg_temp.pick(f.i, 35, 3)
                    ELSE 0 END AS series_count,
               (f.parent_meeting_possible AND f.offer_type <> 'ouderbijeenkomst' AND pg_temp.rnd(f.i, 36) < 0.15) AS parent_meeting
          FROM off f)
      SELECT s.*,
             CASE s.offer_type WHEN 'ouderbijeenkomst' THEN 1
                               WHEN 'schoolspreekuur' THEN s.series_count
                               WHEN 'halt-jrb' THEN s.series_count + 2
                               ELSE s.n_groups END + CASE WHEN s.parent_meeting THEN 1 ELSE 0 END AS n_sessions,
             -- school days from the first session to the last (see day_offset in the sessions' plan)
             CASE s.offer_type WHEN 'ouderbijeenkomst' THEN 0
                               WHEN 'jongerenrechtbank' THEN s.n_groups - 1
                               WHEN 'schoolspreekuur' THEN 5 * (s.series_count - 1)
                               WHEN 'halt-jrb' THEN 5 * (s.series_count + 1) + CASE WHEN s.parent_meeting THEN 2 ELSE 0 END
                               ELSE (s.n_groups - 1) / 2 + CASE WHEN s.parent_meeting THEN 2 ELSE 0 END END AS span
        FROM shaped s`;

/**
 * Plans the requests (`gen_req`): placed ones on the school days of their year, enough for the sessions wanted,
 * submitted 20–90 days before their first session; and the still unplanned ones, submitted 0–120 days ago (most
 * of them recently) and wanted in the coming months. Then their funding: a share draws on the first order of the
 * school's municipality for that year that funds the offer and the school. Returns the number of requests.
 */
export async function planRequests(sql: Sql, p: RequestPlanInput): Promise<number> {
  sql.section('requests');
  await sql.step(
    'placed requests (plan)',
    `CREATE TEMP TABLE gen_req ON COMMIT DROP AS
       WITH shaped AS (${shape(`
         SELECT g::bigint AS i, false AS open, st.school_idx,
                (SELECT count(*)::int FROM unnest($4::float8[]) c WHERE c <= pg_temp.rnd(g, 31)) AS year_idx
           FROM generate_series(1, $1::int) g
           JOIN gen_school_ticket st ON st.t = pg_temp.pick(g, 30, $2::int)`)}),
       running AS (SELECT s.*, sum(s.n_sessions) OVER (ORDER BY s.i) AS running FROM shaped s)
       SELECT r.*, pg_temp.pick(r.i, 37, y.ndays - r.span) AS base_day, d.d AS first_day,
              pg_temp.pick(r.i, 38, 4) AS slot_base,
              CASE WHEN pg_temp.rnd(r.i, 39) < 0.5 THEN time '09:00' ELSE time '13:00' END AS series_time,
              -- and at the latest a few days ago, for requests far ahead
              least(((d.d - (20 + pg_temp.pick(r.i, 40, 70))) + time '08:00' + pg_temp.pick(r.i, 41, 600) * interval '1 minute')
                      AT TIME ZONE 'Europe/Amsterdam',
                    $5::timestamptz - (1 + pg_temp.pick(r.i, 120, 20)) * interval '1 day'
                      - pg_temp.pick(r.i, 41, 600) * interval '1 minute') AS submitted_at
         FROM running r
         JOIN gen_year y ON y.year_idx = r.year_idx AND y.region = r.holiday_region
         JOIN gen_day d ON d.year_idx = r.year_idx AND d.region = r.holiday_region
                       AND d.n = pg_temp.pick(r.i, 37, y.ndays - r.span)
        WHERE r.running <= $3::int AND r.span < y.ndays`,
    [Math.ceil(p.sessions / 1.6) + 100, p.schoolTickets, p.sessions, p.yearThresholds, p.now.toISOString()],
  );
  await sql.step(
    'unplanned requests (plan)',
    `INSERT INTO gen_req
       SELECT s.*, 0::bigint AS running, NULL::integer AS base_day,
              ($3::date + 10 + pg_temp.pick(s.i, 42, 50)) AS first_day,
              pg_temp.pick(s.i, 38, 4) AS slot_base,
              CASE WHEN pg_temp.rnd(s.i, 39) < 0.5 THEN time '09:00' ELSE time '13:00' END AS series_time,
              $4::timestamptz - floor(120 * pg_temp.rnd(s.i, 43) ^ 1.7) * interval '1 day'
                    - pg_temp.pick(s.i, 44, 600) * interval '1 minute' AS submitted_at
         FROM (${shape(`
           SELECT 10000000 + g::bigint AS i, true AS open, st.school_idx, NULL::integer AS year_idx
             FROM generate_series(1, $1::int) g
             JOIN gen_school_ticket st ON st.t = pg_temp.pick(10000000 + g, 30, $2::int)`)}) s`,
    [p.unplanned, p.schoolTickets, p.today, p.now.toISOString()],
  );
  await sql.query(`
      ALTER TABLE gen_req ADD PRIMARY KEY (i),
        ADD COLUMN id uuid, ADD COLUMN order_id uuid, ADD COLUMN credits_per_session integer,
        ADD COLUMN window_from date, ADD COLUMN window_to date, ADD COLUMN updated_at timestamptz,
        ADD COLUMN series_n integer[]`);
  await sql.query(`UPDATE gen_req SET id = pg_temp.uid('request', i)`);
  await planSeries(sql, p.weeklySeries);
  await sql.query(`ANALYZE gen_req`);

  await sql.query(
    `CREATE TEMP TABLE gen_fund ON COMMIT DROP AS
       SELECT DISTINCT ON (r.i) r.i, o.id AS order_id, pto.credits
         FROM gen_req r
         JOIN gen_order o ON o.municipality_id = r.municipality_id
                         AND o.subsidy_year = least(extract(year FROM r.first_day)::int, ${int(p.lastOrderYear)})
         JOIN package_template_offer pto ON pto.template_id = o.template_id AND pto.offer_id = r.offer_id
        WHERE (o.all_schools OR EXISTS (SELECT 1 FROM gen_order_school os WHERE os.ok = o.ok AND os.school_id = r.school_id))
          AND r.submitted_at > ${activeFrom('o')}
        ORDER BY r.i, o.k`,
  );
  const requests = await sql.value<number>(`SELECT count(*)::int FROM gen_req`);
  const fundable = await sql.value<number>(`SELECT count(*)::int FROM gen_fund`);
  const fundShare = fundable ? Math.min(1, (p.packageShare * requests) / fundable) : 0;
  await sql.step(
    'funding',
    `UPDATE gen_req r SET order_id = f.order_id, credits_per_session = f.credits
         FROM gen_fund f WHERE f.i = r.i AND pg_temp.rnd(r.i, 51) < $1`,
    [fundShare],
  );
  return requests;
}

/**
 * The school days (their index in `gen_day`) of each placed series: the intake and spreekuren of a halt-jrb
 * trajectory, the spreekuren of a schoolspreekuur. Weekly: the request's weekday every week, a week skipped when
 * the school is closed that day (as the portal expands a series); else every fifth school day.
 */
async function planSeries(sql: Sql, weekly: boolean): Promise<void> {
  const length = `r.series_count + CASE WHEN r.offer_type = 'halt-jrb' THEN 1 ELSE 0 END`;
  await sql.query(
    weekly
      ? `UPDATE gen_req r SET series_n = ARRAY(
           SELECT d.n FROM generate_series(0, 3 * (${length}) + 6) w
             JOIN gen_day d ON d.year_idx = r.year_idx AND d.region = r.holiday_region AND d.d = r.first_day + 7 * w
            ORDER BY d.n LIMIT ${length})
          WHERE NOT r.open AND r.series_count > 0`
      : `UPDATE gen_req r SET series_n = ARRAY(SELECT r.base_day + 5 * k FROM generate_series(0, ${length} - 1) k)
          WHERE NOT r.open AND r.series_count > 0`,
  );
}
