import type { Sql } from './sql';
import { SCHOOL_NAMES, STREETS } from './texts';

/**
 * More schools around the existing municipalities (`gen_muni`, `gen_school`), and the tickets that spread the
 * requests over them (`gen_school_ticket`): the schools with a log-in are big ones, VO/MBO ask more than PO.
 * Returns the number of tickets.
 */
export async function generateSchools(sql: Sql, schoolsInTotal: number): Promise<number> {
  sql.section('schools');
  await sql.step(
    'municipalities',
    `CREATE TEMP TABLE gen_muni ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY m.cbs_code) - 1)::int AS idx, m.id, m.name, m.region_id,
              coalesce(avg(s.latitude), 52.1) AS lat, coalesce(avg(s.longitude), 5.3) AS lon,
              coalesce(mode() WITHIN GROUP (ORDER BY s.holiday_region), 'midden') AS holiday_region
         FROM municipality m LEFT JOIN school s ON s.municipality_id = m.id
        GROUP BY m.id, m.cbs_code, m.name, m.region_id`,
  );
  const existingSchools = await sql.value<number>(`SELECT count(*)::int FROM school`);
  const names = SCHOOL_NAMES;
  await sql.step(
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
         JOIN gen_muni m ON m.idx = pg_temp.pick(g, 21, (SELECT count(*)::int FROM gen_muni))
       ON CONFLICT (brin) DO NOTHING`,
    [
      Math.max(0, schoolsInTotal - existingSchools),
      names.poPrefixes,
      names.po,
      names.vo,
      names.mbo,
      names.so,
      names.districts,
      STREETS,
    ],
  );
  await sql.step(
    'schools and their weights',
    `CREATE TEMP TABLE gen_school ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY s.brin) - 1)::int AS idx, s.id, s.type, s.municipality_id, m.region_id,
              s.holiday_region, s.latitude, s.longitude, s.day_start, s.day_end, s.name, s.brin,
              (SELECT u.id FROM app_user u WHERE u.school_id = s.id AND u.role = 'school' ORDER BY u.email LIMIT 1) AS user_id
         FROM school s JOIN municipality m ON m.id = s.municipality_id`,
  );
  await sql.query(`ALTER TABLE gen_school ADD PRIMARY KEY (idx)`);
  await sql.step(
    'school tickets',
    `CREATE TEMP TABLE gen_school_ticket ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY s.idx, t) - 1)::int AS t, s.idx AS school_idx
         FROM gen_school s
        CROSS JOIN LATERAL generate_series(1, CASE
                WHEN s.user_id IS NOT NULL THEN 24
                WHEN s.type = 'PO' THEN 3 + pg_temp.pick(s.idx, 22, 6)
                WHEN s.type = 'VO' THEN 6 + pg_temp.pick(s.idx, 22, 9)
                WHEN s.type = 'MBO' THEN 8 + pg_temp.pick(s.idx, 22, 9)
                ELSE 2 + pg_temp.pick(s.idx, 22, 4) END) t`,
  );
  await sql.query(`ALTER TABLE gen_school_ticket ADD PRIMARY KEY (t)`);
  return sql.value<number>(`SELECT count(*)::int FROM gen_school_ticket`);
}
