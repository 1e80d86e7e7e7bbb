import { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'submitted', 'intake_planned', 'proposal_sent', 'accepted', 'declined', 'withdrawn'`;
const EVENTS = `'submit', 'plan_intake', 'send_proposal', 'accept', 'decline', 'withdraw'`;
const LEVELS = `ARRAY['po-7-8', 'vo-1-2', 'vo-3-4', 'mbo', 'so-vso']::text[]`;

/** The topics the outbox constraint allows now (other migrations may have added their own), plus or minus one. */
async function setOutboxTopics(q: QueryRunner, change: (topics: string[]) => string[]): Promise<void> {
  const [row] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_outbox_event_topic'`,
  );
  const topics = change([...String(row?.def ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]));
  await q.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_topic`);
  await q.query(`ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_topic
    CHECK (topic IN (${[...new Set(topics)].map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}))`);
}

/**
 * Maatwerk and advice questions: a school or gemeente describes its question without choosing an offer; a Halt
 * advisor plans an intake, sends a proposal of catalogue offers and custom sessions; the requester accepts (the lines
 * become booking requests with sessions) or declines.
 *
 * - **maatwerk_question**: the question, its state (CHECK: the lifecycle's states), its requester (a school,
 *   sportvereniging, wijkpartner or gemeente: a trigger checks it in the `requester` view, within the gemeente), the target group as counts only, the intake and the proposal's totals.
 *   The intake exists from `intake_planned` on, the proposal from `proposal_sent` on.
 * - **maatwerk_proposal_line**: the proposal's lines, a catalogue offer or a custom session, each priced in credits or
 *   euro cents; `request_id` is the booking request an accepted line became.
 * - **maatwerk_transition**: the history (a trail of its own, not audited), like `request_transition`.
 * - The outbox carries `maatwerk.changed` (aggregate: the transition), relayed into the notice and intake-reminder jobs.
 * - A catalogue offer **Maatwerk** (inactive, so schools do not book it themselves): the offer of custom sessions.
 */
export class MaatwerkQuestions1766131200000 implements MigrationInterface {
  name = 'MaatwerkQuestions1766131200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE maatwerk_question_number_seq`);
    await q.query(`
      CREATE TABLE maatwerk_question (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_maatwerk_question PRIMARY KEY,
        reference text NOT NULL CONSTRAINT uq_maatwerk_question_reference UNIQUE,
        requester_kind text NOT NULL CONSTRAINT ck_maatwerk_question_requester_kind
          CHECK (requester_kind IN ('school', 'sportvereniging', 'wijkpartner', 'gemeente')),
        requester_id uuid NOT NULL,
        municipality_id uuid NOT NULL CONSTRAINT fk_maatwerk_question_municipality REFERENCES municipality (id),
        title text NOT NULL CONSTRAINT ck_maatwerk_question_title CHECK (char_length(title) BETWEEN 3 AND 120),
        situation text NOT NULL CONSTRAINT ck_maatwerk_question_situation CHECK (char_length(situation) BETWEEN 10 AND 4000),
        levels text[] NOT NULL DEFAULT '{}' CONSTRAINT ck_maatwerk_question_levels CHECK (levels <@ ${LEVELS}),
        ages text CONSTRAINT ck_maatwerk_question_ages CHECK (char_length(ages) <= 60),
        group_count integer NOT NULL CONSTRAINT ck_maatwerk_question_group_count CHECK (group_count BETWEEN 1 AND 100),
        participant_count integer NOT NULL CONSTRAINT ck_maatwerk_question_participants CHECK (participant_count BETWEEN 1 AND 5000),
        urgency text NOT NULL CONSTRAINT ck_maatwerk_question_urgency CHECK (urgency IN ('normal', 'within_month', 'urgent')),
        preferred_from date NOT NULL,
        preferred_to date NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_phone text,
        status text NOT NULL CONSTRAINT ck_maatwerk_question_status CHECK (status IN (${STATES})),
        intake_at timestamptz,
        intake_mode text CONSTRAINT ck_maatwerk_question_intake_mode CHECK (intake_mode IN ('online', 'location')),
        intake_link text CONSTRAINT ck_maatwerk_question_intake_link CHECK (intake_link ~ '^https://[^[:space:]]+$' AND char_length(intake_link) <= 500),
        intake_place text CONSTRAINT ck_maatwerk_question_intake_place CHECK (char_length(intake_place) BETWEEN 3 AND 200),
        intake_version integer NOT NULL DEFAULT 0,
        proposal_note text,
        proposal_sent_at timestamptz,
        total_credits integer CONSTRAINT ck_maatwerk_question_total_credits CHECK (total_credits >= 0),
        total_euro_cents integer CONSTRAINT ck_maatwerk_question_total_euro CHECK (total_euro_cents >= 0),
        decision_reason text,
        created_by uuid CONSTRAINT fk_maatwerk_question_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_maatwerk_question_requester CHECK (requester_kind <> 'gemeente' OR requester_id = municipality_id),
        CONSTRAINT ck_maatwerk_question_period CHECK (preferred_to >= preferred_from),
        CONSTRAINT ck_maatwerk_question_intake CHECK (
          (status = 'submitted' OR (status = 'withdrawn' AND intake_at IS NULL))
          OR (intake_at IS NOT NULL AND intake_mode IS NOT NULL
              AND (intake_mode = 'online') = (intake_link IS NOT NULL)
              AND (intake_mode = 'location') = (intake_place IS NOT NULL))),
        CONSTRAINT ck_maatwerk_question_proposal CHECK (
          (status IN ('proposal_sent', 'accepted', 'declined')) <= (proposal_sent_at IS NOT NULL AND total_credits IS NOT NULL
            AND total_euro_cents IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_maatwerk_question_municipality ON maatwerk_question (municipality_id, submitted_at DESC)`,
    );
    await q.query(`CREATE INDEX ix_maatwerk_question_requester ON maatwerk_question (requester_id)`);
    // The requester exists and lies in the question's gemeente (the view of h-clubs' requesters foundation).
    await q.query(`
      CREATE FUNCTION maatwerk_question_requester_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM requester r WHERE r.kind = NEW.requester_kind AND r.id = NEW.requester_id
                          AND r.municipality_id = NEW.municipality_id) THEN
          RAISE EXCEPTION 'maatwerk question % has no requester % %', NEW.id, NEW.requester_kind, NEW.requester_id
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tr_maatwerk_question_requester BEFORE INSERT OR UPDATE OF requester_kind, requester_id,
      municipality_id ON maatwerk_question FOR EACH ROW EXECUTE FUNCTION maatwerk_question_requester_check()`);
    await q.query(`
      CREATE TABLE maatwerk_proposal_line (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_maatwerk_proposal_line PRIMARY KEY,
        question_id uuid NOT NULL CONSTRAINT fk_maatwerk_proposal_line_question REFERENCES maatwerk_question (id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CONSTRAINT ck_maatwerk_proposal_line_kind CHECK (kind IN ('offer', 'custom')),
        offer_id uuid CONSTRAINT fk_maatwerk_proposal_line_offer REFERENCES offer (id),
        title text NOT NULL CONSTRAINT ck_maatwerk_proposal_line_title CHECK (char_length(title) BETWEEN 3 AND 120),
        description text NOT NULL CONSTRAINT ck_maatwerk_proposal_line_description CHECK (char_length(description) <= 2000),
        duration_minutes integer NOT NULL CONSTRAINT ck_maatwerk_proposal_line_duration CHECK (duration_minutes BETWEEN 15 AND 480),
        session_count integer NOT NULL CONSTRAINT ck_maatwerk_proposal_line_sessions CHECK (session_count BETWEEN 1 AND 40),
        level text NOT NULL CONSTRAINT ck_maatwerk_proposal_line_level CHECK (level = ANY (${LEVELS})),
        price_unit text NOT NULL CONSTRAINT ck_maatwerk_proposal_line_unit CHECK (price_unit IN ('credits', 'euro')),
        price integer NOT NULL CONSTRAINT ck_maatwerk_proposal_line_price CHECK (price BETWEEN 0 AND 10000000),
        request_id uuid CONSTRAINT fk_maatwerk_proposal_line_request REFERENCES booking_request (id),
        CONSTRAINT uq_maatwerk_proposal_line_position UNIQUE (question_id, position),
        CONSTRAINT ck_maatwerk_proposal_line_offer CHECK ((kind = 'offer') = (offer_id IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE maatwerk_transition (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_maatwerk_transition PRIMARY KEY,
        question_id uuid NOT NULL CONSTRAINT fk_maatwerk_transition_question REFERENCES maatwerk_question (id) ON DELETE CASCADE,
        from_state text CONSTRAINT ck_maatwerk_transition_from CHECK (from_state IN (${STATES})),
        to_state text NOT NULL CONSTRAINT ck_maatwerk_transition_to CHECK (to_state IN (${STATES})),
        event text NOT NULL CONSTRAINT ck_maatwerk_transition_event CHECK (event IN (${EVENTS})),
        by_user_id uuid CONSTRAINT fk_maatwerk_transition_user REFERENCES app_user (id) ON DELETE SET NULL,
        reason text,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_maatwerk_transition_question ON maatwerk_transition (question_id, at)`);
    for (const [table, entity] of [
      ['maatwerk_question', 'MaatwerkQuestion'],
      ['maatwerk_proposal_line', 'MaatwerkProposalLine'],
    ]) {
      await q.query(`CREATE TRIGGER tr_${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row('${entity}', 'id', 'updated_at')`);
    }
    await setOutboxTopics(q, (topics) => [...topics, 'maatwerk.changed']);
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(
      `INSERT INTO offer (code, type, title, description, topics, levels, duration_minutes, max_pupils_per_group,
                          staff_needed, required_skill, price_euro_cents, price_credits, active, requester_kinds, counts_only)
       VALUES ('maatwerk', 'klassendialoog', 'Maatwerk', 'Sessies op maat, afgesproken in een maatwerkvoorstel van Halt.',
               '{maatwerk}', ${LEVELS}, 60, 400, 1, 'klassendialoog', 0, 0, false,
               '{school,sportvereniging,wijkpartner,gemeente}', true)
       ON CONFLICT (code) DO NOTHING`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DELETE FROM outbox_event WHERE topic = 'maatwerk.changed'`);
    await setOutboxTopics(q, (topics) => topics.filter((t) => t !== 'maatwerk.changed'));
    await q.query(`DROP TABLE maatwerk_transition`);
    await q.query(`DROP TABLE maatwerk_proposal_line`);
    await q.query(`DROP TABLE maatwerk_question`);
    await q.query(`DROP FUNCTION maatwerk_question_requester_check()`);
    await q.query(`DROP SEQUENCE maatwerk_question_number_seq`);
    await q.query(
      `DELETE FROM offer WHERE code = 'maatwerk' AND NOT EXISTS (SELECT 1 FROM booking_request r WHERE r.offer_id = offer.id)`,
    );
  }
}
