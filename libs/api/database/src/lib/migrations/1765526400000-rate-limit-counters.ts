import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * **rate_limit_counter**: the throttler's counters when no Redis is configured, so that every replica of the API
 * counts against one limit (`@nestjs/throttler` storage `PostgresThrottlerStorage`, libs/api/identity). One row
 * per throttle key — a hash of the endpoint, the throttler and who calls (`user:<id>` or `ip:<address>`) — with
 * the hits in the current fixed window and, once the limit is passed, until when the key is blocked.
 *
 * - **UNLOGGED**: a counter of the last minute is not worth a WAL record on every request, nor a replica's copy.
 *   After a crash PostgreSQL empties the table: everyone starts a fresh minute, which is harmless.
 * - **Not audited** (no `audit_row()` trigger, see AUDITED_TABLES): it is technical bookkeeping of every request,
 *   not a change anybody makes to the portal's data. Its keys are hashes; it holds no personal data. Like
 *   `login_failure`, it is written outside a unit of work, by one atomic statement per request.
 * - Rows whose window and block have both ended are swept once a minute by every API process.
 */
export class RateLimitCounters1765526400000 implements MigrationInterface {
  name = 'RateLimitCounters1765526400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        key text NOT NULL CONSTRAINT pk_rate_limit_counter PRIMARY KEY,
        hits integer NOT NULL CONSTRAINT ck_rate_limit_counter_hits CHECK (hits > 0),
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(`CREATE INDEX ix_rate_limit_counter_window ON rate_limit_counter (window_ends_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counter`);
  }
}
