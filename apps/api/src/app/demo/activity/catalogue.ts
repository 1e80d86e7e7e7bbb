import type { Sql } from './sql';

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
export const SCALE_KEYS: Record<'pupil' | 'teacher' | 'parent', string[]> = {
  pupil: ['feel_safer', 'prevent_repair', 'recommend'],
  teacher: ['feel_safer', 'prevent_repair', 'recommend', 'overall'],
  parent: ['feel_safer', 'prevent_repair', 'recommend'],
};
export const TREND_KEY = 'trends';

/** The region `rg` has as many active specialists with the skill of offer `o` as it needs. */
const STAFFABLE = `(SELECT count(*) FROM staff_member sm
                     JOIN staff_region sr ON sr.staff_id = sm.id AND sr.region_id = rg.id
                     JOIN staff_skill k ON k.staff_id = sm.id AND k.skill = o.required_skill
                    WHERE sm.active) >= o.staff_needed`;

/**
 * The active offers (`gen_offer`), the tickets of each Halt region and level (`gen_offer_ticket`, `gen_level`) and the
 * current forms. With `staffable`, a region only asks for offers it has enough specialists with the skill for.
 */
export async function loadCatalogue(sql: Sql, staffable: boolean): Promise<void> {
  sql.section('catalogue, calendar and forms');
  await sql.query(
    `CREATE TEMP TABLE gen_offer ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY o.code) - 1)::int AS idx, o.id, o.type, o.levels, o.duration_minutes,
              o.staff_needed, o.required_skill, o.parent_meeting_possible
         FROM offer o WHERE o.active AND 'school' = ANY(o.requester_kinds)`,
  );
  await sql.query(
    `CREATE TEMP TABLE gen_offer_ticket ON COMMIT DROP AS
       WITH per_level AS (
         SELECT rg.id AS region_id, l.level, o.idx, o.type,
                count(*) OVER (PARTITION BY rg.id, l.level, o.type) AS same_type
           FROM gen_offer o CROSS JOIN unnest(o.levels) AS l(level) CROSS JOIN region rg
          WHERE ${staffable ? STAFFABLE : 'true'})
       SELECT p.region_id, p.level, (row_number() OVER (PARTITION BY p.region_id, p.level ORDER BY p.idx, t) - 1)::int AS t,
              p.idx AS offer_idx
         FROM per_level p
         JOIN jsonb_each_text($1::jsonb) w(type, weight) ON w.type = p.type
        CROSS JOIN LATERAL generate_series(1, greatest(1, round(w.weight::numeric * 100 / p.same_type)::int)) t`,
    [JSON.stringify(TYPE_WEIGHTS)],
  );
  await sql.query(`ALTER TABLE gen_offer_ticket ADD PRIMARY KEY (region_id, level, t)`);
  await sql.query(
    `CREATE TEMP TABLE gen_level ON COMMIT DROP AS
       SELECT region_id, level, count(*)::int AS n FROM gen_offer_ticket GROUP BY region_id, level`,
  );
  await sql.query(
    `CREATE TEMP TABLE gen_form ON COMMIT DROP AS
       SELECT DISTINCT ON (audience, offer_type) audience, offer_type, id, questions
         FROM evaluation_form ORDER BY audience, offer_type, version DESC`,
  );
  await checkForms(sql);
}

/** The current forms must ask the scale questions the generator writes (outcome = key) and a trends question. */
async function checkForms(sql: Sql): Promise<void> {
  const { rows } = await sql.query<{ audience: keyof typeof SCALE_KEYS; offer_type: string; questions: unknown }>(
    `SELECT audience, offer_type, questions FROM gen_form`,
  );
  for (const form of rows) {
    const questions = form.questions as { key: string; kind: string; outcome?: string | null; trend?: boolean }[];
    const scale = questions.filter((q) => q.kind === 'scale').map((q) => `${q.key}=${q.outcome ?? ''}`);
    const wanted = SCALE_KEYS[form.audience].map((k) => `${k}=${k}`);
    const trends = questions.some((q) => q.kind === 'open' && q.key === TREND_KEY && q.trend);
    if (scale.sort().join() !== [...wanted].sort().join() || (form.audience !== 'pupil' && !trends)) {
      throw new Error(
        `evaluation form ${form.audience}/${form.offer_type} asks ${scale.join(', ')}; the generator writes ` +
          `${wanted.join(', ')}${form.audience === 'pupil' ? '' : ` and "${TREND_KEY}"`}: update the activity generator`,
      );
    }
  }
  const audiences = new Set(rows.map((r) => r.audience));
  if (!audiences.has('pupil') || !audiences.has('teacher') || !audiences.has('parent')) {
    throw new Error(`evaluation forms missing for some audiences (found ${[...audiences].join(', ')})`);
  }
}
