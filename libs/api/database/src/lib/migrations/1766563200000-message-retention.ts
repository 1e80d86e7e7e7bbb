import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of what the delivery keeps about people.
 *
 * - **message_log.pseudonymised_at**: when the retention job (after `RETENTION_MESSAGE_DAYS`) or an erasure replaced
 *   the recipient by a pseudonym and removed the text. The row keeps its kind, subject, status and times as proof a
 *   message went out once. A pseudonymised row has no text, no error and a recipient on `pseudoniem.invalid`
 *   (checked by the database).
 * - **notification**: an index on `created_at` for the retention job, which deletes notifications after
 *   `RETENTION_NOTIFICATION_DAYS`.
 */
export class MessageRetention1766563200000 implements MigrationInterface {
  name = 'MessageRetention1766563200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`ALTER TABLE message_log ADD COLUMN pseudonymised_at timestamptz`);
    await q.query(`ALTER TABLE message_log ADD CONSTRAINT ck_message_log_pseudonymised CHECK (
      pseudonymised_at IS NULL OR (body_text = '' AND error IS NULL AND recipient LIKE '%@pseudoniem.invalid'))`);
    await q.query(`CREATE INDEX ix_notification_created ON notification (created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_notification_created`);
    await q.query(`ALTER TABLE message_log DROP CONSTRAINT ck_message_log_pseudonymised`);
    await q.query(`ALTER TABLE message_log DROP COLUMN pseudonymised_at`);
  }
}
