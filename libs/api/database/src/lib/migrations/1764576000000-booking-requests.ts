import { MigrationInterface, QueryRunner } from 'typeorm';

const REQUEST_STATES = `'draft', 'submitted', 'awaiting_approval', 'approved', 'planned', 'confirmed', 'delivered', 'closed', 'rejected', 'cancelled', 'change_requested'`;
const SESSION_STATES = `'open', 'planned', 'confirmed', 'delivered', 'cancelled', 'no_show'`;

/** School requests, their classes, date windows and sessions, every state change, and idempotency keys. */
export class BookingRequests1764576000000 implements MigrationInterface {
  name = 'BookingRequests1764576000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE booking_request_number_seq`);
    await q.query(`
      CREATE TABLE booking_request (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_booking_request PRIMARY KEY,
        reference text NOT NULL CONSTRAINT uq_booking_request_reference UNIQUE,
        school_id uuid NOT NULL CONSTRAINT fk_booking_request_school REFERENCES school (id),
        offer_id uuid NOT NULL CONSTRAINT fk_booking_request_offer REFERENCES offer (id),
        status text NOT NULL CONSTRAINT ck_booking_request_status CHECK (status IN (${REQUEST_STATES})),
        location text NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_phone text,
        interpreter boolean NOT NULL DEFAULT false,
        interpreter_language text,
        online_parent_meeting boolean NOT NULL DEFAULT false,
        parent_meeting boolean NOT NULL DEFAULT false,
        funding text NOT NULL CONSTRAINT ck_booking_request_funding CHECK (funding IN ('school')),
        series jsonb,
        notes text,
        late_cancellation boolean NOT NULL DEFAULT false,
        created_by uuid CONSTRAINT fk_booking_request_created_by REFERENCES app_user (id),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_booking_request_school ON booking_request (school_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_booking_request_status ON booking_request (status, submitted_at)`);

    await q.query(`
      CREATE TABLE booking_group (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_booking_group PRIMARY KEY,
        request_id uuid NOT NULL CONSTRAINT fk_booking_group_request REFERENCES booking_request (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL CONSTRAINT ck_booking_group_name CHECK (char_length(name) BETWEEN 1 AND 20),
        level text NOT NULL CONSTRAINT ck_booking_group_level CHECK (level IN ('po-7-8', 'vo-1-2', 'vo-3-4', 'mbo', 'so-vso')),
        pupil_count integer NOT NULL CONSTRAINT ck_booking_group_pupils CHECK (pupil_count BETWEEN 1 AND 400),
        CONSTRAINT uq_booking_group_name UNIQUE (request_id, name)
      )`);

    await q.query(`
      CREATE TABLE booking_window (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_booking_window PRIMARY KEY,
        request_id uuid NOT NULL CONSTRAINT fk_booking_window_request REFERENCES booking_request (id) ON DELETE CASCADE,
        position integer NOT NULL,
        from_date date NOT NULL,
        to_date date NOT NULL,
        weekdays smallint[] NOT NULL CONSTRAINT ck_booking_window_weekdays
          CHECK (cardinality(weekdays) BETWEEN 1 AND 5 AND weekdays <@ ARRAY[1, 2, 3, 4, 5]::smallint[]),
        earliest time NOT NULL,
        latest time NOT NULL,
        CONSTRAINT ck_booking_window_dates CHECK (from_date <= to_date),
        CONSTRAINT ck_booking_window_times CHECK (earliest < latest)
      )`);
    await q.query(`CREATE INDEX ix_booking_window_request ON booking_window (request_id)`);

    await q.query(`
      CREATE TABLE request_transition (
        id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_request_transition PRIMARY KEY,
        request_id uuid NOT NULL CONSTRAINT fk_request_transition_request REFERENCES booking_request (id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        event text NOT NULL,
        by_user_id uuid,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_request_transition_request ON request_transition (request_id, at)`);

    await q.query(`
      CREATE TABLE session (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_session PRIMARY KEY,
        request_id uuid NOT NULL CONSTRAINT fk_session_request REFERENCES booking_request (id) ON DELETE CASCADE,
        sequence integer NOT NULL,
        kind text NOT NULL CONSTRAINT ck_session_kind CHECK (kind IN ('lesson', 'intake', 'spreekuur', 'hearing', 'parent_meeting')),
        group_id uuid CONSTRAINT fk_session_group REFERENCES booking_group (id) ON DELETE CASCADE,
        status text NOT NULL CONSTRAINT ck_session_status CHECK (status IN (${SESSION_STATES})),
        duration_minutes integer NOT NULL CONSTRAINT ck_session_duration CHECK (duration_minutes BETWEEN 15 AND 480),
        staff_needed integer NOT NULL CONSTRAINT ck_session_staff CHECK (staff_needed BETWEEN 1 AND 4),
        required_skill text NOT NULL,
        window_from date NOT NULL,
        window_to date NOT NULL,
        proposed_start timestamptz,
        planned_start timestamptz,
        planned_end timestamptz,
        ics_sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_session_sequence UNIQUE (request_id, sequence),
        CONSTRAINT ck_session_window CHECK (window_from <= window_to),
        CONSTRAINT ck_session_planned CHECK ((planned_start IS NULL) = (planned_end IS NULL) AND (planned_end IS NULL OR planned_end > planned_start))
      )`);
    await q.query(`CREATE INDEX ix_session_status_window ON session (status, window_from)`);

    await q.query(`
      CREATE TABLE session_transition (
        id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_session_transition PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_session_transition_session REFERENCES session (id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        event text NOT NULL,
        by_user_id uuid,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_session_transition_session ON session_transition (session_id, at)`);

    await q.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL,
        key text NOT NULL CONSTRAINT ck_idempotency_key CHECK (char_length(key) BETWEEN 8 AND 128),
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_key PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE session_transition`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE request_transition`);
    await q.query(`DROP TABLE booking_window`);
    await q.query(`DROP TABLE booking_group`);
    await q.query(`DROP TABLE booking_request`);
    await q.query(`DROP SEQUENCE booking_request_number_seq`);
  }
}
