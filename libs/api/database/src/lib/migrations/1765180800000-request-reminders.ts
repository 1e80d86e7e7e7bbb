import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders about a whole request (the planners' escalation when it is still unplanned), next to session reminders. */
export class RequestReminders1765180800000 implements MigrationInterface {
  name = 'RequestReminders1765180800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminder_job ALTER COLUMN session_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE reminder_job ADD COLUMN request_id uuid CONSTRAINT fk_reminder_job_request REFERENCES booking_request (id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE reminder_job ADD CONSTRAINT ck_reminder_job_subject CHECK ((session_id IS NULL) <> (request_id IS NULL))`,
    );
    await q.query(
      `CREATE INDEX ix_reminder_job_request ON reminder_job (request_id, state) WHERE request_id IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reminder_job WHERE request_id IS NOT NULL`);
    await q.query(`DROP INDEX ix_reminder_job_request`);
    await q.query(`ALTER TABLE reminder_job DROP CONSTRAINT ck_reminder_job_subject`);
    await q.query(`ALTER TABLE reminder_job DROP COLUMN request_id`);
    await q.query(`ALTER TABLE reminder_job ALTER COLUMN session_id SET NOT NULL`);
  }
}
