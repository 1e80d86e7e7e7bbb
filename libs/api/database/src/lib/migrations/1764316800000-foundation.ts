import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, sessions and the append-only audit trail. */
export class Foundation1764316800000 implements MigrationInterface {
  name = 'Foundation1764316800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE region (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_region PRIMARY KEY,
        code text NOT NULL CONSTRAINT uq_region_code UNIQUE CONSTRAINT ck_region_code CHECK (code ~ '^[a-z][a-z0-9-]{1,30}$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE municipality (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_municipality PRIMARY KEY,
        cbs_code text NOT NULL CONSTRAINT uq_municipality_cbs_code UNIQUE
          CONSTRAINT ck_municipality_cbs_code CHECK (cbs_code ~ '^GM[0-9]{4}$'),
        name text NOT NULL,
        region_id uuid NOT NULL CONSTRAINT fk_municipality_region REFERENCES region (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_municipality_region ON municipality (region_id)`);

    await q.query(`
      CREATE TABLE school (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_school PRIMARY KEY,
        name text NOT NULL,
        brin text NOT NULL CONSTRAINT uq_school_brin UNIQUE
          CONSTRAINT ck_school_brin CHECK (brin ~ '^[0-9]{2}[A-Z]{2}([0-9]{2})?$'),
        type text NOT NULL CONSTRAINT ck_school_type CHECK (type IN ('PO', 'VO', 'MBO', 'SO', 'VSO')),
        street text NOT NULL,
        postcode text NOT NULL CONSTRAINT ck_school_postcode CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
        city text NOT NULL,
        latitude double precision NOT NULL CONSTRAINT ck_school_latitude CHECK (latitude BETWEEN 50.7 AND 53.6),
        longitude double precision NOT NULL CONSTRAINT ck_school_longitude CHECK (longitude BETWEEN 3.3 AND 7.3),
        municipality_id uuid NOT NULL CONSTRAINT fk_school_municipality REFERENCES municipality (id),
        holiday_region text NOT NULL CONSTRAINT ck_school_holiday_region CHECK (holiday_region IN ('noord', 'midden', 'zuid')),
        day_start time NOT NULL DEFAULT '08:30',
        day_end time NOT NULL DEFAULT '16:00',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_school_day CHECK (day_start < day_end)
      )`);
    await q.query(`CREATE INDEX ix_school_municipality ON school (municipality_id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_app_user PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('school', 'gemeente', 'planner', 'staff', 'admin')),
        password_hash text NOT NULL,
        language text NOT NULL DEFAULT 'nl' CONSTRAINT ck_app_user_language CHECK (language IN ('nl', 'en')),
        school_id uuid CONSTRAINT fk_app_user_school REFERENCES school (id),
        municipality_id uuid CONSTRAINT fk_app_user_municipality REFERENCES municipality (id),
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        last_failed_login_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_app_user_organisation CHECK (
          (role = 'school' AND school_id IS NOT NULL AND municipality_id IS NULL)
          OR (role = 'gemeente' AND municipality_id IS NOT NULL AND school_id IS NULL)
          OR (role IN ('planner', 'staff', 'admin') AND school_id IS NULL AND municipality_id IS NULL)
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_app_user_email ON app_user (lower(email))`);
    await q.query(`CREATE INDEX ix_app_user_school ON app_user (school_id) WHERE school_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX ix_app_user_municipality ON app_user (municipality_id) WHERE municipality_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE user_region (
        user_id uuid NOT NULL CONSTRAINT fk_user_region_user REFERENCES app_user (id) ON DELETE CASCADE,
        region_id uuid NOT NULL CONSTRAINT fk_user_region_region REFERENCES region (id),
        CONSTRAINT pk_user_region PRIMARY KEY (user_id, region_id)
      )`);
    await q.query(`CREATE INDEX ix_user_region_region ON user_region (region_id)`);

    await q.query(`
      CREATE TABLE refresh_token (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_refresh_token PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_refresh_token_user REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL CONSTRAINT uq_refresh_token_hash UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_refresh_token_user ON refresh_token (user_id)`);
    await q.query(`CREATE INDEX ix_refresh_token_family ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX ix_refresh_token_expires ON refresh_token (expires_at)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_audit_event PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_email text,
        actor_role text,
        organisation text,
        action text NOT NULL CONSTRAINT ck_audit_event_action
          CHECK (action IN ('create', 'update', 'delete', 'sign_in', 'sign_in_failed', 'sign_out')),
        entity text NOT NULL,
        entity_id text,
        changed_fields text[] NOT NULL DEFAULT '{}',
        ip text,
        request_id text
      )`);
    await q.query(`CREATE INDEX ix_audit_event_at ON audit_event (at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_audit_event_entity ON audit_event (entity, entity_id)`);
    await q.query(`CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, at DESC)`);
    // Append-only: the database itself refuses to change or remove what was recorded.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = '42501';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE user_region`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE school`);
    await q.query(`DROP TABLE municipality`);
    await q.query(`DROP TABLE region`);
  }
}
