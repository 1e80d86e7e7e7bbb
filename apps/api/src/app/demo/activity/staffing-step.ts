import { timeToMinutes } from '@halt/domain';
import { reportedAt, SLOT_TIMES } from './sessions';
import type { Sql } from './sql';
import { bookStaff, type SessionToBook, type StaffToBook } from './staffing';

/** Days after its own a session that finds nobody may move to. */
const LATER_DAYS = 3;

interface StaffRow {
  id: string;
  lat: number;
  lon: number;
  regions: string[];
  skills: Record<string, string> | null;
  working_pattern: StaffToBook['pattern'];
  max_sessions_per_day: number;
  contract_hours_per_week: number;
}

interface SessionRow {
  key: string;
  request: string;
  seq: number;
  kind: string;
  staff_needed: number;
  required_skill: string;
  duration_minutes: number;
  day: string;
  time: string;
  later_days: string[];
  lat: number;
  lon: number;
  region_id: string;
  day_start: string;
  day_end: string;
}

/**
 * Puts the region's specialists on every placed session (`bookStaff`): the result goes to `gen_assign`
 * (session, specialist, travel), sessions that had to move get their new day and time, and requests that could
 * not be staffed are left out. Returns what happened, for the log.
 */
export async function staffSessions(sql: Sql): Promise<{ booked: number; moved: number; dropped: number }> {
  sql.section('staffing');
  const staff = (
    await sql.query<StaffRow>(
      `SELECT sm.id, sm.home_latitude AS lat, sm.home_longitude AS lon, sm.working_pattern, sm.max_sessions_per_day,
              sm.contract_hours_per_week,
              ARRAY(SELECT sr.region_id::text FROM staff_region sr WHERE sr.staff_id = sm.id) AS regions,
              (SELECT jsonb_object_agg(k.skill, to_char(k.valid_until, 'YYYY-MM-DD')) FROM staff_skill k
                WHERE k.staff_id = sm.id) AS skills
         FROM staff_member sm WHERE sm.active ORDER BY sm.id`,
    )
  ).rows.map((r): StaffToBook => ({
    id: r.id,
    home: { lat: r.lat, lon: r.lon },
    regionIds: r.regions,
    skills: r.skills ?? {},
    pattern: r.working_pattern,
    maxSessionsPerDay: r.max_sessions_per_day,
    contractHoursPerWeek: r.contract_hours_per_week,
  }));
  const rows = (
    await sql.query<SessionRow>(
      `SELECT s.key::text, s.i::text AS request, s.seq, s.kind, s.staff_needed, s.required_skill, s.duration_minutes,
              to_char(s.day, 'YYYY-MM-DD') AS day, to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS time,
              ARRAY(SELECT to_char(d.d, 'YYYY-MM-DD') FROM gen_day d
                     WHERE d.year_idx = s.year_idx AND d.region = s.holiday_region AND d.n > x.n
                     ORDER BY d.n LIMIT ${LATER_DAYS}) AS later_days,
              sc.latitude AS lat, sc.longitude AS lon, m.region_id::text, to_char(sc.day_start, 'HH24:MI') AS day_start,
              to_char(sc.day_end, 'HH24:MI') AS day_end
         FROM gen_sess s
         JOIN gen_req r ON r.i = s.i
         JOIN gen_school sc ON sc.id = r.school_id
         JOIN municipality m ON m.id = r.municipality_id
         JOIN gen_day x ON x.year_idx = s.year_idx AND x.region = s.holiday_region AND x.d = s.day
        WHERE NOT s.open
        ORDER BY min(s.planned_start) OVER (PARTITION BY s.i), s.i, s.seq`,
    )
  ).rows;
  const sessions = rows.map((r): SessionToBook => {
    // A spreekuur keeps the fixed weekday and hour of its series.
    const fixed = r.kind === 'spreekuur' || r.kind === 'intake';
    return {
      key: r.key,
      request: r.request,
      sequence: r.seq,
      staffNeeded: r.staff_needed,
      skill: r.required_skill,
      school: { location: { lat: r.lat, lon: r.lon }, regionId: r.region_id },
      durationMinutes: r.duration_minutes,
      days: fixed ? [r.day] : [r.day, ...r.later_days],
      times: fixed ? [r.time] : [r.time, ...otherTimes(r)],
    };
  });
  const { booked, dropped } = bookStaff(staff, sessions);
  const wanted = new Map(rows.map((r) => [r.key, `${r.day} ${r.time}`]));
  const moved = booked.filter((b) => wanted.get(b.key) !== `${b.date} ${b.time}`);

  await sql.query(
    `UPDATE gen_sess s SET day = x.d, planned_start = x.start, planned_end = x.start + s.duration_minutes * interval '1 minute'
       FROM unnest($1::bigint[], $2::date[], $3::timestamptz[]) x(key, d, start) WHERE s.key = x.key`,
    [moved.map((b) => b.key), moved.map((b) => b.date), moved.map((b) => b.start.toISOString())],
  );
  await sql.query(`UPDATE gen_sess s SET delivered_at = ${reportedAt('s')} WHERE s.key = ANY($1::bigint[])`, [
    moved.map((b) => b.key),
  ]);
  const assigned = booked.flatMap((b) => b.staff.map((x, pos) => ({ key: b.key, ...x, pos })));
  await sql.query(
    `CREATE TEMP TABLE gen_assign ON COMMIT DROP AS
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::int[], $4::int[]) AS x(key, staff_id, travel, pos)`,
    [
      assigned.map((a) => a.key),
      assigned.map((a) => a.staffId),
      assigned.map((a) => a.travelMinutes),
      assigned.map((a) => a.pos),
    ],
  );
  await sql.query(`ALTER TABLE gen_assign ADD PRIMARY KEY (key, staff_id)`);
  await sql.query(`DELETE FROM gen_sess WHERE i = ANY($1::bigint[])`, [dropped]);
  await sql.query(`DELETE FROM gen_req WHERE i = ANY($1::bigint[])`, [dropped]);
  const result = { booked: booked.length, moved: moved.length, dropped: dropped.length };
  sql.section(
    `  ${result.booked} sessions staffed, ${result.moved} moved to find a specialist, ${result.dropped} requests left out`,
  );
  return result;
}

/** The slot times that fit the school day, after the wanted time first, then before it. */
function otherTimes(r: SessionRow): string[] {
  const fits = SLOT_TIMES.filter(
    (t) =>
      t !== r.time &&
      timeToMinutes(t) >= timeToMinutes(r.day_start) &&
      timeToMinutes(t) + r.duration_minutes <= timeToMinutes(r.day_end),
  );
  return [...fits.filter((t) => t > r.time), ...fits.filter((t) => t < r.time)];
}
