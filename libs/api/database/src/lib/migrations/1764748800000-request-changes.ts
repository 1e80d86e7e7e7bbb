import { MigrationInterface, QueryRunner } from 'typeorm';

/** Windows replaced by a move request are kept (superseded), so a request's history stays complete. */
export class RequestChanges1764748800000 implements MigrationInterface {
  name = 'RequestChanges1764748800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_window ADD COLUMN superseded_at timestamptz`);
    await q.query(`CREATE INDEX ix_booking_window_active ON booking_window (request_id) WHERE superseded_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_booking_window_active`);
    await q.query(`ALTER TABLE booking_window DROP COLUMN superseded_at`);
  }
}
