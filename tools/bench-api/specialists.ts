import { Client } from 'pg';

/**
 * Brings the specialists of `regionName` to `total` (the demo seed has about a dozen in all): copies of the seeded
 * specialists — their skills, working pattern and languages — with a new name and a home spread over the region,
 * so the candidate ranking of a session in that region weighs `total` people. Benchmark data, written straight
 * into the tables like the activity generator does; idempotent on the names it gives.
 */
export async function addSpecialists(url: string, regionName: string, total: number): Promise<number> {
  const client = new Client({ connectionString: url, application_name: 'bench-api-specialists' });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Benchmark data is a bulk load, not anyone's change: the audit trigger writes no trail for it.
    await client.query(`SELECT set_config('halt.actor_kind', 'bulk', true)`);
    const [{ region_id: regionId, present }] = (
      await client.query(
        `SELECT r.id AS region_id,
                (SELECT count(*)::int FROM staff_region sr JOIN staff_member sm ON sm.id = sr.staff_id
                  WHERE sr.region_id = r.id AND sm.active) AS present
           FROM region r WHERE r.name = $1`,
        [regionName],
      )
    ).rows;
    const missing = Math.max(0, total - present);
    if (missing > 0) {
      await client.query(
        `CREATE TEMP TABLE bench_clone ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, src.id AS source_id, n
           FROM generate_series(1, $1::int) AS n
           JOIN LATERAL (SELECT id FROM staff_member WHERE active ORDER BY id
                          OFFSET (n - 1) % (SELECT count(*) FROM staff_member WHERE active) LIMIT 1) src ON true`,
        [missing],
      );
      await client.query(
        `INSERT INTO staff_member (id, name, home_latitude, home_longitude, contract_hours_per_week,
                                   max_sessions_per_day, languages, preferred_weekdays, working_pattern, active)
         SELECT c.id, 'Benchmark-specialist ' || (c.n + $2::int), h.lat + ((c.n * 37) % 41 - 20) * 0.01,
                h.lon + ((c.n * 53) % 41 - 20) * 0.015, s.contract_hours_per_week, s.max_sessions_per_day,
                s.languages, s.preferred_weekdays, s.working_pattern, true
           FROM bench_clone c JOIN staff_member s ON s.id = c.source_id
           CROSS JOIN (SELECT avg(sc.latitude) AS lat, avg(sc.longitude) AS lon
                         FROM school sc JOIN municipality m ON m.id = sc.municipality_id
                        WHERE m.region_id = $1 AND sc.latitude IS NOT NULL) h`,
        [regionId, present],
      );
      await client.query(`INSERT INTO staff_region (staff_id, region_id) SELECT id, $1 FROM bench_clone`, [regionId]);
      await client.query(
        `INSERT INTO staff_skill (staff_id, skill, valid_until)
         SELECT c.id, k.skill, k.valid_until FROM bench_clone c JOIN staff_skill k ON k.staff_id = c.source_id`,
      );
      await client.query(
        `INSERT INTO staff_recurring_absence (id, staff_id, weekday, start_time, end_time)
         SELECT gen_random_uuid(), c.id, a.weekday, a.start_time, a.end_time
           FROM bench_clone c JOIN staff_recurring_absence a ON a.staff_id = c.source_id`,
      );
    }
    await client.query('COMMIT');
    await client.query('ANALYZE staff_member, staff_region, staff_skill, staff_recurring_absence');
    return present + missing;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
