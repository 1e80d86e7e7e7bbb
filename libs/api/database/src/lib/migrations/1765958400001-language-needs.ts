import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Language needs that are acted on.
 *
 * - **booking_request.interpreter_arranged** ("tolk geregeld"): the planner arranged an interpreter, so the specialist
 *   need not speak the interpreter language themselves. Only for a request that asks for an interpreter.
 * - **booking_request.meeting_link**: the link of an online parent meeting (https only, at most 500 characters),
 *   shown to the parents on their page and carried in the calendar file. Only for a request with an online meeting.
 */
export class LanguageNeeds1765958400001 implements MigrationInterface {
  name = 'LanguageNeeds1765958400001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_request
      ADD COLUMN interpreter_arranged boolean NOT NULL DEFAULT false,
      ADD COLUMN meeting_link text,
      ADD CONSTRAINT ck_booking_request_interpreter_arranged CHECK (NOT interpreter_arranged OR interpreter),
      ADD CONSTRAINT ck_booking_request_meeting_link CHECK (meeting_link IS NULL OR (online_parent_meeting
        AND meeting_link ~ '^https://[^[:space:]]+$' AND char_length(meeting_link) <= 500))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_request DROP CONSTRAINT ck_booking_request_meeting_link,
      DROP CONSTRAINT ck_booking_request_interpreter_arranged, DROP COLUMN meeting_link, DROP COLUMN interpreter_arranged`);
  }
}
