import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'school_before_14d', 'school_before_2d', 'staff_day_before', 'parent_meeting_invite_7d',
  'evaluation_day_after', 'planner_unplanned_escalation', 'planner_staff_lost', 'planner_daily_digest'`;

/** The seeded reminder rules (the domain's `DEFAULT_REMINDER_RULES`). */
const RULES: [string, string, number, string, string, string][] = [
  ['school_before_14d', 'school', 14, 'days', 'before', '08:00'],
  ['school_before_2d', 'school', 2, 'days', 'before', '08:00'],
  ['staff_day_before', 'staff', 1, 'working_days', 'before', '08:00'],
  ['parent_meeting_invite_7d', 'school', 7, 'days', 'before', '08:00'],
  ['evaluation_day_after', 'school', 1, 'days', 'after', '08:00'],
  ['planner_unplanned_escalation', 'planner', 10, 'school_days', 'before', '08:00'],
  ['planner_staff_lost', 'planner', 7, 'days', 'before', '08:00'],
  ['planner_daily_digest', 'planner', 0, 'days', 'before', '07:30'],
];

/**
 * Reminders: admin-editable rules; a transactional outbox that every change to a session writes to in
 * the same transaction; the reminder jobs the relay put into BullMQ (so a move or cancel can remove
 * them); a message log per recipient that makes a send idempotent; and in-app notifications.
 */
export class Reminders1765008000000 implements MigrationInterface {
  name = 'Reminders1765008000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_rule (
        kind text NOT NULL CONSTRAINT pk_reminder_rule PRIMARY KEY CONSTRAINT ck_reminder_rule_kind CHECK (kind IN (${KINDS})),
        audience text NOT NULL CONSTRAINT ck_reminder_rule_audience CHECK (audience IN ('school', 'staff', 'planner', 'parent')),
        offset_amount integer NOT NULL CONSTRAINT ck_reminder_rule_amount CHECK (offset_amount BETWEEN 0 AND 60),
        offset_unit text NOT NULL CONSTRAINT ck_reminder_rule_unit CHECK (offset_unit IN ('days', 'working_days', 'school_days')),
        direction text NOT NULL CONSTRAINT ck_reminder_rule_direction CHECK (direction IN ('before', 'after')),
        send_time time NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid CONSTRAINT fk_reminder_rule_updated_by REFERENCES app_user (id)
      )`);
    for (const r of RULES) {
      await q.query(
        `INSERT INTO reminder_rule (kind, audience, offset_amount, offset_unit, direction, send_time) VALUES ($1, $2, $3, $4, $5, $6)`,
        r,
      );
    }
    await q.query(`ALTER TABLE session ADD COLUMN reminder_version integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial CONSTRAINT pk_outbox_event PRIMARY KEY,
        topic text NOT NULL CONSTRAINT ck_outbox_event_topic CHECK (topic IN ('session.changed')),
        aggregate_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX ix_outbox_event_pending ON outbox_event (id) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE reminder_job (
        job_id text NOT NULL CONSTRAINT pk_reminder_job PRIMARY KEY CONSTRAINT ck_reminder_job_id CHECK (position(':' in job_id) = 0),
        session_id uuid NOT NULL CONSTRAINT fk_reminder_job_session REFERENCES session (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_reminder_job_kind CHECK (kind IN (${KINDS})),
        version integer NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL CONSTRAINT ck_reminder_job_state CHECK (state IN ('scheduled', 'removed', 'done', 'skipped')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_reminder_job_session ON reminder_job (session_id, state)`);
    await q.query(`
      CREATE TABLE message_log (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_message_log PRIMARY KEY,
        idempotency_key text NOT NULL CONSTRAINT uq_message_log_key UNIQUE,
        job_id text,
        kind text NOT NULL,
        session_id uuid CONSTRAINT fk_message_log_session REFERENCES session (id) ON DELETE SET NULL,
        recipient text NOT NULL,
        language text NOT NULL DEFAULT 'nl',
        status text NOT NULL CONSTRAINT ck_message_log_status CHECK (status IN ('sending', 'sent', 'failed')),
        subject text NOT NULL,
        body_text text NOT NULL,
        transport text NOT NULL CONSTRAINT ck_message_log_transport CHECK (transport IN ('smtp', 'log')),
        provider_id text,
        error text,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_message_log_created ON message_log (created_at DESC)`);
    await q.query(`CREATE INDEX ix_message_log_session ON message_log (session_id)`);
    await q.query(`
      CREATE TABLE notification (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_notification PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_notification_user REFERENCES app_user (id) ON DELETE CASCADE,
        idempotency_key text NOT NULL CONSTRAINT uq_notification_key UNIQUE,
        kind text NOT NULL,
        title text NOT NULL,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_notification_user ON notification (user_id, created_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE message_log`);
    await q.query(`DROP TABLE reminder_job`);
    await q.query(`DROP TABLE outbox_event`);
    await q.query(`ALTER TABLE session DROP COLUMN reminder_version`);
    await q.query(`DROP TABLE reminder_rule`);
  }
}
