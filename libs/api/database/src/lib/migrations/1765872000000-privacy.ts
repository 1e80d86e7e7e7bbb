import { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS_BEFORE = `'create', 'update', 'delete', 'sign_in', 'sign_in_failed', 'sign_out', 'session_ended', 'refresh_token_reused'`;
const ACTIONS = `${ACTIONS_BEFORE}, 'retention_applied', 'person_erased', 'personal_data_exported'`;

/** The pseudonym an erased person's e-mail address becomes, in `app_user` and in the audit trail alike. */
export const PSEUDONYM_EMAIL_PATTERN = '^verwijderd-[0-9a-f]{12}@pseudoniem\\.invalid$';

/**
 * Privacy (AVG): retention and erasure on request.
 *
 * - **app_user.erased_at**: the moment an admin erased the person (art. 17). The row stays, deactivated, with a
 *   pseudonym for name and e-mail (`verwijderd-<12 hex>@pseudoniem.invalid`): it is what the audit trail's
 *   `actor_id` points to, so the trail keeps saying "one and the same person did these", no longer who.
 * - **booking_request.contact_pseudonymised_at**: when the contact details (name, e-mail, phone) of the request
 *   were replaced — by the retention job some months after the request finished, or by an erasure.
 * - **audit_event stays append-only, with one narrow maintenance path.** Its trigger still refuses DELETE and
 *   TRUNCATE, and refuses every UPDATE, except inside a transaction that declares `halt.audit_maintenance`
 *   (`retention` or `erasure`) and then changes nothing but: `ip` to its network (`audit_cut_ip`, /24 or /48) or
 *   to NULL, and `actor_email` to a pseudonym of the form above. Every such run also appends its own event
 *   (`retention_applied`, `person_erased`), so the trail records its own maintenance.
 * - **personal_data_exported**: who downloaded whose data.
 */
export class Privacy1765872000000 implements MigrationInterface {
  name = 'Privacy1765872000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN erased_at timestamptz,
      ADD CONSTRAINT ck_app_user_erased CHECK (erased_at IS NULL OR NOT active)`);
    await q.query(`ALTER TABLE booking_request ADD COLUMN contact_pseudonymised_at timestamptz`);
    await q.query(`CREATE INDEX ix_booking_request_contact_retention ON booking_request (status)
      WHERE contact_pseudonymised_at IS NULL AND status IN ('delivered', 'closed', 'rejected', 'cancelled')`);

    // An IPv4 address to its /24 (203.0.113.0), an IPv6 one to its /48 (2001:db8:1::); anything unreadable to NULL.
    await q.query(`
      CREATE FUNCTION audit_cut_ip(ip text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        a inet;
      BEGIN
        IF ip IS NULL THEN RETURN NULL; END IF;
        -- An IPv4 address as IPv6 sees it (::ffff:192.0.2.7) is cut as the IPv4 address it is.
        a := CASE WHEN ip ~* '^::ffff:[0-9.]+$' THEN substr(ip, 8) ELSE ip END::inet;
        RETURN host(network(set_masklen(a, CASE WHEN family(a) = 4 THEN 24 ELSE 48 END)));
      EXCEPTION WHEN others THEN
        RETURN NULL;
      END $$`);
    await q.query(`CREATE INDEX ix_audit_event_ip_uncut ON audit_event (at)
      WHERE ip IS DISTINCT FROM audit_cut_ip(ip)`);

    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        maintenance text := nullif(current_setting('halt.audit_maintenance', true), '');
      BEGIN
        IF TG_OP = 'UPDATE' AND maintenance IN ('retention', 'erasure')
           AND (to_jsonb(NEW) - 'ip' - 'actor_email') = (to_jsonb(OLD) - 'ip' - 'actor_email')
           AND (NEW.ip IS NOT DISTINCT FROM OLD.ip OR NEW.ip IS NULL OR NEW.ip = audit_cut_ip(OLD.ip))
           AND (NEW.actor_email IS NOT DISTINCT FROM OLD.actor_email
                OR (maintenance = 'erasure' AND NEW.actor_email ~ '${PSEUDONYM_EMAIL_PATTERN}'))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = '42501';
      END
      $$`);

    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_action`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_action CHECK (action IN (${ACTIONS}))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // The actions stay allowed: the events already recorded with them cannot be removed (append-only).
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = '42501';
      END
      $$`);
    await q.query(`DROP INDEX ix_audit_event_ip_uncut`);
    await q.query(`DROP FUNCTION audit_cut_ip(text)`);
    await q.query(`DROP INDEX ix_booking_request_contact_retention`);
    await q.query(`ALTER TABLE booking_request DROP COLUMN contact_pseudonymised_at`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_erased, DROP COLUMN erased_at`);
  }
}
