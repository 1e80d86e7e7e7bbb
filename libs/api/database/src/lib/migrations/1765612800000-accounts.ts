import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts without the demo seed: invitations, password reset and the first admin.
 *
 * - **password_token**: one-time links that let a person set their own password — an invitation (7 days), a
 *   reset (1 hour) or the first admin's bootstrap link (72 hours). Only the SHA-256 hash of the token is kept
 *   (64 hex characters); the link itself is in the e-mail only. A token is used once (`used_at`) or replaced
 *   (`revoked_at`, a resent invitation or a newer reset), never both, and a user has at most one open token.
 *   Used, replaced and expired tokens are deleted 30 days later (the session clean-up).
 * - **app_user.password_hash** may be empty: an invited user has no password until they set one (`has_password`,
 *   derived by the database, says which).
 * - **app_user.is_main_contact** (hoofdcontact): a school's or gemeente's main contact invites the users of their
 *   own organisation. Only school and gemeente accounts can be one.
 * - **auth_session** can end because the password was set (a reset ends every session of the account) or the
 *   role changed (the role is in every access token).
 * - **outbox_event** carries `account.mail` (the invitation or reset e-mail of a token) next to `session.changed`.
 */
export class Accounts1765612800000 implements MigrationInterface {
  name = 'Accounts1765612800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(
      `ALTER TABLE app_user ADD COLUMN has_password boolean GENERATED ALWAYS AS (password_hash IS NOT NULL) STORED`,
    );
    await q.query(`ALTER TABLE app_user ADD COLUMN is_main_contact boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT ck_app_user_main_contact CHECK (NOT is_main_contact OR role IN ('school', 'gemeente'))`);
    await q.query(`
      CREATE TABLE password_token (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_password_token PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_password_token_user REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CONSTRAINT ck_password_token_purpose CHECK (purpose IN ('invite', 'reset', 'bootstrap')),
        token_hash text NOT NULL CONSTRAINT uq_password_token_hash UNIQUE
          CONSTRAINT ck_password_token_hash CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_by uuid CONSTRAINT fk_password_token_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT ck_password_token_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '8 days'),
        CONSTRAINT ck_password_token_once CHECK (used_at IS NULL OR revoked_at IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_password_token_open ON password_token (user_id)
      WHERE used_at IS NULL AND revoked_at IS NULL`);
    await q.query(`CREATE INDEX ix_password_token_expires ON password_token (expires_at)`);
    await q.query(`CREATE TRIGGER tr_password_token_audit AFTER INSERT OR UPDATE OR DELETE ON password_token
      FOR EACH ROW EXECUTE FUNCTION audit_row('PasswordToken', 'id', '')`);
    await q.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_topic`);
    await q.query(`ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_topic
      CHECK (topic IN ('session.changed', 'account.mail'))`);
    await q.query(`ALTER TABLE auth_session DROP CONSTRAINT ck_auth_session_revoke_reason`);
    await q.query(`ALTER TABLE auth_session ADD CONSTRAINT ck_auth_session_revoke_reason CHECK (revoke_reason IN
      ('sign_out', 'ended_by_user', 'refresh_token_reused', 'account_deactivated', 'password_set', 'role_changed'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE auth_session SET revoke_reason = 'sign_out' WHERE revoke_reason IN ('password_set', 'role_changed')`,
    );
    await q.query(`ALTER TABLE auth_session DROP CONSTRAINT ck_auth_session_revoke_reason`);
    await q.query(`ALTER TABLE auth_session ADD CONSTRAINT ck_auth_session_revoke_reason CHECK (revoke_reason IN
      ('sign_out', 'ended_by_user', 'refresh_token_reused', 'account_deactivated'))`);
    await q.query(`DELETE FROM outbox_event WHERE topic = 'account.mail'`);
    await q.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_topic`);
    await q.query(`ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_topic CHECK (topic IN ('session.changed'))`);
    await q.query(`DROP TABLE password_token`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_main_contact, DROP COLUMN is_main_contact,
      DROP COLUMN has_password`);
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DELETE FROM app_user WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
  }
}
