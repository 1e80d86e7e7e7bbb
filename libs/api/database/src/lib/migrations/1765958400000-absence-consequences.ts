import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Absences have consequences.
 *
 * - **session_assignment.absence_id**: the absence that makes the specialist unavailable for a session they are on
 *   (the planner must find a replacement). Set when the absence is recorded, in its transaction; it goes (set to
 *   NULL by the foreign key) when the absence is removed, and with the assignment when the planner reassigns or
 *   unassigns. The audit trigger already on the table records the change (field `absenceId`).
 * - **outbox_event** carries `staff.absence` (tell the region's planners which sessions lost their specialist).
 */
export class AbsenceConsequences1765958400000 implements MigrationInterface {
  name = 'AbsenceConsequences1765958400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_assignment ADD COLUMN absence_id uuid
      CONSTRAINT fk_session_assignment_absence REFERENCES staff_absence (id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX ix_session_assignment_absence ON session_assignment (absence_id)
      WHERE absence_id IS NOT NULL`);
    await q.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_topic`);
    await q.query(`ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_topic
      CHECK (topic IN ('session.changed', 'account.mail', 'staff.absence'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM outbox_event WHERE topic = 'staff.absence'`);
    await q.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_topic`);
    await q.query(`ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_topic
      CHECK (topic IN ('session.changed', 'account.mail'))`);
    await q.query(`ALTER TABLE session_assignment DROP COLUMN absence_id`);
  }
}
