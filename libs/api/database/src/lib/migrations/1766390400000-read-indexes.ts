import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the reads that `npm run bench:api` measures at Halt's scale (three school years). No data changes.
 *
 * - **booking_request (requester_id, status)** replaces `(requester_id)`: the planner inbox finds the submitted
 *   requests of the requesters in their regions without reading every request of those requesters.
 * - **booking_request (package_order_id, status) INCLUDE (requester_id, offer_id, id)** replaces the same index
 *   without the included columns: the gemeente dashboard reads the requests of its orders from the index alone.
 * - **session (request_id) INCLUDE (…)**: the columns the gemeente dashboard counts (status, the day it took
 *   place or is planned, the window, the pupils reached), read from the index alone.
 * - **evaluation_score (session_id) INCLUDE (…)**: a session's score counters for the dashboards, read from the
 *   index alone. (Each answer updates its counters, which now also updates this index.)
 */
export class ReadIndexes1766390400000 implements MigrationInterface {
  name = 'ReadIndexes1766390400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_booking_request_requester_status ON booking_request (requester_id, status)`);
    await q.query(`DROP INDEX ix_booking_request_requester`);
    await q.query(`DROP INDEX ix_booking_request_package`);
    await q.query(`CREATE INDEX ix_booking_request_package ON booking_request (package_order_id, status)
      INCLUDE (requester_id, offer_id, id) WHERE package_order_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_session_request_figures ON session (request_id)
      INCLUDE (id, status, delivered_on, planned_start, window_from, pupils_reached)`);
    await q.query(`CREATE INDEX ix_evaluation_score_counts ON evaluation_score (session_id)
      INCLUDE (audience, outcome, answers, total)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_evaluation_score_counts`);
    await q.query(`DROP INDEX ix_session_request_figures`);
    await q.query(`DROP INDEX ix_booking_request_package`);
    await q.query(`CREATE INDEX ix_booking_request_package ON booking_request (package_order_id, status)
      WHERE package_order_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_booking_request_requester ON booking_request (requester_id)`);
    await q.query(`DROP INDEX ix_booking_request_requester_status`);
  }
}
