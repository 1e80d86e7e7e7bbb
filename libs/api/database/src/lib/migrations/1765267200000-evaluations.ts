import { MigrationInterface, QueryRunner } from 'typeorm';
import { EVALUATION_FORMS_SEED } from './evaluation-forms-seed';

const OFFER_TYPES = `'voorlichting', 'klassendialoog', 'schoolspreekuur', 'jongerenrechtbank', 'ouderbijeenkomst', 'halt-jrb'`;
const AUDIENCES = `'teacher', 'pupil', 'parent'`;

/**
 * Evaluations: versioned question sets, a class code per delivered session, anonymous answers (no names,
 * no addresses, no times finer than the day), per-session score counters kept in the answering
 * transaction, trend answers for Halt's trend journal, and the year's targets for the dashboards.
 */
export class Evaluations1765267200000 implements MigrationInterface {
  name = 'Evaluations1765267200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_form (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_evaluation_form PRIMARY KEY,
        audience text NOT NULL CONSTRAINT ck_evaluation_form_audience CHECK (audience IN (${AUDIENCES})),
        offer_type text NOT NULL CONSTRAINT ck_evaluation_form_offer_type CHECK (offer_type IN (${OFFER_TYPES})),
        version integer NOT NULL CONSTRAINT ck_evaluation_form_version CHECK (version >= 1),
        title text NOT NULL CONSTRAINT ck_evaluation_form_title CHECK (char_length(title) BETWEEN 3 AND 120),
        intro text NOT NULL DEFAULT '',
        questions jsonb NOT NULL CONSTRAINT ck_evaluation_form_questions
          CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) BETWEEN 1 AND 20),
        created_by uuid CONSTRAINT fk_evaluation_form_created_by REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_evaluation_form_version UNIQUE (audience, offer_type, version)
      )`);
    // A version is never changed: answers were given on exactly these questions.
    await q.query(`
      CREATE FUNCTION evaluation_form_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'evaluation_form versions are immutable; add a new version' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER evaluation_form_immutable BEFORE UPDATE OR DELETE ON evaluation_form FOR EACH ROW EXECUTE FUNCTION evaluation_form_immutable()`,
    );
    for (const f of EVALUATION_FORMS_SEED) {
      await q.query(
        `INSERT INTO evaluation_form (audience, offer_type, version, title, intro, questions) VALUES ($1, $2, 1, $3, $4, $5)`,
        [f.audience, f.offerType, f.title, f.intro, JSON.stringify(f.questions)],
      );
    }

    await q.query(`
      CREATE TABLE evaluation_code (
        session_id uuid NOT NULL CONSTRAINT pk_evaluation_code PRIMARY KEY
          CONSTRAINT fk_evaluation_code_session REFERENCES session (id) ON DELETE CASCADE,
        code text NOT NULL CONSTRAINT uq_evaluation_code_code UNIQUE CONSTRAINT ck_evaluation_code_code CHECK (code ~ '^[A-Z2-9]{8}$'),
        audience text NOT NULL CONSTRAINT ck_evaluation_code_audience CHECK (audience IN ('pupil', 'parent')),
        answer_limit integer NOT NULL CONSTRAINT ck_evaluation_code_limit CHECK (answer_limit BETWEEN 0 AND 2000),
        answers integer NOT NULL DEFAULT 0,
        teacher_token text NOT NULL CONSTRAINT uq_evaluation_code_teacher_token UNIQUE,
        teacher_answered boolean NOT NULL DEFAULT false,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_evaluation_code_answers CHECK (answers BETWEEN 0 AND answer_limit),
        CONSTRAINT ck_evaluation_code_period CHECK (closes_at > opens_at)
      )`);

    // Anonymous by construction: no user, no address, no IP, only the day.
    await q.query(`
      CREATE TABLE evaluation_response (
        id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_evaluation_response PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_evaluation_response_session REFERENCES session (id) ON DELETE CASCADE,
        form_id uuid NOT NULL CONSTRAINT fk_evaluation_response_form REFERENCES evaluation_form (id),
        audience text NOT NULL CONSTRAINT ck_evaluation_response_audience CHECK (audience IN (${AUDIENCES})),
        submitted_on date NOT NULL,
        scores jsonb NOT NULL CONSTRAINT ck_evaluation_response_scores CHECK (jsonb_typeof(scores) = 'object'),
        answers jsonb NOT NULL DEFAULT '{}' CONSTRAINT ck_evaluation_response_answers CHECK (jsonb_typeof(answers) = 'object')
      )`);
    await q.query(`CREATE INDEX ix_evaluation_response_session ON evaluation_response (session_id)`);
    await q.query(`CREATE INDEX ix_evaluation_response_form ON evaluation_response (form_id)`);

    // Per session, audience and outcome: number of scores and their sum (kept with every answer).
    await q.query(`
      CREATE TABLE evaluation_score (
        session_id uuid NOT NULL CONSTRAINT fk_evaluation_score_session REFERENCES session (id) ON DELETE CASCADE,
        audience text NOT NULL CONSTRAINT ck_evaluation_score_audience CHECK (audience IN (${AUDIENCES})),
        outcome text NOT NULL CONSTRAINT ck_evaluation_score_outcome CHECK (outcome IN ('feel_safer', 'prevent_repair', 'recommend', 'overall')),
        answers integer NOT NULL CONSTRAINT ck_evaluation_score_answers CHECK (answers >= 0),
        total integer NOT NULL CONSTRAINT ck_evaluation_score_total CHECK (total BETWEEN answers AND answers * 5),
        CONSTRAINT pk_evaluation_score PRIMARY KEY (session_id, audience, outcome)
      )`);

    // Open answers to trend questions, contact details already removed, for Halt's trend journal.
    await q.query(`
      CREATE TABLE evaluation_trend (
        id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_evaluation_trend PRIMARY KEY,
        response_id bigint NOT NULL CONSTRAINT fk_evaluation_trend_response REFERENCES evaluation_response (id) ON DELETE CASCADE,
        session_id uuid NOT NULL CONSTRAINT fk_evaluation_trend_session REFERENCES session (id) ON DELETE CASCADE,
        audience text NOT NULL CONSTRAINT ck_evaluation_trend_audience CHECK (audience IN (${AUDIENCES})),
        submitted_on date NOT NULL,
        text text NOT NULL CONSTRAINT ck_evaluation_trend_text CHECK (char_length(text) BETWEEN 1 AND 1000)
      )`);
    await q.query(`CREATE INDEX ix_evaluation_trend_submitted ON evaluation_trend (submitted_on, id)`);

    // The dashboards read delivered sessions by the day they took place.
    await q.query(`ALTER TABLE session ADD COLUMN delivered_on date`);
    await q.query(
      `UPDATE session SET delivered_on = (planned_start AT TIME ZONE 'Europe/Amsterdam')::date WHERE status IN ('delivered', 'no_show') AND planned_start IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_session_delivered_on ON session (delivered_on) INCLUDE (request_id, status, pupils_reached) WHERE delivered_on IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE annual_target (
        year integer NOT NULL CONSTRAINT pk_annual_target PRIMARY KEY CONSTRAINT ck_annual_target_year CHECK (year BETWEEN 2000 AND 2100),
        pupils integer NOT NULL CONSTRAINT ck_annual_target_pupils CHECK (pupils >= 0),
        halt_jrb_schools integer NOT NULL CONSTRAINT ck_annual_target_halt_jrb CHECK (halt_jrb_schools >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `INSERT INTO annual_target (year, pupils, halt_jrb_schools) SELECT y, 200000, 15 FROM generate_series(2024, 2030) y`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_target`);
    await q.query(`DROP INDEX ix_session_delivered_on`);
    await q.query(`ALTER TABLE session DROP COLUMN delivered_on`);
    await q.query(`DROP TABLE evaluation_trend`);
    await q.query(`DROP TABLE evaluation_score`);
    await q.query(`DROP TABLE evaluation_response`);
    await q.query(`DROP TABLE evaluation_code`);
    await q.query(`DROP TABLE evaluation_form`);
    await q.query(`DROP FUNCTION evaluation_form_immutable()`);
  }
}
