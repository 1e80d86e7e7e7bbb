import { TREND_KEY } from './catalogue';
import { formatNumber, int, type Sql } from './sql';
import { IMPROVE_TEXTS, PUPIL_TIPS, TREND_TEXTS } from './texts';

/** Parents' response rate at a parent meeting (times a per-session propensity of 0.75–1.25). */
const PARENT_RATE = 0.45;
const TEACHER_TREND_SHARE = 0.4;
const PARENT_TREND_SHARE = 0.15;

export interface EvaluationInput {
  /** Answers in total (pupils, teachers and parents): the pupils' rate is chosen to reach it … */
  responses: number;
  /** … unless the rate is given. */
  pupilRate?: number;
  /** No answer is given after this day; the class codes count the answers that were given. */
  today: string;
  seed: number;
  /** Days a class code takes answers after its session. */
  openDays: number;
  /** The years that need an annual target (those the migrations do not seed are added). */
  targetYears: [number, number];
}

/**
 * The evaluations of the delivered sessions: anonymous answers of pupils (a rate chosen to reach the total),
 * teachers (one on a share of the sessions) and parents, on the current form of their audience and offer type,
 * with their trend answers; a class code per delivered session whose counters match the answers; the per-session
 * score counters; and the year's targets. Returns the pupils' rate used.
 */
export async function generateEvaluations(sql: Sql, e: EvaluationInput): Promise<number> {
  sql.section('evaluations');
  const rate = e.pupilRate ?? (await pupilRate(sql, e.responses));
  await sql.query(
    `UPDATE gen_sess
          SET n_resp = round(pupils * least(1.0, CASE WHEN kind = 'parent_meeting' THEN ${PARENT_RATE} ELSE $1 END * propensity))
        WHERE status = 'delivered'`,
    [rate],
  );
  await sql.step(
    'insert evaluation_response (pupils)',
    `INSERT INTO evaluation_response (session_id, form_id, audience, submitted_on, scores, answers)
       SELECT s.id, f.id, 'pupil', x.submitted_on,
              jsonb_build_object('feel_safer', pg_temp.score(x.k, 100, s.mu - 0.25),
                                 'prevent_repair', pg_temp.score(x.k, 101, s.mu),
                                 'recommend', pg_temp.score(x.k, 102, s.mu + 0.1)),
              CASE WHEN pg_temp.rnd(x.k, 92) < 0.12
                   THEN jsonb_build_object('tip', ($1::text[])[1 + pg_temp.pick(x.k, 93, cardinality($1::text[]))])
                   ELSE '{}'::jsonb END
         FROM gen_sess s
         JOIN gen_form f ON f.audience = 'pupil' AND f.offer_type = s.offer_type
        CROSS JOIN LATERAL generate_series(1, s.n_resp) j
        CROSS JOIN LATERAL (SELECT s.key * 4096 + j AS k) k
        CROSS JOIN LATERAL (
              SELECT k.k, s.day + CASE WHEN pg_temp.rnd(k.k, 90) < 0.75 THEN 0 WHEN pg_temp.rnd(k.k, 90) < 0.92 THEN 1
                                       ELSE 2 + pg_temp.pick(k.k, 91, 6) END AS submitted_on) x
        WHERE s.status = 'delivered' AND s.kind <> 'parent_meeting' AND s.n_resp > 0 AND x.submitted_on <= $2::date`,
    [PUPIL_TIPS, e.today],
  );
  // Teachers (one per session, on a share of them) and parents; their trend answers go to the trend journal too.
  const others = await sql.value<number>(
    `SELECT (count(*) FILTER (WHERE teacher) + coalesce(sum(n_resp) FILTER (WHERE kind = 'parent_meeting'), 0))::int
         FROM gen_sess WHERE status = 'delivered'`,
  );
  await sql.step(
    `insert evaluation_response (${formatNumber(others)} of teachers and parents), rows = their evaluation_trend`,
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
           FROM gen_sess s
           JOIN gen_form f ON f.audience = 'teacher' AND f.offer_type = s.offer_type
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
           FROM gen_sess s
           JOIN gen_form f ON f.audience = 'parent' AND f.offer_type = s.offer_type
          CROSS JOIN LATERAL generate_series(1, s.n_resp) j
          CROSS JOIN LATERAL (SELECT s.key * 4096 + j AS k) x
          WHERE s.status = 'delivered' AND s.kind = 'parent_meeting' AND s.n_resp > 0),
       inserted AS (
         INSERT INTO evaluation_response (session_id, form_id, audience, submitted_on, scores, answers)
         SELECT session_id, form_id, audience, submitted_on, scores, answers FROM answers
          WHERE submitted_on <= $3::date ORDER BY sn, part
         RETURNING id, session_id, audience, submitted_on, answers)
       INSERT INTO evaluation_trend (response_id, session_id, audience, submitted_on, text)
       SELECT id, session_id, audience, submitted_on, answers ->> '${TREND_KEY}'
         FROM inserted WHERE answers ? '${TREND_KEY}' ORDER BY id`,
    [TREND_TEXTS, IMPROVE_TEXTS, e.today],
  );
  await countGivenAnswers(sql, e.today);
  // A class code per delivered session: 7 characters of the unambiguous alphabet from a bijection of the
  // session number, plus the check character of @halt/domain's classCodeFrom.
  await sql.step(
    'insert evaluation_code',
    `INSERT INTO evaluation_code (session_id, code, audience, answer_limit, answers, teacher_token, teacher_answered,
                                    opens_at, closes_at, created_at)
       SELECT s.id, c.code, CASE WHEN s.kind = 'parent_meeting' THEN 'parent' ELSE 'pupil' END, s.pupils, s.n_resp,
              md5('${int(e.seed)}:tt:' || s.key), s.teacher,
              s.planned_start, s.planned_end + ${int(e.openDays)} * interval '1 day', s.delivered_at
         FROM gen_sess s
        CROSS JOIN LATERAL (
              SELECT string_agg(substr(a.alphabet, x.d + 1, 1), '' ORDER BY x.p)
                     || substr(a.alphabet, (sum((x.p + 1) * x.d) % 31)::int + 1, 1) AS code
                FROM (SELECT 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'::text AS alphabet) a,
                     LATERAL (SELECT p, (((s.sn * 17179869143 + ${int(12345 + e.seed * 7919)}) % 27512614111)
                                         / (ARRAY[1, 31, 961, 29791, 923521, 28629151, 887503681]::bigint[])[p + 1]
                                         % 31)::int AS d
                                FROM generate_series(0, 6) p) x
               GROUP BY a.alphabet) c
        WHERE s.status = 'delivered'
        ORDER BY s.sn`,
  );
  await sql.step(
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
  await sql.step(
    'insert annual_target (missing years)',
    `INSERT INTO annual_target (year, pupils, halt_jrb_schools)
       SELECT y, 200000, 15 FROM generate_series(${int(e.targetYears[0])}, ${int(e.targetYears[1])}) y
       ON CONFLICT (year) DO NOTHING`,
  );
  return rate;
}

/** The pupils' response rate (by bisection) that brings all answers together to `responses`. */
async function pupilRate(sql: Sql, responses: number): Promise<number> {
  const sums = (
    await sql.query<{ teachers: string; parents: string }>(
      `SELECT count(*) FILTER (WHERE teacher) AS teachers,
                coalesce(sum(round(pupils * least(1.0, ${PARENT_RATE} * propensity))) FILTER (
                  WHERE status = 'delivered' AND kind = 'parent_meeting'), 0) AS parents
           FROM gen_sess`,
    )
  ).rows[0];
  const pupilTarget = Math.max(0, responses - Number(sums.teachers) - Number(sums.parents));
  const pupilAnswers = async (rate: number) =>
    Number(
      await sql.value<string>(
        `SELECT coalesce(sum(round(pupils * least(1.0, $1 * propensity))), 0)
             FROM gen_sess WHERE status = 'delivered' AND kind <> 'parent_meeting'`,
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
  return hi;
}

/**
 * Sessions of the last days have not had all their answers yet: the class code counts those that were given. (In
 * generated history every answer is in, so nothing changes.)
 */
async function countGivenAnswers(sql: Sql, today: string): Promise<void> {
  await sql.query(
    `UPDATE gen_sess s
        SET n_resp = (SELECT count(*) FROM evaluation_response e WHERE e.session_id = s.id AND e.audience <> 'teacher'),
            teacher = EXISTS (SELECT 1 FROM evaluation_response e WHERE e.session_id = s.id AND e.audience = 'teacher')
      WHERE s.status = 'delivered' AND s.day > $1::date - 14`,
    [today],
  );
}
