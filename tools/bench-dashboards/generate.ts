import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { normaliseClassCode } from '@halt/domain';
import { fmt } from './stats';
import { CONTACT_NAMES, IMPROVE_TEXTS, PUPIL_TIPS, SCHOOL_NAMES, STREETS, TREND_TEXTS } from './texts';

/**
 * Fills a migrated database that has the demo seed (regions, municipalities, schools, users, offers) with
 * three school years of delivered Halt work for the dashboard benchmark (see README.md): more schools, package
 * orders of the municipalities with their credit ledger, delivered requests and sessions, class codes, about
 * a million evaluation answers with their per-session score counters, and trend answers.
 *
 * Everything is set-based SQL (INSERT … SELECT over generate_series) inside one transaction, so a failed run
 * leaves nothing behind. Choices are deterministic: every "random" value is a hash of a row key and the seed
 * (`hashint8extended`), so the same seed gives the same data whatever the plan's row order; ids are md5-based
 * uuids of the same keys. Only time stamps of the still-unplanned requests depend on today (their age is what
 * the ageing chart shows).
 */

/** The generated school years: 2023-2024, 2024-2025 and 2025-2026. */
export const FIRST_SCHOOL_YEAR = 2023;
export const SCHOOL_YEARS = 3;

export interface GenerateOptions {
  seed: number;
  /** Delivered sessions (no-shows come on top). */
  sessions: number;
  /** Evaluation answers in total (pupils, teachers and parents); sets the pupils' response rate. */
  responses: number;
  /** Schools in total, the demo schools included. */
  schools: number;
  /** Submitted requests still waiting to be planned (the ageing chart). */
  unplanned: number;
  /** Share of the requests paid from a municipality's package. */
  packageShare: number;
  /** Share of the sessions (parent meetings aside) where the class or the pupils were not there. */
  noShowShare: number;
  log: (line: string) => void;
}

export const DEFAULT_GENERATE_OPTIONS: Omit<GenerateOptions, 'log'> = {
  seed: 1,
  sessions: 45_000,
  responses: 1_000_000,
  schools: 1500,
  unplanned: 300,
  packageShare: 0.4,
  noShowShare: 0.02,
};

export interface GenerateResult {
  seconds: number;
  steps: { name: string; seconds: number; rows: number | null }[];
  /** Rows per table after the run. */
  counts: [string, number][];
  /** Realised shares and rates, as text for the report. */
  figures: [string, string][];
}

/** Weight of each offer type among the requests (split evenly over the offers of a type a class can have). */
const TYPE_WEIGHTS: Record<string, number> = {
  voorlichting: 60,
  klassendialoog: 12,
  schoolspreekuur: 8,
  jongerenrechtbank: 7,
  ouderbijeenkomst: 7,
  'halt-jrb': 6,
};

/** The scale questions (all with outcome = key) the generator writes scores for, per audience. */
const SCALE_KEYS: Record<'pupil' | 'teacher' | 'parent', string[]> = {
  pupil: ['feel_safer', 'prevent_repair', 'recommend'],
  teacher: ['feel_safer', 'prevent_repair', 'recommend', 'overall'],
  parent: ['feel_safer', 'prevent_repair', 'recommend'],
};
const TREND_KEY = 'trends';

/** Parents' response rate at a parent meeting (times a per-session propensity of 0.75–1.25). */
const PARENT_RATE = 0.45;
const TEACHER_SHARE = 0.6;
const TEACHER_TREND_SHARE = 0.4;
const PARENT_TREND_SHARE = 0.15;

/** Tables whose rows are reported (and analysed afterwards). */
const TABLES = [
  'school',
  'package_order',
  'package_order_offer',
  'package_order_school',
  'package_order_transition',
  'ledger_entry',
  'booking_request',
  'booking_group',
  'booking_window',
  'session',
  'evaluation_code',
  'evaluation_response',
  'evaluation_score',
  'evaluation_trend',
  'annual_target',
];

const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new Error(`expected a whole number, got ${n}`);
  return String(n);
};

/** Runs the generator on `url` (a migrated database with the demo seed and no sessions yet). */
export async function generate(url: string, partial: Partial<GenerateOptions> = {}): Promise<GenerateResult> {
  const o: GenerateOptions = { ...DEFAULT_GENERATE_OPTIONS, log: () => undefined, ...partial };
  const client = new Client({ connectionString: url, application_name: 'bench-dashboards-generate' });
  await client.connect();
  const steps: GenerateResult['steps'] = [];
  const started = performance.now();
  const step = async (name: string, sql: string, params: unknown[] = []): Promise<number | null> => {
    const t = performance.now();
    const res = await client.query(sql, params);
    const rows = Array.isArray(res) ? null : res.rowCount;
    const seconds = (performance.now() - t) / 1000;
    steps.push({ name, seconds, rows });
    o.log(`  ${name}: ${rows === null ? '' : `${fmt(rows)} rows, `}${fmt(seconds, 2)} s`);
    return rows;
  };
  const value = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
    Object.values((await client.query(sql, params)).rows[0] ?? {})[0] as T;

  try {
    await preflight(client);
    const currentYear = await value<number>(`SELECT extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int`);
    const lastOrderYear = Math.max(FIRST_SCHOOL_YEAR + SCHOOL_YEARS, currentYear);
    const seed = int(o.seed);

    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);

    // Deterministic "random" numbers: a hash of a row key and a salt (and the seed). Inlined by the planner.
    await client.query(`
      CREATE FUNCTION pg_temp.rnd(k bigint, salt integer) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT (hashint8extended(k, ${seed}::bigint * 1000 + salt) & 281474976710655)::float8 / 281474976710656.0 $$`);
    await client.query(`
      CREATE FUNCTION pg_temp.pick(k bigint, salt integer, n integer) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT floor(pg_temp.rnd(k, salt) * n)::int $$`);
    await client.query(`
      CREATE FUNCTION pg_temp.uid(kind text, k bigint) RETURNS uuid
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT md5('${seed}:' || kind || ':' || k)::uuid $$`);
    // A score 1–5 around mu: triangular noise of ±2.2 points, rounded and clipped.
    await client.query(`
      CREATE FUNCTION pg_temp.score(k bigint, salt integer, mu double precision) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT greatest(1, least(5, round(mu + (pg_temp.rnd(k, salt) + pg_temp.rnd(k, salt + 500) - 1) * 2.2)))::int $$`);

    o.log('schools');
    await step(
      'municipalities',
      `CREATE TEMP TABLE bench_muni ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY m.cbs_code) - 1)::int AS idx, m.id, m.name, m.region_id,
              coalesce(avg(s.latitude), 52.1) AS lat, coalesce(avg(s.longitude), 5.3) AS lon,
              coalesce(mode() WITHIN GROUP (ORDER BY s.holiday_region), 'midden') AS holiday_region
         FROM municipality m LEFT JOIN school s ON s.municipality_id = m.id
        GROUP BY m.id, m.cbs_code, m.name, m.region_id`,
    );
    const existingSchools = await value<number>(`SELECT count(*)::int FROM school`);
    const names = SCHOOL_NAMES;
    await step(
      'insert school',
      `INSERT INTO school (id, name, brin, type, street, postcode, city, latitude, longitude, municipality_id, holiday_region)
       SELECT pg_temp.uid('school', g),
              CASE t.type
                WHEN 'PO' THEN ($2::text[])[1 + pg_temp.pick(g, 11, cardinality($2::text[]))] || ' '
                               || ($3::text[])[1 + pg_temp.pick(g, 12, cardinality($3::text[]))]
                WHEN 'VO' THEN ($4::text[])[1 + pg_temp.pick(g, 12, cardinality($4::text[]))] || ' ' || m.name
                WHEN 'MBO' THEN ($5::text[])[1 + pg_temp.pick(g, 12, cardinality($5::text[]))] || ' ' || m.name
                ELSE t.type || ' ' || ($6::text[])[1 + pg_temp.pick(g, 12, cardinality($6::text[]))]
              END || ' ' || ($7::text[])[1 + pg_temp.pick(g, 13, cardinality($7::text[]))],
              lpad((g % 90)::text, 2, '0') || chr(65 + (g / 90) % 26) || chr(65 + (g / 2340) % 26)
                || lpad(((g / 60840) % 100)::text, 2, '0'),
              t.type,
              ($8::text[])[1 + pg_temp.pick(g, 14, cardinality($8::text[]))] || ' ' || (1 + pg_temp.pick(g, 15, 180)),
              (1000 + pg_temp.pick(g, 16, 8999))::text || ' ' || chr(65 + pg_temp.pick(g, 17, 26)) || chr(65 + pg_temp.pick(g, 18, 26)),
              m.name,
              least(53.55, greatest(50.75, m.lat + (pg_temp.rnd(g, 19) - 0.5) * 0.12)),
              least(7.25, greatest(3.35, m.lon + (pg_temp.rnd(g, 20) - 0.5) * 0.18)),
              m.id, m.holiday_region
         FROM generate_series(1, $1::int) g
        CROSS JOIN LATERAL (
              SELECT CASE WHEN r < 0.55 THEN 'PO' WHEN r < 0.85 THEN 'VO' WHEN r < 0.92 THEN 'MBO'
                          WHEN r < 0.96 THEN 'SO' ELSE 'VSO' END AS type
                FROM (SELECT pg_temp.rnd(g, 10) AS r) x) t
         JOIN bench_muni m ON m.idx = pg_temp.pick(g, 21, (SELECT count(*)::int FROM bench_muni))
       ON CONFLICT (brin) DO NOTHING`,
      [
        Math.max(0, o.schools - existingSchools),
        names.poPrefixes,
        names.po,
        names.vo,
        names.mbo,
        names.so,
        names.districts,
        STREETS,
      ],
    );
    // Requests are spread over the schools by weight: the demo schools (the ones with a log-in) are big ones.
    await step(
      'schools and their weights',
      `CREATE TEMP TABLE bench_school ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY s.brin) - 1)::int AS idx, s.id, s.type, s.municipality_id,
              (SELECT u.id FROM app_user u WHERE u.school_id = s.id AND u.role = 'school' ORDER BY u.email LIMIT 1) AS user_id
         FROM school s`,
    );
    await client.query(`ALTER TABLE bench_school ADD PRIMARY KEY (idx)`);
    await step(
      'school tickets',
      `CREATE TEMP TABLE bench_school_ticket ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY s.idx, t) - 1)::int AS t, s.idx AS school_idx
         FROM bench_school s
        CROSS JOIN LATERAL generate_series(1, CASE
                WHEN s.user_id IS NOT NULL THEN 24
                WHEN s.type = 'PO' THEN 3 + pg_temp.pick(s.idx, 22, 6)
                WHEN s.type = 'VO' THEN 6 + pg_temp.pick(s.idx, 22, 9)
                WHEN s.type = 'MBO' THEN 8 + pg_temp.pick(s.idx, 22, 9)
                ELSE 2 + pg_temp.pick(s.idx, 22, 4) END) t`,
    );
    await client.query(`ALTER TABLE bench_school_ticket ADD PRIMARY KEY (t)`);
    const schoolTickets = await value<number>(`SELECT count(*)::int FROM bench_school_ticket`);

    o.log('catalogue, calendar and forms');
    await client.query(
      `CREATE TEMP TABLE bench_offer ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY o.code) - 1)::int AS idx, o.id, o.type, o.levels, o.duration_minutes,
              o.staff_needed, o.required_skill, o.parent_meeting_possible
         FROM offer o WHERE o.active`,
    );
    await client.query(
      `CREATE TEMP TABLE bench_offer_ticket ON COMMIT DROP AS
       WITH per_level AS (
         SELECT l.level, o.idx, o.type, count(*) OVER (PARTITION BY l.level, o.type) AS same_type
           FROM bench_offer o CROSS JOIN unnest(o.levels) AS l(level))
       SELECT p.level, (row_number() OVER (PARTITION BY p.level ORDER BY p.idx, t) - 1)::int AS t, p.idx AS offer_idx
         FROM per_level p
         JOIN jsonb_each_text($1::jsonb) w(type, weight) ON w.type = p.type
        CROSS JOIN LATERAL generate_series(1, greatest(1, round(w.weight::numeric * 100 / p.same_type)::int)) t`,
      [JSON.stringify(TYPE_WEIGHTS)],
    );
    await client.query(`ALTER TABLE bench_offer_ticket ADD PRIMARY KEY (level, t)`);
    await client.query(
      `CREATE TEMP TABLE bench_level ON COMMIT DROP AS SELECT level, count(*)::int AS n FROM bench_offer_ticket GROUP BY level`,
    );
    // School days, roughly: Monday–Friday from 16 August to 30 June, without Christmas and the May holiday.
    await client.query(
      `CREATE TEMP TABLE bench_day ON COMMIT DROP AS
       SELECT y AS year_idx, (row_number() OVER (PARTITION BY y ORDER BY d) - 1)::int AS n, d::date AS d
         FROM generate_series(0, ${int(SCHOOL_YEARS - 1)}) y
        CROSS JOIN LATERAL generate_series(make_date(${int(FIRST_SCHOOL_YEAR)} + y, 8, 16),
                                           make_date(${int(FIRST_SCHOOL_YEAR + 1)} + y, 6, 30), interval '1 day') d
        WHERE extract(isodow FROM d) < 6
          AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) >= 22)
          AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) <= 2)
          AND NOT (d::date BETWEEN make_date(${int(FIRST_SCHOOL_YEAR + 1)} + y, 4, 27)
                               AND make_date(${int(FIRST_SCHOOL_YEAR + 1)} + y, 5, 5))`,
    );
    await client.query(`ALTER TABLE bench_day ADD PRIMARY KEY (year_idx, n)`);
    await client.query(
      `CREATE TEMP TABLE bench_year ON COMMIT DROP AS SELECT year_idx, count(*)::int AS ndays FROM bench_day GROUP BY year_idx`,
    );
    await client.query(
      `CREATE TEMP TABLE bench_form ON COMMIT DROP AS
       SELECT DISTINCT ON (audience, offer_type) audience, offer_type, id, questions
         FROM evaluation_form ORDER BY audience, offer_type, version DESC`,
    );
    await checkForms(client);

    o.log('package orders');
    await client.query(
      `CREATE TEMP TABLE bench_order ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY m.idx, y, k.k))::int AS ok, m.id AS municipality_id, y AS subsidy_year,
              k.k, t.id AS template_id, t.name AS template_name, t.default_credits,
              (k.k = 0 AND m.idx % 2 = 0) AS all_schools,
              (SELECT u.id FROM app_user u WHERE u.municipality_id = m.id AND u.role = 'gemeente' ORDER BY u.email LIMIT 1) AS user_id,
              NULL::uuid AS id, NULL::integer AS budget
         FROM bench_muni m
        CROSS JOIN generate_series(${int(FIRST_SCHOOL_YEAR)}, ${int(lastOrderYear)}) y
        CROSS JOIN (VALUES (0), (1)) k(k)
         JOIN package_template t ON t.code = CASE WHEN k.k = 0 THEN 'basispakket-voorlichtingen'
                                                  WHEN m.idx % 2 = 0 THEN 'preventie-met-gezag'
                                                  ELSE 'halt-jrb-traject' END`,
    );
    await client.query(`UPDATE bench_order SET id = pg_temp.uid('order', ok)`);
    await client.query(`ALTER TABLE bench_order ADD PRIMARY KEY (ok)`);
    await client.query(
      `CREATE TEMP TABLE bench_order_school ON COMMIT DROP AS
       SELECT o.ok, o.id AS order_id, s.id AS school_id
         FROM bench_order o JOIN bench_school s ON s.municipality_id = o.municipality_id
        WHERE NOT o.all_schools AND pg_temp.rnd(o.ok::bigint * 1000000 + s.idx, 50) < 0.75`,
    );
    await client.query(`ALTER TABLE bench_order_school ADD PRIMARY KEY (ok, school_id)`);

    o.log('requests');
    const totalSessions = Math.round(o.sessions / (1 - o.noShowShare));
    // The shape of a request (school, class level, offer, classes, series, parent meeting) from its key `i`.
    const shape = (source: string) => `
      WITH base AS (${source}),
      lvl AS (
        SELECT b.*, s.id AS school_id, s.type AS school_type, s.municipality_id, s.user_id,
               CASE s.type WHEN 'PO' THEN 'po-7-8'
                           WHEN 'VO' THEN CASE WHEN pg_temp.rnd(b.i, 32) < 0.55 THEN 'vo-1-2' ELSE 'vo-3-4' END
                           WHEN 'MBO' THEN 'mbo' ELSE 'so-vso' END AS level
          FROM base b JOIN bench_school s ON s.idx = b.school_idx),
      off AS (
        SELECT l.*, f.idx AS offer_idx, f.id AS offer_id, f.type AS offer_type, f.duration_minutes, f.staff_needed,
               f.required_skill, f.parent_meeting_possible
          FROM lvl l JOIN bench_level bl ON bl.level = l.level
          JOIN bench_offer_ticket ot ON ot.level = l.level AND ot.t = pg_temp.pick(l.i, 33, bl.n)
          JOIN bench_offer f ON f.idx = ot.offer_idx),
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
    // Delivered requests: enough of them for the sessions wanted (the running total decides where to stop).
    await step(
      'delivered requests (plan)',
      `CREATE TEMP TABLE bench_req ON COMMIT DROP AS
       WITH shaped AS (${shape(`
         SELECT g::bigint AS i, false AS open, st.school_idx,
                CASE WHEN pg_temp.rnd(g, 31) < 0.30 THEN 0 WHEN pg_temp.rnd(g, 31) < 0.63 THEN 1 ELSE 2 END AS year_idx
           FROM generate_series(1, $1::int) g
           JOIN bench_school_ticket st ON st.t = pg_temp.pick(g, 30, $2::int)`)}),
       running AS (SELECT s.*, sum(s.n_sessions) OVER (ORDER BY s.i) AS running FROM shaped s)
       SELECT r.*, pg_temp.pick(r.i, 37, y.ndays - r.span) AS base_day, d.d AS first_day,
              pg_temp.pick(r.i, 38, 4) AS slot_base,
              CASE WHEN pg_temp.rnd(r.i, 39) < 0.5 THEN time '09:00' ELSE time '13:00' END AS series_time,
              ((d.d - (20 + pg_temp.pick(r.i, 40, 70))) + time '08:00' + pg_temp.pick(r.i, 41, 600) * interval '1 minute')
                AT TIME ZONE 'Europe/Amsterdam' AS submitted_at
         FROM running r
         JOIN bench_year y ON y.year_idx = r.year_idx
         JOIN bench_day d ON d.year_idx = r.year_idx AND d.n = pg_temp.pick(r.i, 37, y.ndays - r.span)
        WHERE r.running <= $3::int`,
      [Math.ceil(totalSessions / 1.6) + 100, schoolTickets, totalSessions],
    );
    // Still unplanned: submitted 0–120 days ago (most of them recently), wanted in the coming months.
    await step(
      'unplanned requests (plan)',
      `INSERT INTO bench_req
       SELECT s.*, 0::bigint AS running, NULL::integer AS base_day,
              ((now() AT TIME ZONE 'Europe/Amsterdam')::date + 10 + pg_temp.pick(s.i, 42, 50)) AS first_day,
              pg_temp.pick(s.i, 38, 4) AS slot_base,
              CASE WHEN pg_temp.rnd(s.i, 39) < 0.5 THEN time '09:00' ELSE time '13:00' END AS series_time,
              now() - floor(120 * pg_temp.rnd(s.i, 43) ^ 1.7) * interval '1 day'
                    - pg_temp.pick(s.i, 44, 600) * interval '1 minute' AS submitted_at
         FROM (${shape(`
           SELECT 10000000 + g::bigint AS i, true AS open, st.school_idx, NULL::integer AS year_idx
             FROM generate_series(1, $1::int) g
             JOIN bench_school_ticket st ON st.t = pg_temp.pick(10000000 + g, 30, $2::int)`)}) s`,
      [o.unplanned, schoolTickets],
    );
    await client.query(`
      ALTER TABLE bench_req ADD PRIMARY KEY (i),
        ADD COLUMN id uuid, ADD COLUMN order_id uuid, ADD COLUMN credits_per_session integer,
        ADD COLUMN window_from date, ADD COLUMN window_to date, ADD COLUMN updated_at timestamptz`);
    await client.query(`UPDATE bench_req SET id = pg_temp.uid('request', i)`);
    await client.query(`ANALYZE bench_req`);

    // Funding: the first order of the school's municipality for that year that funds the offer and the school.
    await client.query(
      `CREATE TEMP TABLE bench_fund ON COMMIT DROP AS
       SELECT DISTINCT ON (r.i) r.i, o.id AS order_id, pto.credits
         FROM bench_req r
         JOIN bench_order o ON o.municipality_id = r.municipality_id
                           AND o.subsidy_year = least(extract(year FROM r.first_day)::int, ${int(lastOrderYear)})
         JOIN package_template_offer pto ON pto.template_id = o.template_id AND pto.offer_id = r.offer_id
        WHERE o.all_schools OR EXISTS (SELECT 1 FROM bench_order_school os WHERE os.ok = o.ok AND os.school_id = r.school_id)
        ORDER BY r.i, o.k`,
    );
    const requests = await value<number>(`SELECT count(*)::int FROM bench_req`);
    const fundable = await value<number>(`SELECT count(*)::int FROM bench_fund`);
    const fundShare = fundable ? Math.min(1, (o.packageShare * requests) / fundable) : 0;
    await step(
      'funding',
      `UPDATE bench_req r SET order_id = f.order_id, credits_per_session = f.credits
         FROM bench_fund f WHERE f.i = r.i AND pg_temp.rnd(r.i, 51) < $1`,
      [fundShare],
    );

    o.log('sessions');
    await step(
      'sessions (plan)',
      `CREATE TEMP TABLE bench_sess ON COMMIT DROP AS
       WITH p AS (
         SELECT r.i, r.open, r.offer_type, r.offer_idx, r.year_idx, r.base_day, r.n_groups, r.series_count,
                r.slot_base, r.series_time, r.duration_minutes AS offer_duration, r.staff_needed AS offer_staff,
                r.required_skill AS offer_skill, seq, r.i * 64 + seq AS key,
                CASE
                  WHEN r.offer_type IN ('voorlichting', 'klassendialoog') AND seq <= r.n_groups THEN 'lesson'
                  WHEN r.offer_type = 'jongerenrechtbank' AND seq <= r.n_groups THEN 'hearing'
                  WHEN r.offer_type = 'schoolspreekuur' THEN 'spreekuur'
                  WHEN r.offer_type = 'halt-jrb' AND seq = 1 THEN 'intake'
                  WHEN r.offer_type = 'halt-jrb' AND seq <= r.series_count + 1 THEN 'spreekuur'
                  WHEN r.offer_type = 'halt-jrb' AND seq = r.series_count + 2 THEN 'hearing'
                  ELSE 'parent_meeting'
                END AS kind
           FROM bench_req r CROSS JOIN LATERAL generate_series(1, r.n_sessions) seq),
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
                CASE
                  WHEN p.kind = 'lesson' THEN ('{08:30,09:45,11:00,13:00,14:15}'::time[])[1 + p.slot_base + (p.seq - 1) % 2]
                  WHEN p.kind = 'hearing' THEN ('{08:30,09:45,11:00,13:00,14:15}'::time[])[1 + p.slot_base]
                  WHEN p.kind IN ('spreekuur', 'intake') THEN p.series_time
                  ELSE time '19:30'
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
           FROM q LEFT JOIN bench_day d ON NOT q.open AND d.year_idx = q.year_idx AND d.n = q.base_day + q.day_offset)
       SELECT row_number() OVER (ORDER BY t.open, t.planned_start, t.key) AS sn, t.*,
              pg_temp.uid('session', t.key) AS id,
              t.planned_start + t.duration_minutes * interval '1 minute' AS planned_end,
              CASE WHEN t.open THEN NULL
                   ELSE t.planned_start + (t.duration_minutes + 30 + pg_temp.pick(t.key, 66, 2880)) * interval '1 minute'
              END AS delivered_at,
              CASE WHEN t.open THEN NULL
                   WHEN t.status = 'no_show' THEN 0
                   WHEN t.group_pos IS NOT NULL THEN 22 + pg_temp.pick(t.i * 8 + t.group_pos, 64, 11) - pg_temp.pick(t.key, 61, 3)
                   WHEN t.kind = 'hearing' THEN 22 + pg_temp.pick(t.key, 65, 11)
                   WHEN t.kind = 'spreekuur' THEN 12 + pg_temp.pick(t.key, 62, 24)
                   WHEN t.kind = 'intake' THEN 8 + pg_temp.pick(t.key, 62, 13)
                   ELSE 15 + pg_temp.pick(t.key, 63, 46)
              END AS pupils,
              3.95 + (pg_temp.rnd(t.offer_idx, 80) - 0.5) * 0.8 + (pg_temp.rnd(t.key, 81) - 0.5) * 0.9 AS mu,
              (t.status = 'delivered' AND t.kind <> 'parent_meeting' AND pg_temp.rnd(t.key, 70) < ${TEACHER_SHARE}) AS teacher,
              0.75 + 0.5 * pg_temp.rnd(t.key, 71) AS propensity,
              0 AS n_resp
         FROM t
        ORDER BY 1`,
      [o.noShowShare],
    );
    await client.query(`ALTER TABLE bench_sess ADD PRIMARY KEY (key)`);
    await client.query(`CREATE INDEX ON bench_sess (i)`);
    await client.query(`ANALYZE bench_sess`);
    await client.query(
      `UPDATE bench_req r
          SET window_from = CASE WHEN r.open THEN r.first_day ELSE x.first_day - pg_temp.pick(r.i, 45, 8) END,
              window_to = CASE WHEN r.open THEN r.first_day + 14 + 7 * r.n_sessions + pg_temp.pick(r.i, 46, 30)
                               ELSE x.last_day + pg_temp.pick(r.i, 46, 15) END,
              updated_at = coalesce(x.last_at, r.submitted_at)
         FROM (SELECT i, min(day) AS first_day, max(day) AS last_day, max(delivered_at) AS last_at
                 FROM bench_sess GROUP BY i) x
        WHERE x.i = r.i`,
    );

    o.log('insert orders, requests and sessions');
    await client.query(
      `UPDATE bench_order o
          SET budget = CASE WHEN x.credits > 0 THEN ceil(x.credits * (1.1 + 0.25 * pg_temp.rnd(o.ok, 52)))::int + 5
                            ELSE o.default_credits END
         FROM (SELECT o2.ok, coalesce(sum(r.n_sessions * r.credits_per_session), 0) AS credits
                 FROM bench_order o2 LEFT JOIN bench_req r ON r.order_id = o2.id GROUP BY o2.ok) x
        WHERE x.ok = o.ok`,
    );
    const orderNumber = Number(await value<string>(`SELECT nextval('package_order_number_seq')`));
    await step(
      'insert package_order',
      `INSERT INTO package_order (id, reference, municipality_id, template_id, name, subsidy_year, status,
                                  requires_approval, all_schools, order_deadline, created_by, created_at, updated_at)
       SELECT o.id, 'PK-' || o.subsidy_year || '-' || lpad(($1::int + o.ok - 1)::text, greatest(5, length(($1::int + o.ok - 1)::text)), '0'),
              o.municipality_id, o.template_id, o.template_name || ' ' || o.subsidy_year, o.subsidy_year,
              CASE WHEN o.subsidy_year < ${int(currentYear)} THEN 'closed' ELSE 'active' END,
              false, o.all_schools, make_date(o.subsidy_year - 1, 12, 1), o.user_id,
              (make_date(o.subsidy_year - 1, 9, 1 + o.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam',
              (make_date(o.subsidy_year - 1, 9, 1 + o.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam'
         FROM bench_order o ORDER BY o.ok`,
      [orderNumber],
    );
    await client.query(`SELECT setval('package_order_number_seq', $1::bigint)`, [
      orderNumber + (await value<number>(`SELECT count(*)::int FROM bench_order`)) - 1,
    ]);
    await step(
      'insert package_order_offer',
      `INSERT INTO package_order_offer (order_id, offer_id, credits)
       SELECT o.id, pto.offer_id, pto.credits FROM bench_order o JOIN package_template_offer pto ON pto.template_id = o.template_id`,
    );
    await step(
      'insert package_order_school',
      `INSERT INTO package_order_school (order_id, school_id) SELECT order_id, school_id FROM bench_order_school`,
    );
    const adminId = await value<string | null>(
      `SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY email LIMIT 1`,
    );
    await step(
      'insert package_order_transition',
      `INSERT INTO package_order_transition (order_id, from_state, to_state, event, by_user_id, reason, at)
       SELECT o.id, e.from_state, e.to_state, e.event,
              CASE WHEN e.actor = 'gemeente' THEN o.user_id WHEN e.actor = 'admin' THEN $1::uuid END, e.reason,
              ((make_date(o.subsidy_year - 1, 9, 1 + o.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam') + e.delay
         FROM bench_order o
        CROSS JOIN (VALUES
          (1, NULL, 'draft', 'create', 'gemeente', NULL, interval '0'),
          (2, 'draft', 'ordered', 'order', 'gemeente', NULL, interval '1 day'),
          (3, 'ordered', 'accepted', 'accept', 'admin', NULL, interval '8 days'),
          (4, 'accepted', 'active', 'activate', NULL, 'Automatisch actief na acceptatie door Halt', interval '8 days'),
          (5, 'active', 'closed', 'close', 'admin', NULL, interval '16 months')) e(n, from_state, to_state, event, actor, reason, delay)
        WHERE e.n < 5 OR o.subsidy_year < ${int(currentYear)}
        ORDER BY o.ok, e.n`,
      [adminId],
    );

    const requestNumber = Number(await value<string>(`SELECT nextval('booking_request_number_seq')`));
    await step(
      'insert booking_request',
      `INSERT INTO booking_request (id, reference, school_id, offer_id, status, location, contact_name, contact_email,
                                    interpreter, interpreter_language, online_parent_meeting, parent_meeting, funding,
                                    package_order_id, package_credits, series, late_cancellation, created_by,
                                    submitted_at, created_at, updated_at)
       SELECT r.id,
              'AV-' || to_char(r.submitted_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-'
                || lpad(n::text, greatest(6, length(n::text)), '0'),
              r.school_id, r.offer_id, CASE WHEN r.open THEN 'submitted' ELSE 'delivered' END,
              CASE WHEN r.offer_type = 'ouderbijeenkomst' THEN 'Aula' ELSE 'Lokaal ' || (1 + pg_temp.pick(r.i, 47, 40)) END,
              ($2::text[])[1 + pg_temp.pick(r.i, 48, cardinality($2::text[]))],
              coalesce(u.email, 'contact@school' || r.school_idx || '.school.example'),
              r.parent_meeting AND pg_temp.rnd(r.i, 49) < 0.1,
              CASE WHEN r.parent_meeting AND pg_temp.rnd(r.i, 49) < 0.1 THEN 'Arabisch' END,
              false, r.parent_meeting,
              CASE WHEN r.order_id IS NULL THEN 'school' ELSE 'package' END,
              r.order_id, r.n_sessions * r.credits_per_session,
              CASE WHEN r.offer_type IN ('schoolspreekuur', 'halt-jrb') THEN
                jsonb_build_object('frequency', 'weekly', 'count', r.series_count,
                                   'weekday', extract(isodow FROM r.first_day)::int, 'time', to_char(r.series_time, 'HH24:MI'))
                || CASE WHEN r.offer_type = 'halt-jrb' THEN '{"hearings": 1}'::jsonb ELSE '{}'::jsonb END
              END,
              false, r.user_id, r.submitted_at, r.submitted_at, r.updated_at
         FROM (SELECT r.*, $1::bigint + row_number() OVER (ORDER BY r.submitted_at, r.i) - 1 AS n FROM bench_req r) r
         LEFT JOIN app_user u ON u.id = r.user_id
        ORDER BY r.n`,
      [requestNumber, CONTACT_NAMES],
    );
    await client.query(`SELECT setval('booking_request_number_seq', $1::bigint)`, [requestNumber + requests - 1]);
    await step(
      'insert booking_group',
      `INSERT INTO booking_group (id, request_id, position, name, level, pupil_count)
       SELECT pg_temp.uid('group', r.i * 8 + p), r.id, p,
              CASE r.level WHEN 'po-7-8' THEN 'Groep 8'
                           WHEN 'vo-1-2' THEN (1 + pg_temp.pick(r.i, 53, 2))::text
                           WHEN 'vo-3-4' THEN (3 + pg_temp.pick(r.i, 53, 2))::text
                           WHEN 'mbo' THEN 'MBO-' || (2 + pg_temp.pick(r.i, 53, 3)) || ' '
                           ELSE 'Klas ' END || chr(65 + p),
              r.level, 22 + pg_temp.pick(r.i * 8 + p, 64, 11)
         FROM bench_req r CROSS JOIN LATERAL generate_series(0, r.n_groups - 1) p
        ORDER BY r.i, p`,
    );
    await step(
      'insert booking_window',
      `INSERT INTO booking_window (id, request_id, position, from_date, to_date, weekdays, earliest, latest)
       SELECT pg_temp.uid('window', r.i), r.id, 0, r.window_from, r.window_to, '{1,2,3,4,5}', '08:30',
              CASE WHEN r.parent_meeting OR r.offer_type = 'ouderbijeenkomst' THEN time '21:00' ELSE time '16:00' END
         FROM bench_req r ORDER BY r.i`,
    );
    await step(
      'insert session',
      `INSERT INTO session (id, request_id, sequence, kind, group_id, status, duration_minutes, staff_needed,
                            required_skill, window_from, window_to, proposed_start, planned_start, planned_end,
                            ics_sequence, pupils_reached, delivered_at, delivered_on, parent_token, created_at, updated_at)
       SELECT s.id, r.id, s.seq, s.kind,
              CASE WHEN s.group_pos IS NOT NULL THEN pg_temp.uid('group', s.i * 8 + s.group_pos) END,
              s.status, s.duration_minutes, s.staff_needed, s.required_skill,
              CASE WHEN s.kind IN ('spreekuur', 'intake') AND NOT s.open THEN s.day ELSE r.window_from END,
              CASE WHEN s.kind IN ('spreekuur', 'intake') AND NOT s.open THEN s.day ELSE r.window_to END,
              CASE WHEN s.kind IN ('spreekuur', 'intake') THEN s.planned_start END,
              s.planned_start, s.planned_end, CASE WHEN s.open THEN 0 ELSE 1 END,
              s.pupils, s.delivered_at, s.day,
              -- 32 characters, like the portal's randomBytes(24).toString('base64url')
              CASE WHEN s.kind = 'parent_meeting' THEN md5('${seed}:pt:' || s.key) END,
              r.submitted_at, coalesce(s.delivered_at, r.submitted_at)
         FROM bench_sess s JOIN bench_req r ON r.i = s.i
        ORDER BY s.sn`,
    );

    o.log('evaluations');
    // Pupils' response rate: chosen (by bisection) so that all answers together come to --responses.
    const sums = (
      await client.query<{ teachers: string; parents: string }>(
        `SELECT count(*) FILTER (WHERE teacher) AS teachers,
                coalesce(sum(round(pupils * least(1.0, ${PARENT_RATE} * propensity))) FILTER (
                  WHERE status = 'delivered' AND kind = 'parent_meeting'), 0) AS parents
           FROM bench_sess`,
      )
    ).rows[0];
    const pupilTarget = Math.max(0, o.responses - Number(sums.teachers) - Number(sums.parents));
    const pupilAnswers = async (rate: number) =>
      Number(
        await value<string>(
          `SELECT coalesce(sum(round(pupils * least(1.0, $1 * propensity))), 0)
             FROM bench_sess WHERE status = 'delivered' AND kind <> 'parent_meeting'`,
          [rate],
        ),
      );
    let lo = 0;
    let hi = 1 / 0.75; // every propensity ≥ 0.75, so this rate answers for every pupil
    for (let k = 0; k < 30 && hi - lo > 1e-6; k++) {
      const mid = (lo + hi) / 2;
      if ((await pupilAnswers(mid)) < pupilTarget) lo = mid;
      else hi = mid;
    }
    await client.query(
      `UPDATE bench_sess
          SET n_resp = round(pupils * least(1.0, CASE WHEN kind = 'parent_meeting' THEN ${PARENT_RATE} ELSE $1 END * propensity))
        WHERE status = 'delivered'`,
      [hi],
    );
    await step(
      'insert evaluation_response (pupils)',
      `INSERT INTO evaluation_response (session_id, form_id, audience, submitted_on, scores, answers)
       SELECT s.id, f.id, 'pupil',
              s.day + CASE WHEN pg_temp.rnd(x.k, 90) < 0.75 THEN 0 WHEN pg_temp.rnd(x.k, 90) < 0.92 THEN 1
                           ELSE 2 + pg_temp.pick(x.k, 91, 6) END,
              jsonb_build_object('feel_safer', pg_temp.score(x.k, 100, s.mu - 0.25),
                                 'prevent_repair', pg_temp.score(x.k, 101, s.mu),
                                 'recommend', pg_temp.score(x.k, 102, s.mu + 0.1)),
              CASE WHEN pg_temp.rnd(x.k, 92) < 0.12
                   THEN jsonb_build_object('tip', ($1::text[])[1 + pg_temp.pick(x.k, 93, cardinality($1::text[]))])
                   ELSE '{}'::jsonb END
         FROM bench_sess s
         JOIN bench_form f ON f.audience = 'pupil' AND f.offer_type = s.offer_type
        CROSS JOIN LATERAL generate_series(1, s.n_resp) j
        CROSS JOIN LATERAL (SELECT s.key * 4096 + j AS k) x
        WHERE s.status = 'delivered' AND s.kind <> 'parent_meeting' AND s.n_resp > 0`,
      [PUPIL_TIPS],
    );
    // Teachers (one per session, on ~60 %) and parents; their trend answers go to the trend journal too.
    const others = await value<number>(
      `SELECT (count(*) FILTER (WHERE teacher) + coalesce(sum(n_resp) FILTER (WHERE kind = 'parent_meeting'), 0))::int
         FROM bench_sess WHERE status = 'delivered'`,
    );
    await step(
      `insert evaluation_response (${fmt(others)} of teachers and parents), rows = their evaluation_trend`,
      `WITH answers AS (
         SELECT s.sn, 0 AS part, s.id AS session_id, f.id AS form_id, 'teacher' AS audience,
                s.day + CASE WHEN pg_temp.rnd(x.k, 90) < 0.5 THEN 0 ELSE 1 + pg_temp.pick(x.k, 91, 12) END AS submitted_on,
                jsonb_build_object('feel_safer', pg_temp.score(x.k, 100, s.mu),
                                   'prevent_repair', pg_temp.score(x.k, 101, s.mu + 0.1),
                                   'recommend', pg_temp.score(x.k, 102, s.mu + 0.2),
                                   'overall', pg_temp.score(x.k, 103, s.mu + 0.3)) AS scores,
                jsonb_strip_nulls(jsonb_build_object(
                  'trends', CASE WHEN pg_temp.rnd(x.k, 94) < ${TEACHER_TREND_SHARE}
                                 THEN ($1::text[])[1 + pg_temp.pick(x.k, 95, cardinality($1::text[]))] END,
                  'improve', CASE WHEN pg_temp.rnd(x.k, 96) < 0.2
                                  THEN ($2::text[])[1 + pg_temp.pick(x.k, 97, cardinality($2::text[]))] END)) AS answers
           FROM bench_sess s
           JOIN bench_form f ON f.audience = 'teacher' AND f.offer_type = s.offer_type
          CROSS JOIN LATERAL (SELECT s.key * 4096 + 4000 AS k) x
          WHERE s.teacher
         UNION ALL
         SELECT s.sn, j, s.id, f.id, 'parent',
                s.day + CASE WHEN pg_temp.rnd(x.k, 90) < 0.6 THEN 0 ELSE 1 + pg_temp.pick(x.k, 91, 6) END,
                jsonb_build_object('feel_safer', pg_temp.score(x.k, 100, s.mu),
                                   'prevent_repair', pg_temp.score(x.k, 101, s.mu - 0.1),
                                   'recommend', pg_temp.score(x.k, 102, s.mu + 0.1)),
                jsonb_strip_nulls(jsonb_build_object(
                  'trends', CASE WHEN pg_temp.rnd(x.k, 94) < ${PARENT_TREND_SHARE}
                                 THEN ($1::text[])[1 + pg_temp.pick(x.k, 95, cardinality($1::text[]))] END,
                  'improve', CASE WHEN pg_temp.rnd(x.k, 96) < 0.05
                                  THEN ($2::text[])[1 + pg_temp.pick(x.k, 97, cardinality($2::text[]))] END))
           FROM bench_sess s
           JOIN bench_form f ON f.audience = 'parent' AND f.offer_type = s.offer_type
          CROSS JOIN LATERAL generate_series(1, s.n_resp) j
          CROSS JOIN LATERAL (SELECT s.key * 4096 + j AS k) x
          WHERE s.status = 'delivered' AND s.kind = 'parent_meeting' AND s.n_resp > 0),
       inserted AS (
         INSERT INTO evaluation_response (session_id, form_id, audience, submitted_on, scores, answers)
         SELECT session_id, form_id, audience, submitted_on, scores, answers FROM answers ORDER BY sn, part
         RETURNING id, session_id, audience, submitted_on, answers)
       INSERT INTO evaluation_trend (response_id, session_id, audience, submitted_on, text)
       SELECT id, session_id, audience, submitted_on, answers ->> '${TREND_KEY}'
         FROM inserted WHERE answers ? '${TREND_KEY}' ORDER BY id`,
      [TREND_TEXTS, IMPROVE_TEXTS],
    );
    // A class code per delivered session: 7 characters of the unambiguous alphabet from a bijection of the
    // session number, plus the check character of @halt/domain's classCodeFrom.
    await step(
      'insert evaluation_code',
      `INSERT INTO evaluation_code (session_id, code, audience, answer_limit, answers, teacher_token, teacher_answered,
                                    opens_at, closes_at, created_at)
       SELECT s.id, c.code, CASE WHEN s.kind = 'parent_meeting' THEN 'parent' ELSE 'pupil' END, s.pupils, s.n_resp,
              md5('${seed}:tt:' || s.key), s.teacher,
              s.planned_start, s.planned_end + interval '14 days', s.delivered_at
         FROM bench_sess s
        CROSS JOIN LATERAL (
              SELECT string_agg(substr(a.alphabet, x.d + 1, 1), '' ORDER BY x.p)
                     || substr(a.alphabet, (sum((x.p + 1) * x.d) % 31)::int + 1, 1) AS code
                FROM (SELECT 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'::text AS alphabet) a,
                     LATERAL (SELECT p, (((s.sn * 17179869143 + ${int(12345 + o.seed * 7919)}) % 27512614111)
                                         / (ARRAY[1, 31, 961, 29791, 923521, 28629151, 887503681]::bigint[])[p + 1]
                                         % 31)::int AS d
                                FROM generate_series(0, 6) p) x
               GROUP BY a.alphabet) c
        WHERE s.status = 'delivered'
        ORDER BY s.sn`,
    );
    await step(
      'insert evaluation_score',
      `INSERT INTO evaluation_score (session_id, audience, outcome, answers, total)
       SELECT a.session_id, a.audience, v.outcome, v.answers, v.total
         FROM (SELECT session_id, audience,
                      count(scores -> 'feel_safer') AS n1, sum((scores ->> 'feel_safer')::int) AS t1,
                      count(scores -> 'prevent_repair') AS n2, sum((scores ->> 'prevent_repair')::int) AS t2,
                      count(scores -> 'recommend') AS n3, sum((scores ->> 'recommend')::int) AS t3,
                      count(scores -> 'overall') AS n4, sum((scores ->> 'overall')::int) AS t4
                 FROM evaluation_response GROUP BY session_id, audience) a
        CROSS JOIN LATERAL (VALUES ('feel_safer', a.n1, a.t1), ('prevent_repair', a.n2, a.t2),
                                   ('recommend', a.n3, a.t3), ('overall', a.n4, a.t4)) v(outcome, answers, total)
        WHERE v.answers > 0`,
    );
    await step(
      'insert annual_target (missing years)',
      `INSERT INTO annual_target (year, pupils, halt_jrb_schools)
       SELECT y, 200000, 15 FROM generate_series(${int(FIRST_SCHOOL_YEAR)}, ${int(lastOrderYear)}) y
       ON CONFLICT (year) DO NOTHING`,
    );

    o.log('credit ledger');
    // Budget first, then each funded request's reservation at submission and a consumption per delivered (or
    // no-show) session, in time order: the trigger applies every entry to the order's counters.
    await step(
      'insert ledger_entry',
      `INSERT INTO ledger_entry (order_id, kind, credits, request_id, offer_type, reason, by_user_id, at)
       SELECT order_id, kind, credits, request_id, offer_type, reason, by_user_id, at
         FROM (
           SELECT o.id AS order_id, 'budget' AS kind, o.budget AS credits, NULL::uuid AS request_id,
                  NULL::text AS offer_type, 'Budget bij bestelling' AS reason, o.user_id AS by_user_id,
                  (make_date(o.subsidy_year - 1, 9, 1 + o.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam' AS at,
                  0 AS prio, o.ok::bigint AS tie
             FROM bench_order o
           UNION ALL
           SELECT r.order_id, 'reserve', r.n_sessions * r.credits_per_session, r.id, r.offer_type, NULL, r.user_id,
                  r.submitted_at, 1, r.i
             FROM bench_req r WHERE r.order_id IS NOT NULL
           UNION ALL
           SELECT r.order_id, 'consume', r.credits_per_session, r.id, r.offer_type,
                  CASE WHEN s.status = 'delivered' THEN 'Sessie ' || s.seq || ' uitgevoerd'
                       ELSE 'Sessie ' || s.seq || ' niet doorgegaan (klas afwezig)' END,
                  $1::uuid, s.delivered_at, 2, s.key
             FROM bench_sess s JOIN bench_req r ON r.i = s.i
            WHERE r.order_id IS NOT NULL AND s.status IN ('delivered', 'no_show')) e
        ORDER BY at, prio, tie`,
      [adminId],
    );

    let t = performance.now();
    await client.query('COMMIT');
    steps.push({ name: 'commit', seconds: (performance.now() - t) / 1000, rows: null });
    t = performance.now();
    for (const table of TABLES) await client.query(`ANALYZE ${table}`);
    steps.push({ name: 'analyze', seconds: (performance.now() - t) / 1000, rows: null });
    o.log(`  commit + analyze: ${fmt((performance.now() - t) / 1000, 2)} s`);
    const seconds = (performance.now() - started) / 1000;

    o.log('checks');
    const figures = await check(client, o);
    const counts: [string, number][] = [];
    for (const table of TABLES) {
      counts.push([table, await value<number>(`SELECT count(*)::int FROM ${table}`)]);
    }
    figures.unshift([
      'pupils’ response rate per session',
      `min(1, ${fmt(hi, 3)} × a propensity of 0.75–1.25), chosen to reach --responses`,
    ]);
    return { seconds, steps, counts, figures };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The database must be migrated, have the demo seed and no delivered work yet. */
async function preflight(client: Client): Promise<void> {
  const { rows } = await client.query<{ migrated: boolean }>(
    `SELECT to_regclass('public.evaluation_response') IS NOT NULL AS migrated`,
  );
  if (!rows[0].migrated) {
    throw new Error('the database has no evaluation tables: run the API migrations (1765267200000-evaluations) first');
  }
  const { rows: counts } = await client.query<{ municipalities: number; offers: number; sessions: number }>(
    `SELECT (SELECT count(*)::int FROM municipality) AS municipalities,
            (SELECT count(*)::int FROM offer WHERE active) AS offers,
            (SELECT count(*)::int FROM session) AS sessions`,
  );
  const c = counts[0];
  if (c.municipalities === 0 || c.offers === 0) {
    throw new Error('no municipalities or offers: start the API once with SEED_DEMO=true on this database');
  }
  if (c.sessions > 0) {
    throw new Error(`the database already has ${c.sessions} sessions: generate into a fresh database`);
  }
}

/** The current forms must ask the scale questions the generator writes (outcome = key) and a trends question. */
async function checkForms(client: Client): Promise<void> {
  const { rows } = await client.query<{ audience: keyof typeof SCALE_KEYS; offer_type: string; questions: unknown }>(
    `SELECT audience, offer_type, questions FROM bench_form`,
  );
  for (const form of rows) {
    const questions = form.questions as { key: string; kind: string; outcome?: string | null; trend?: boolean }[];
    const scale = questions.filter((q) => q.kind === 'scale').map((q) => `${q.key}=${q.outcome ?? ''}`);
    const wanted = SCALE_KEYS[form.audience].map((k) => `${k}=${k}`);
    const trends = questions.some((q) => q.kind === 'open' && q.key === TREND_KEY && q.trend);
    if (scale.sort().join() !== [...wanted].sort().join() || (form.audience !== 'pupil' && !trends)) {
      throw new Error(
        `evaluation form ${form.audience}/${form.offer_type} asks ${scale.join(', ')}; the generator writes ` +
          `${wanted.join(', ')}${form.audience === 'pupil' ? '' : ` and "${TREND_KEY}"`}: update generate.ts`,
      );
    }
  }
  const audiences = new Set(rows.map((r) => r.audience));
  if (!audiences.has('pupil') || !audiences.has('teacher') || !audiences.has('parent')) {
    throw new Error(`evaluation forms missing for some audiences (found ${[...audiences].join(', ')})`);
  }
}

/** Consistency checks on the committed data; returns the realised figures. Throws on an inconsistency. */
async function check(client: Client, o: GenerateOptions): Promise<[string, string][]> {
  const one = async <T extends object>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
  const problems: string[] = [];

  const codes = (await client.query<{ code: string }>(`SELECT code FROM evaluation_code`)).rows;
  const badCodes = codes.filter((c) => normaliseClassCode(c.code) !== c.code).length;
  if (badCodes) problems.push(`${badCodes} class codes fail normaliseClassCode`);

  const answers = await one<{ wrong: number }>(
    `SELECT count(*)::int AS wrong FROM evaluation_code c
       LEFT JOIN (SELECT session_id, count(*) FILTER (WHERE audience <> 'teacher') AS n,
                         bool_or(audience = 'teacher') AS teacher
                    FROM evaluation_response GROUP BY session_id) r ON r.session_id = c.session_id
      WHERE c.answers <> coalesce(r.n, 0) OR c.teacher_answered <> coalesce(r.teacher, false)
         OR c.answers > c.answer_limit`,
  );
  if (answers.wrong) problems.push(`${answers.wrong} class codes whose answer counters do not match the answers`);

  const ledger = await one<{ wrong: number; reserved: number; open_credits: number }>(
    `SELECT (SELECT count(*)::int FROM package_order o
              WHERE o.consumed_credits <> coalesce((SELECT sum(credits) FROM ledger_entry l
                                                     WHERE l.order_id = o.id AND l.kind = 'consume'), 0)) AS wrong,
            (SELECT coalesce(sum(reserved_credits), 0)::int FROM package_order) AS reserved,
            (SELECT coalesce(sum(package_credits), 0)::int FROM booking_request
              WHERE funding = 'package' AND status = 'submitted') AS open_credits`,
  );
  if (ledger.wrong) problems.push(`${ledger.wrong} package orders whose consumed credits differ from the ledger`);
  if (ledger.reserved !== ledger.open_credits) {
    problems.push(
      `reserved credits ${ledger.reserved} ≠ credits of the unplanned funded requests ${ledger.open_credits}`,
    );
  }
  const days = await one<{ wrong: number }>(
    `SELECT count(*)::int AS wrong FROM session
      WHERE status IN ('delivered', 'no_show')
        AND (delivered_on IS DISTINCT FROM (planned_start AT TIME ZONE 'Europe/Amsterdam')::date
             OR extract(isodow FROM delivered_on) > 5 OR extract(month FROM delivered_on) = 7)`,
  );
  if (days.wrong) problems.push(`${days.wrong} sessions whose delivered_on is wrong or not a school day`);
  if (problems.length) throw new Error(`generated data is inconsistent:\n  ${problems.join('\n  ')}`);

  const f = await one<{
    delivered: number;
    no_show: number;
    pupils: number;
    pupil_responses: number;
    pupil_pupils: number;
    teacher: number;
    lesson_sessions: number;
    parent: number;
    requests: number;
    package_requests: number;
    open_requests: number;
    trends: number;
    teacher_trends: number;
    schools_with_sessions: number;
  }>(
    `SELECT (SELECT count(*)::int FROM session WHERE status = 'delivered') AS delivered,
            (SELECT count(*)::int FROM session WHERE status = 'no_show') AS no_show,
            (SELECT sum(pupils_reached)::int FROM session WHERE status = 'delivered') AS pupils,
            (SELECT count(*)::int FROM evaluation_response WHERE audience = 'pupil') AS pupil_responses,
            (SELECT sum(pupils_reached)::int FROM session WHERE status = 'delivered' AND kind <> 'parent_meeting') AS pupil_pupils,
            (SELECT count(*)::int FROM evaluation_response WHERE audience = 'teacher') AS teacher,
            (SELECT count(*)::int FROM session WHERE status = 'delivered' AND kind <> 'parent_meeting') AS lesson_sessions,
            (SELECT count(*)::int FROM evaluation_response WHERE audience = 'parent') AS parent,
            (SELECT count(*)::int FROM booking_request) AS requests,
            (SELECT count(*)::int FROM booking_request WHERE funding = 'package') AS package_requests,
            (SELECT count(*)::int FROM booking_request WHERE status = 'submitted') AS open_requests,
            (SELECT count(*)::int FROM evaluation_trend) AS trends,
            (SELECT count(*)::int FROM evaluation_trend WHERE audience = 'teacher') AS teacher_trends,
            (SELECT count(DISTINCT r.school_id)::int FROM booking_request r WHERE r.status = 'delivered') AS schools_with_sessions`,
  );
  const pct = (a: number, b: number) => `${fmt((100 * a) / Math.max(1, b), 1)} %`;
  return [
    ['delivered sessions', `${fmt(f.delivered)} (wanted ≈ ${fmt(o.sessions)})`],
    ['no-shows', `${fmt(f.no_show)} (${pct(f.no_show, f.delivered + f.no_show)})`],
    ['pupils reached', `${fmt(f.pupils)} (${fmt(f.pupils / Math.max(1, f.delivered), 1)} per delivered session)`],
    ['pupil responses / pupils reached (pupil sessions)', pct(f.pupil_responses, f.pupil_pupils)],
    ['teacher responses / delivered non-parent sessions', pct(f.teacher, f.lesson_sessions)],
    ['parent responses', fmt(f.parent)],
    ['responses in total', `${fmt(f.pupil_responses + f.teacher + f.parent)} (wanted ≈ ${fmt(o.responses)})`],
    ['requests paid from a package', `${pct(f.package_requests, f.requests)} of ${fmt(f.requests)}`],
    ['unplanned submitted requests', fmt(f.open_requests)],
    ['trend answers (teachers: share of their responses)', `${fmt(f.trends)} (${pct(f.teacher_trends, f.teacher)})`],
    ['schools with delivered work', fmt(f.schools_with_sessions)],
    ['checks', 'class codes valid; answer counters, ledger, delivered_on consistent'],
  ];
}

/** A report of a generation run (Markdown tables). */
export function generationReport(r: GenerateResult): string {
  return [
    `Generated in ${fmt(r.seconds, 1)} s (one transaction + ANALYZE).`,
    '',
    '| Table | Rows |',
    '| --- | ---: |',
    ...r.counts.map(([t, n]) => `| ${t} | ${fmt(n)} |`),
    '',
    '| Figure | Value |',
    '| --- | --- |',
    ...r.figures.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

const GENERATE_HELP = `Usage: node tools/bench-dashboards/run.mjs generate --database-url URL [options]
Fills a migrated database with the demo seed (start the API once with SEED_DEMO=true on it).
  --database-url URL   the database (required)
  --seed N             default ${DEFAULT_GENERATE_OPTIONS.seed}
  --sessions N         delivered sessions (default ${DEFAULT_GENERATE_OPTIONS.sessions})
  --responses N        evaluation answers in total (default ${DEFAULT_GENERATE_OPTIONS.responses})
  --schools N          schools in total (default ${DEFAULT_GENERATE_OPTIONS.schools})
  --unplanned N        submitted requests still to plan (default ${DEFAULT_GENERATE_OPTIONS.unplanned})`;

/** Parses the generator's own options (shared with bench.ts); returns the rest. */
export function parseGenerateOptions(argv: string[]): { options: Partial<GenerateOptions>; rest: string[] } {
  const options: Partial<GenerateOptions> = {};
  const rest: string[] = [];
  const whole = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const v = argv[i + 1];
    switch (flag) {
      case '--seed':
        options.seed = whole(flag, v, 0);
        i++;
        break;
      case '--sessions':
        options.sessions = whole(flag, v, 10);
        i++;
        break;
      case '--responses':
        options.responses = whole(flag, v, 0);
        i++;
        break;
      case '--schools':
        options.schools = whole(flag, v, 1);
        i++;
        break;
      case '--unplanned':
        options.unplanned = whole(flag, v, 0);
        i++;
        break;
      default:
        rest.push(flag);
    }
  }
  return { options, rest };
}

/** `run.mjs generate …`: generates into an existing database. */
export async function generateCli(argv: string[]): Promise<void> {
  const { options, rest } = parseGenerateOptions(argv);
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--database-url') url = rest[++i];
    else if (rest[i] === '--help' || rest[i] === '-h') {
      console.log(GENERATE_HELP);
      return;
    } else throw new Error(`Unknown option ${rest[i]}\n${GENERATE_HELP}`);
  }
  if (!url) throw new Error(`--database-url is required\n${GENERATE_HELP}`);
  const result = await generate(url, { ...options, log: (line) => console.log(line) });
  console.log(`\n${generationReport(result)}`);
}
