import { MigrationInterface, QueryRunner } from 'typeorm';

/** A private iCal feed per school: a secret token (stored hashed), revocable; one active feed per school. */
export class CalendarFeeds1764662400000 implements MigrationInterface {
  name = 'CalendarFeeds1764662400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_calendar_feed PRIMARY KEY,
        school_id uuid NOT NULL CONSTRAINT fk_calendar_feed_school REFERENCES school (id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_calendar_feed_token UNIQUE,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_calendar_feed_active ON calendar_feed (school_id) WHERE revoked_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
