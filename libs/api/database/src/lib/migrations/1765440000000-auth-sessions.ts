import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions the server can end, and sign-in protection that cannot be turned against a user:
 *
 * - **auth_session**: one row per sign-in (the refresh-token family of before). Every access token names its
 *   session (`sid`), and the guard loads the user only while that session is open, so signing out, ending a
 *   session on the account page, a reused refresh token or a deactivated account stops its tokens at once.
 *   It keeps what a user needs to recognise a session (a device label such as "Firefox op Windows", the
 *   sign-in and last use) and nothing else: no IP address. Ended and expired sessions are removed a day later.
 * - **login_failure**: failed sign-ins per account (keyed by a hash of the e-mail address, so an unknown address
 *   behaves like a known one) and per client IP, for progressive delays. Replaces the per-user counters, which
 *   locked the right password out for up to 15 minutes.
 * - Two audit actions: `session_ended` (a user ended one of their sessions) and `refresh_token_reused` (a
 *   security event: a used refresh token came back, and its whole session was ended).
 */
export class AuthSessions1765440000000 implements MigrationInterface {
  name = 'AuthSessions1765440000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_session (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_auth_session PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_auth_session_user REFERENCES app_user (id) ON DELETE CASCADE,
        device text NOT NULL DEFAULT 'Onbekend apparaat' CONSTRAINT ck_auth_session_device CHECK (length(device) <= 120),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text CONSTRAINT ck_auth_session_revoke_reason
          CHECK (revoke_reason IN ('sign_out', 'ended_by_user', 'refresh_token_reused', 'account_deactivated')),
        CONSTRAINT ck_auth_session_revoked CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_auth_session_user_open ON auth_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX ix_auth_session_expires ON auth_session (expires_at)`);
    // The families of the refresh tokens issued before this migration become sessions.
    await q.query(`
      INSERT INTO auth_session (id, user_id, created_at, last_used_at, expires_at, revoked_at, revoke_reason)
      SELECT family_id, min(user_id::text)::uuid, min(created_at), max(created_at), max(expires_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END,
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN 'sign_out' END
        FROM refresh_token GROUP BY family_id`);
    await q.query(`ALTER TABLE refresh_token RENAME COLUMN family_id TO session_id`);
    await q.query(`ALTER INDEX ix_refresh_token_family RENAME TO ix_refresh_token_session`);
    await q.query(`ALTER TABLE refresh_token ADD CONSTRAINT fk_refresh_token_session
      FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE`);

    await q.query(`
      CREATE TABLE login_failure (
        key text NOT NULL CONSTRAINT pk_login_failure PRIMARY KEY,
        failures integer NOT NULL CONSTRAINT ck_login_failure_failures CHECK (failures > 0),
        last_failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_login_failure_last ON login_failure (last_failed_at)`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN last_failed_login_at`);

    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_action`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_action CHECK (action IN
      ('create', 'update', 'delete', 'sign_in', 'sign_in_failed', 'sign_out', 'session_ended', 'refresh_token_reused'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action IN ('session_ended', 'refresh_token_reused')`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_action`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_action
      CHECK (action IN ('create', 'update', 'delete', 'sign_in', 'sign_in_failed', 'sign_out'))`);
    await q.query(`ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
      ADD COLUMN last_failed_login_at timestamptz`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`ALTER TABLE refresh_token DROP CONSTRAINT fk_refresh_token_session`);
    await q.query(`ALTER INDEX ix_refresh_token_session RENAME TO ix_refresh_token_family`);
    await q.query(`ALTER TABLE refresh_token RENAME COLUMN session_id TO family_id`);
    await q.query(`DROP TABLE auth_session`);
  }
}
