import { normaliseClassCode } from '@halt/domain';
import { formatNumber as fmt, type Sql } from './sql';

/** The database must be migrated, have the demo seed and no delivered work yet. */
export async function preflight(sql: Sql): Promise<void> {
  const { rows } = await sql.query<{ migrated: boolean }>(
    `SELECT to_regclass('public.evaluation_response') IS NOT NULL AS migrated`,
  );
  if (!rows[0].migrated) {
    throw new Error('the database has no evaluation tables: run the API migrations (1765267200000-evaluations) first');
  }
  const { rows: counts } = await sql.query<{ municipalities: number; offers: number; sessions: number }>(
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

/** Consistency checks on the committed data; returns the realised figures. Throws on an inconsistency. */
export async function checkGenerated(
  sql: Sql,
  wanted: { sessions: number; responses: number },
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
