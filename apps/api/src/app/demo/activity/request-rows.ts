import { int, type Sql } from './sql';
import { CONTACT_NAMES } from './texts';

export interface RequestRows {
  seed: number;
  /** Contact persons: the schools' own users (else invented names for schools without one). */
  contactsFromUsers: boolean;
  /** The latest time of the windows of requests with a parent meeting. */
  parentMeetingLatest: string;
}

/** Who the contact of a request is: the school's user, or a name from the list. */
const contact = (fromUsers: boolean) =>
  fromUsers
    ? `coalesce(u.name, 'Contactpersoon ' || r.school_name),
              coalesce(u.email, 'contact@' || lower(r.brin) || '.school.example'),`
    : `($2::text[])[1 + pg_temp.pick(r.i, 48, cardinality($2::text[]))],
              coalesce(u.email, 'contact@school' || r.school_idx || '.school.example'),`;

/** Inserts the planned requests with their classes, windows and sessions; returns the number of requests. */
export async function insertRequests(
  sql: Sql,
  { seed, contactsFromUsers, parentMeetingLatest }: RequestRows,
): Promise<number> {
  const requests = await sql.value<number>(`SELECT count(*)::int FROM gen_req`);
  const requestNumber = Number(await sql.value<string>(`SELECT nextval('booking_request_number_seq')`));
  await sql.step(
    'insert booking_request',
    `INSERT INTO booking_request (id, reference, school_id, offer_id, status, location, contact_name, contact_email,
                                    interpreter, interpreter_language, online_parent_meeting, parent_meeting, funding,
                                    package_order_id, package_credits, series, late_cancellation, created_by,
                                    submitted_at, created_at, updated_at)
       SELECT r.id,
              'AV-' || to_char(coalesce(r.submitted_at, r.created_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-'
                || lpad(n::text, greatest(6, length(n::text)), '0'),
              r.school_id, r.offer_id, r.status,
              CASE WHEN r.offer_type = 'ouderbijeenkomst' THEN 'Aula' ELSE 'Lokaal ' || (1 + pg_temp.pick(r.i, 47, 40)) END,
              ${contact(contactsFromUsers)}
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
              r.late, r.user_id, r.submitted_at, r.created_at, r.updated_at
         FROM (SELECT r.*, sc.name AS school_name, sc.brin,
                      $1::bigint + row_number() OVER (ORDER BY coalesce(r.submitted_at, r.created_at), r.i) - 1 AS n
                 FROM gen_req r JOIN gen_school sc ON sc.id = r.school_id) r
         LEFT JOIN app_user u ON u.id = r.user_id
        ORDER BY r.n`,
    contactsFromUsers ? [requestNumber] : [requestNumber, CONTACT_NAMES],
  );
  await sql.query(`SELECT setval('booking_request_number_seq', $1::bigint)`, [requestNumber + requests - 1]);
  await sql.step(
    'insert booking_group',
    `INSERT INTO booking_group (id, request_id, position, name, level, pupil_count)
       SELECT pg_temp.uid('group', r.i * 8 + p), r.id, p,
              CASE r.level WHEN 'po-7-8' THEN 'Groep 8'
                           WHEN 'vo-1-2' THEN (1 + pg_temp.pick(r.i, 53, 2))::text
                           WHEN 'vo-3-4' THEN (3 + pg_temp.pick(r.i, 53, 2))::text
                           WHEN 'mbo' THEN 'MBO-' || (2 + pg_temp.pick(r.i, 53, 3)) || ' '
                           ELSE 'Klas ' END || chr(65 + p),
              r.level, 22 + pg_temp.pick(r.i * 8 + p, 64, 11)
         FROM gen_req r CROSS JOIN LATERAL generate_series(0, r.n_groups - 1) p
        ORDER BY r.i, p`,
  );
  await sql.step(
    'insert booking_window',
    `INSERT INTO booking_window (id, request_id, position, from_date, to_date, weekdays, earliest, latest, superseded_at)
       SELECT pg_temp.uid('window', r.i), r.id, 0, r.window_from, r.window_to, '{1,2,3,4,5}', '08:30',
              CASE WHEN r.parent_meeting OR r.offer_type = 'ouderbijeenkomst' THEN greatest(time '16:00', $1::time)
                   ELSE time '16:00' END,
              r.changed_at
         FROM gen_req r ORDER BY r.i`,
    [parentMeetingLatest],
  );
  // A school that asked to move a session gave new windows for it; the old ones are kept, superseded.
  await sql.step(
    'insert booking_window (moves)',
    `INSERT INTO booking_window (id, request_id, position, from_date, to_date, weekdays, earliest, latest)
       SELECT pg_temp.uid('window-moved', s.key), r.id, 1, s.win_from, s.win_to, '{1,2,3,4,5}', '08:30', time '16:00'
         FROM gen_sess s JOIN gen_req r ON r.i = s.i WHERE s.moved ORDER BY s.key`,
  );
  await sql.step(
    'insert session',
    `INSERT INTO session (id, request_id, sequence, kind, group_id, status, duration_minutes, staff_needed,
                            required_skill, window_from, window_to, proposed_start, planned_start, planned_end,
                            ics_sequence, pupils_reached, delivered_at, delivered_on, parent_token, created_at, updated_at)
       SELECT s.id, r.id, s.seq, s.kind,
              CASE WHEN s.group_pos IS NOT NULL THEN pg_temp.uid('group', s.i * 8 + s.group_pos) END,
              s.status, s.duration_minutes, s.staff_needed, s.required_skill,
              coalesce(s.win_from, CASE WHEN s.kind IN ('spreekuur', 'intake') AND NOT s.open THEN s.day ELSE r.window_from END),
              coalesce(s.win_to, CASE WHEN s.kind IN ('spreekuur', 'intake') AND NOT s.open THEN s.day ELSE r.window_to END),
              CASE WHEN s.kind IN ('spreekuur', 'intake') THEN (s.day + s.start_time) AT TIME ZONE 'Europe/Amsterdam' END,
              s.planned_start, s.planned_end,
              -- one step for planning, staffing, cancelling and moving each, as the portal counts them
              s.was_planned::int + s.staffed::int + (s.status = 'cancelled')::int + s.moved::int,
              CASE WHEN s.status IN ('delivered', 'no_show') THEN s.pupils END,
              CASE WHEN s.status IN ('delivered', 'no_show') THEN s.delivered_at END,
              CASE WHEN s.status IN ('delivered', 'no_show') THEN s.day END,
              -- 32 characters, like the portal's randomBytes(24).toString('base64url')
              CASE WHEN s.kind = 'parent_meeting' THEN md5('${int(seed)}:pt:' || s.key) END,
              r.created_at, s.updated_at
         FROM gen_sess s JOIN gen_req r ON r.i = s.i
        ORDER BY s.sn`,
  );
  return requests;
}
