import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Language needs that are acted on.
 *
 * - **booking_request.interpreter_arranged** ("tolk geregeld"): the planner arranged an interpreter, so the specialist
 *   need not speak the interpreter language themselves. Only for a request that asks for an interpreter.
 * - **booking_request.meeting_link**: the link of an online parent meeting (https only, at most 500 characters),
 *   shown to the parents on their page and carried in the calendar file. Only for a request with an online meeting.
 *
 * And a private calendar feed per specialist, like the schools' (same table, same rules): **calendar_feed** belongs
 * to a school or (`staff_id`) to a specialist, exactly one of them; one active feed per specialist.
 */
export class LanguageNeedsAndStaffFeeds1765958400001 implements MigrationInterface {
  name = 'LanguageNeedsAndStaffFeeds1765958400001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_request
      ADD COLUMN interpreter_arranged boolean NOT NULL DEFAULT false,
      ADD COLUMN meeting_link text,
      ADD CONSTRAINT ck_booking_request_interpreter_arranged CHECK (NOT interpreter_arranged OR interpreter),
      ADD CONSTRAINT ck_booking_request_meeting_link CHECK (meeting_link IS NULL OR (online_parent_meeting
        AND meeting_link ~ '^https://[^[:space:]]+$' AND char_length(meeting_link) <= 500))`);
    await q.query(`ALTER TABLE calendar_feed ALTER COLUMN school_id DROP NOT NULL,
      ADD COLUMN staff_id uuid CONSTRAINT fk_calendar_feed_staff REFERENCES staff_member (id) ON DELETE CASCADE,
      ADD CONSTRAINT ck_calendar_feed_owner CHECK (num_nonnulls(school_id, staff_id) = 1)`);
    await q.query(`CREATE UNIQUE INDEX uq_calendar_feed_staff_active ON calendar_feed (staff_id)
      WHERE revoked_at IS NULL AND staff_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DELETE FROM calendar_feed WHERE staff_id IS NOT NULL`);
    await q.query(`DROP INDEX uq_calendar_feed_staff_active`);
    await q.query(`ALTER TABLE calendar_feed DROP CONSTRAINT ck_calendar_feed_owner, DROP COLUMN staff_id,
      ALTER COLUMN school_id SET NOT NULL`);
    await q.query(`ALTER TABLE booking_request DROP CONSTRAINT ck_booking_request_meeting_link,
      DROP CONSTRAINT ck_booking_request_interpreter_arranged, DROP COLUMN meeting_link, DROP COLUMN interpreter_arranged`);
  }
}
