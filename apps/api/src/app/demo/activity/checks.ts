import { normaliseClassCode, travelMinutes } from '@halt/domain';
import { formatNumber as fmt, type Sql } from './sql';

/**
 * The database must be migrated and have the demo seed. Then either it has no sessions yet (else: an error), or,
 * `whenEmpty`, the answer is whether it is empty of requests and package orders — activity is only ever generated
 * into a portal nobody used yet.
 */
export async function preflight(sql: Sql, whenEmpty = false): Promise<boolean> {
  const { rows } = await sql.query<{ migrated: boolean }>(
    `SELECT to_regclass('public.evaluation_response') IS NOT NULL AS migrated`,
  );
  if (!rows[0].migrated) {
    throw new Error('the database has no evaluation tables: run the API migrations (1765267200000-evaluations) first');
  }
  const { rows: counts } = await sql.query<{ municipalities: number; offers: number; sessions: number; used: boolean }>(
    `SELECT (SELECT count(*)::int FROM municipality) AS municipalities,
            (SELECT count(*)::int FROM offer WHERE active) AS offers,
            (SELECT count(*)::int FROM session) AS sessions,
            EXISTS (SELECT 1 FROM booking_request) OR EXISTS (SELECT 1 FROM package_order) AS used`,
  );
  const c = counts[0];
  if (c.municipalities === 0 || c.offers === 0) {
    throw new Error('no municipalities or offers: start the API once with SEED_DEMO=true on this database');
  }
  if (whenEmpty) return !c.used && c.sessions === 0;
  if (c.sessions > 0) {
    throw new Error(`the database already has ${c.sessions} sessions: generate into a fresh database`);
  }
  return true;
}

/**
 * Consistency checks on the generated data; returns the realised figures. Throws on an inconsistency. On the rough
 * calendar of history no session is in July; the real calendar is checked day by day (`checkLivedIn`).
 */
export async function checkGenerated(
  sql: Sql,
  wanted: { sessions: number; responses: number },
  roughCalendar: boolean,
): Promise<[string, string][]> {
  const one = async <T extends object>(text: string): Promise<T> => (await sql.query(text)).rows[0] as T;
  const problems: string[] = [];

  const codes = (await sql.query<{ code: string }>(`SELECT code FROM evaluation_code`)).rows;
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

  // Every order's counters are the sum of its ledger, and what a request still has reserved is what it has not
  // used yet while it is under way, nothing once it is done.
  const ledger = await one<{ orders: number; requests: number }>(
    `WITH per_order AS (
       SELECT order_id, sum(credits) FILTER (WHERE kind IN ('budget', 'amend')) AS budget,
              coalesce(sum(credits) FILTER (WHERE kind = 'reserve'), 0) - coalesce(sum(credits) FILTER (WHERE kind IN ('release', 'consume')), 0) AS reserved,
              coalesce(sum(credits) FILTER (WHERE kind = 'consume'), 0) AS consumed
         FROM ledger_entry GROUP BY order_id),
     per_request AS (
       SELECT r.id, r.status, r.package_credits,
              coalesce(sum(l.credits) FILTER (WHERE l.kind = 'reserve'), 0)
                - coalesce(sum(l.credits) FILTER (WHERE l.kind IN ('release', 'consume')), 0) AS reserved,
              coalesce(sum(l.credits) FILTER (WHERE l.kind = 'consume'), 0) AS consumed
         FROM booking_request r LEFT JOIN ledger_entry l ON l.request_id = r.id
        WHERE r.funding = 'package' GROUP BY r.id)
     SELECT (SELECT count(*)::int FROM package_order o LEFT JOIN per_order p ON p.order_id = o.id
              WHERE o.budget_credits <> coalesce(p.budget, 0) OR o.reserved_credits <> coalesce(p.reserved, 0)
                 OR o.consumed_credits <> coalesce(p.consumed, 0)
                 OR o.available_credits <> o.budget_credits - o.reserved_credits - o.consumed_credits) AS orders,
            (SELECT count(*)::int FROM per_request
              WHERE reserved <> CASE WHEN status IN ('draft', 'delivered', 'closed', 'rejected', 'cancelled') THEN 0
                                     ELSE package_credits - consumed END) AS requests`,
  );
  if (ledger.orders) problems.push(`${ledger.orders} package orders whose counters differ from their ledger`);
  if (ledger.requests) problems.push(`${ledger.requests} funded requests whose reservation does not fit their state`);
  const days = await one<{ wrong: number }>(
    `SELECT count(*)::int AS wrong FROM session
      WHERE status IN ('delivered', 'no_show')
        AND (delivered_on IS DISTINCT FROM (planned_start AT TIME ZONE 'Europe/Amsterdam')::date
             OR extract(isodow FROM delivered_on) > 5 ${roughCalendar ? 'OR extract(month FROM delivered_on) = 7' : ''})`,
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
    ['delivered sessions', `${fmt(f.delivered)} (wanted ≈ ${fmt(wanted.sessions)})`],
    ['no-shows', `${fmt(f.no_show)} (${pct(f.no_show, f.delivered + f.no_show)})`],
    ['pupils reached', `${fmt(f.pupils)} (${fmt(f.pupils / Math.max(1, f.delivered), 1)} per delivered session)`],
    ['pupil responses / pupils reached (pupil sessions)', pct(f.pupil_responses, f.pupil_pupils)],
    ['teacher responses / delivered non-parent sessions', pct(f.teacher, f.lesson_sessions)],
    ['parent responses', fmt(f.parent)],
    ['responses in total', `${fmt(f.pupil_responses + f.teacher + f.parent)} (wanted ≈ ${fmt(wanted.responses)})`],
    ['requests paid from a package', `${pct(f.package_requests, f.requests)} of ${fmt(f.requests)}`],
    ['unplanned submitted requests', fmt(f.open_requests)],
    ['trend answers (teachers: share of their responses)', `${fmt(f.trends)} (${pct(f.teacher_trends, f.teacher)})`],
    ['schools with delivered work', fmt(f.schools_with_sessions)],
    ['checks', 'class codes valid; answer counters, ledger, delivered_on consistent'],
  ];
}

/**
 * Before a lived-in year is committed: every specialist's booking is what the portal's assignment would have
 * stored (occupied from the buffer before the session, the domain's travel estimate from home, a skill they hold and
 * a region they serve), every
 * planned session lies on a school day of its school within the school day, and every request and session is in
 * the state its last transition record says. Throws on the first kind of problem found.
 */
export async function checkLivedIn(sql: Sql): Promise<void> {
  const problems: string[] = [];
  const count = async (what: string, text: string) => {
    const n = await sql.value<number>(`SELECT count(*)::int FROM (${text}) x`);
    if (n) problems.push(`${n} ${what}`);
  };
  await count(
    'assignments whose occupied time is not the session plus the buffer before it',
    `SELECT 1 FROM session_assignment a JOIN session s ON s.id = a.session_id
      WHERE s.planned_start IS NULL OR s.status NOT IN ('planned', 'confirmed', 'delivered', 'no_show')
         OR a.occupied <> tstzrange(s.planned_start - a.buffer_minutes * interval '1 minute', s.planned_end, '[)')`,
  );
  await count(
    'assignments of a specialist without the skill or the region',
    `SELECT 1 FROM session_assignment a JOIN session s ON s.id = a.session_id
       JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
       JOIN municipality m ON m.id = sc.municipality_id
      WHERE NOT EXISTS (SELECT 1 FROM staff_skill k WHERE k.staff_id = a.staff_id AND k.skill = s.required_skill
                           AND k.valid_until >= (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date)
         OR NOT EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = a.staff_id AND sr.region_id = m.region_id)`,
  );
  const travel = await sql.query<{ travel: number; lat: number; lon: number; slat: number; slon: number }>(
    `SELECT a.travel_minutes AS travel, sm.home_latitude AS lat, sm.home_longitude AS lon,
            sc.latitude AS slat, sc.longitude AS slon
       FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id JOIN session s ON s.id = a.session_id
       JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id`,
  );
  const wrongTravel = travel.rows.filter(
    (t) => t.travel !== travelMinutes({ lat: t.lat, lon: t.lon }, { lat: t.slat, lon: t.slon }),
  ).length;
  if (wrongTravel) problems.push(`${wrongTravel} assignments whose travel is not the domain's estimate`);
  await count(
    'sessions off a school day or outside the school day',
    `SELECT 1 FROM session s JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
      WHERE s.planned_start IS NOT NULL
        AND (NOT EXISTS (SELECT 1 FROM gen_day d WHERE d.region = sc.holiday_region
                           AND d.d = (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date)
             OR (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::time < sc.day_start
             OR (s.planned_end AT TIME ZONE 'Europe/Amsterdam')::time > sc.day_end)`,
  );
  await count(
    'requests whose state is not their last transition',
    `SELECT 1 FROM booking_request r
      WHERE r.status IS DISTINCT FROM (SELECT t.to_state FROM request_transition t WHERE t.request_id = r.id
                                        ORDER BY t.at DESC, t.id DESC LIMIT 1)`,
  );
  await count(
    'sessions whose state is not their last transition',
    `SELECT 1 FROM session s
      WHERE s.status <> coalesce((SELECT t.to_state FROM session_transition t WHERE t.session_id = s.id
                                   ORDER BY t.at DESC, t.id DESC LIMIT 1), 'open')`,
  );
  if (problems.length) throw new Error(`generated activity is inconsistent:\n  ${problems.join('\n  ')}`);
}
