import { MigrationInterface, QueryRunner } from 'typeorm';

const ORDER_STATES = `'draft', 'ordered', 'accepted', 'active', 'closed', 'cancelled'`;
const OFFER_TYPES = `'voorlichting', 'klassendialoog', 'schoolspreekuur', 'jongerenrechtbank', 'ouderbijeenkomst', 'halt-jrb'`;

/** Halt's standard packages; the offers they fund are taken from the catalogue at their catalogue price. */
const TEMPLATES = [
  {
    code: 'basispakket-voorlichtingen',
    name: 'Basispakket voorlichtingen PO/VO',
    description: 'Voorlichtingen voor groep 7/8 en klas 1/2, met ouderbijeenkomsten.',
    defaultCredits: 34,
    types: ['voorlichting', 'ouderbijeenkomst'],
  },
  {
    code: 'preventie-met-gezag',
    name: 'Preventie met Gezag',
    description: 'Klassendialogen en schoolspreekuren voor scholen die meer nodig hebben dan een les.',
    defaultCredits: 24,
    types: ['klassendialoog', 'schoolspreekuur', 'voorlichting'],
  },
  {
    code: 'halt-jrb-traject',
    name: 'Halt-JRB traject',
    description: 'De combinatie van Halt-spreekuren en de Jongerenrechtbank op school.',
    defaultCredits: 12,
    types: ['halt-jrb', 'jongerenrechtbank', 'schoolspreekuur'],
  },
  {
    code: 'maatwerk-na-incidenten',
    name: 'Maatwerk na incidenten',
    description: 'Een reserve voor snelle inzet na een incident op of rond een school.',
    defaultCredits: 10,
    types: ['voorlichting', 'klassendialoog', 'schoolspreekuur', 'jongerenrechtbank', 'ouderbijeenkomst', 'halt-jrb'],
  },
];

/**
 * Gemeente package orders and their credit ledger.
 *
 * The ledger is append-only (a trigger refuses UPDATE and DELETE). Every entry is applied by a trigger to
 * the order's counters — available, reserved, consumed, and per offer type the quota used — whose CHECK
 * constraints refuse a negative balance or an overrun quota: even a service bug cannot spend a credit
 * twice. Services lock the order row first, so concurrent requests queue instead of failing at random.
 */
export class Packages1764835200000 implements MigrationInterface {
  name = 'Packages1764835200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE package_template (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_package_template PRIMARY KEY,
        code text NOT NULL CONSTRAINT uq_package_template_code UNIQUE,
        name text NOT NULL CONSTRAINT ck_package_template_name CHECK (char_length(name) BETWEEN 2 AND 120),
        description text NOT NULL DEFAULT '',
        default_credits integer NOT NULL CONSTRAINT ck_package_template_credits CHECK (default_credits > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE package_template_offer (
        template_id uuid NOT NULL CONSTRAINT fk_package_template_offer_template REFERENCES package_template (id) ON DELETE CASCADE,
        offer_id uuid NOT NULL CONSTRAINT fk_package_template_offer_offer REFERENCES offer (id),
        credits integer NOT NULL CONSTRAINT ck_package_template_offer_credits CHECK (credits > 0),
        CONSTRAINT pk_package_template_offer PRIMARY KEY (template_id, offer_id)
      )`);

    for (const t of TEMPLATES) {
      const [{ id }] = await q.query(
        `INSERT INTO package_template (code, name, description, default_credits) VALUES ($1, $2, $3, $4) RETURNING id`,
        [t.code, t.name, t.description, t.defaultCredits],
      );
      await q.query(
        `INSERT INTO package_template_offer (template_id, offer_id, credits)
         SELECT $1, o.id, greatest(o.price_credits, 1) FROM offer o WHERE o.type = ANY($2::text[]) AND o.active`,
        [id, t.types],
      );
    }

    await q.query(`CREATE SEQUENCE package_order_number_seq`);
    await q.query(`
      CREATE TABLE package_order (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_package_order PRIMARY KEY,
        reference text NOT NULL CONSTRAINT uq_package_order_reference UNIQUE,
        municipality_id uuid NOT NULL CONSTRAINT fk_package_order_municipality REFERENCES municipality (id),
        template_id uuid CONSTRAINT fk_package_order_template REFERENCES package_template (id),
        name text NOT NULL CONSTRAINT ck_package_order_name CHECK (char_length(name) BETWEEN 2 AND 120),
        subsidy_year integer NOT NULL CONSTRAINT ck_package_order_year CHECK (subsidy_year BETWEEN 2020 AND 2100),
        status text NOT NULL CONSTRAINT ck_package_order_status CHECK (status IN (${ORDER_STATES})),
        requires_approval boolean NOT NULL,
        all_schools boolean NOT NULL,
        order_deadline date NOT NULL,
        notes text,
        budget_credits integer NOT NULL DEFAULT 0 CONSTRAINT ck_package_order_budget CHECK (budget_credits >= 0),
        available_credits integer NOT NULL DEFAULT 0 CONSTRAINT ck_package_order_available CHECK (available_credits >= 0),
        reserved_credits integer NOT NULL DEFAULT 0 CONSTRAINT ck_package_order_reserved CHECK (reserved_credits >= 0),
        consumed_credits integer NOT NULL DEFAULT 0 CONSTRAINT ck_package_order_consumed CHECK (consumed_credits >= 0),
        CONSTRAINT ck_package_order_balance CHECK (budget_credits = available_credits + reserved_credits + consumed_credits),
        created_by uuid CONSTRAINT fk_package_order_created_by REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_package_order_municipality ON package_order (municipality_id, subsidy_year)`);
    await q.query(`CREATE INDEX ix_package_order_year ON package_order (subsidy_year, status)`);
    await q.query(`
      CREATE TABLE package_order_offer (
        order_id uuid NOT NULL CONSTRAINT fk_package_order_offer_order REFERENCES package_order (id) ON DELETE CASCADE,
        offer_id uuid NOT NULL CONSTRAINT fk_package_order_offer_offer REFERENCES offer (id),
        credits integer NOT NULL CONSTRAINT ck_package_order_offer_credits CHECK (credits > 0),
        CONSTRAINT pk_package_order_offer PRIMARY KEY (order_id, offer_id)
      )`);
    await q.query(`
      CREATE TABLE package_order_school (
        order_id uuid NOT NULL CONSTRAINT fk_package_order_school_order REFERENCES package_order (id) ON DELETE CASCADE,
        school_id uuid NOT NULL CONSTRAINT fk_package_order_school_school REFERENCES school (id),
        CONSTRAINT pk_package_order_school PRIMARY KEY (order_id, school_id)
      )`);
    await q.query(`
      CREATE TABLE package_order_quota (
        order_id uuid NOT NULL CONSTRAINT fk_package_order_quota_order REFERENCES package_order (id) ON DELETE CASCADE,
        offer_type text NOT NULL CONSTRAINT ck_package_order_quota_type CHECK (offer_type IN (${OFFER_TYPES})),
        credits integer NOT NULL CONSTRAINT ck_package_order_quota_credits CHECK (credits >= 0),
        used_credits integer NOT NULL DEFAULT 0 CONSTRAINT ck_package_order_quota_used CHECK (used_credits >= 0),
        CONSTRAINT ck_package_order_quota_within CHECK (used_credits <= credits),
        CONSTRAINT pk_package_order_quota PRIMARY KEY (order_id, offer_type)
      )`);
    await q.query(`
      CREATE TABLE package_order_transition (
        id bigserial CONSTRAINT pk_package_order_transition PRIMARY KEY,
        order_id uuid NOT NULL CONSTRAINT fk_package_order_transition_order REFERENCES package_order (id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        event text NOT NULL,
        by_user_id uuid CONSTRAINT fk_package_order_transition_user REFERENCES app_user (id),
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_package_order_transition_order ON package_order_transition (order_id, id)`);

    await q.query(`ALTER TABLE booking_request DROP CONSTRAINT ck_booking_request_funding`);
    await q.query(`
      ALTER TABLE booking_request
        ADD CONSTRAINT ck_booking_request_funding CHECK (funding IN ('school', 'package')),
        ADD COLUMN package_order_id uuid CONSTRAINT fk_booking_request_package_order REFERENCES package_order (id),
        ADD COLUMN package_credits integer CONSTRAINT ck_booking_request_package_credits CHECK (package_credits > 0),
        ADD CONSTRAINT ck_booking_request_package CHECK (
          (funding = 'package') = (package_order_id IS NOT NULL AND package_credits IS NOT NULL))`);
    await q.query(
      `CREATE INDEX ix_booking_request_package ON booking_request (package_order_id, status) WHERE package_order_id IS NOT NULL`,
    );
    await q.query(`
      ALTER TABLE session
        ADD COLUMN pupils_reached integer CONSTRAINT ck_session_pupils_reached CHECK (pupils_reached BETWEEN 0 AND 2000),
        ADD COLUMN delivered_at timestamptz`);

    await q.query(`
      CREATE TABLE ledger_entry (
        id bigserial CONSTRAINT pk_ledger_entry PRIMARY KEY,
        order_id uuid NOT NULL CONSTRAINT fk_ledger_entry_order REFERENCES package_order (id),
        kind text NOT NULL CONSTRAINT ck_ledger_entry_kind CHECK (kind IN ('budget', 'amend', 'reserve', 'release', 'consume')),
        credits integer NOT NULL,
        request_id uuid CONSTRAINT fk_ledger_entry_request REFERENCES booking_request (id),
        offer_type text CONSTRAINT ck_ledger_entry_offer_type CHECK (offer_type IN (${OFFER_TYPES})),
        reason text,
        by_user_id uuid CONSTRAINT fk_ledger_entry_user REFERENCES app_user (id),
        available_after integer NOT NULL DEFAULT 0,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_ledger_entry_credits CHECK ((kind = 'amend' AND credits <> 0) OR (kind <> 'amend' AND credits > 0)),
        CONSTRAINT ck_ledger_entry_request CHECK ((kind IN ('budget', 'amend')) = (request_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_ledger_entry_order ON ledger_entry (order_id, id)`);
    await q.query(`CREATE INDEX ix_ledger_entry_request ON ledger_entry (request_id) WHERE request_id IS NOT NULL`);

    // Applies an entry to the order's counters; the counters' CHECKs refuse an overdraft or an overrun quota.
    await q.query(`
      CREATE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        after_available integer;
      BEGIN
        IF NEW.kind IN ('budget', 'amend') THEN
          UPDATE package_order SET budget_credits = budget_credits + NEW.credits,
                 available_credits = available_credits + NEW.credits, updated_at = now()
           WHERE id = NEW.order_id RETURNING available_credits INTO after_available;
        ELSIF NEW.kind = 'reserve' THEN
          UPDATE package_order SET available_credits = available_credits - NEW.credits,
                 reserved_credits = reserved_credits + NEW.credits, updated_at = now()
           WHERE id = NEW.order_id RETURNING available_credits INTO after_available;
          UPDATE package_order_quota SET used_credits = used_credits + NEW.credits
           WHERE order_id = NEW.order_id AND offer_type = NEW.offer_type;
        ELSIF NEW.kind = 'release' THEN
          UPDATE package_order SET available_credits = available_credits + NEW.credits,
                 reserved_credits = reserved_credits - NEW.credits, updated_at = now()
           WHERE id = NEW.order_id RETURNING available_credits INTO after_available;
          UPDATE package_order_quota SET used_credits = used_credits - NEW.credits
           WHERE order_id = NEW.order_id AND offer_type = NEW.offer_type;
        ELSE -- consume: a reservation becomes consumption
          UPDATE package_order SET reserved_credits = reserved_credits - NEW.credits,
                 consumed_credits = consumed_credits + NEW.credits, updated_at = now()
           WHERE id = NEW.order_id RETURNING available_credits INTO after_available;
        END IF;
        NEW.available_after := after_available;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER ledger_entry_apply BEFORE INSERT ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply()`,
    );
    await q.query(`
      CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entry is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_entry`);
    await q.query(`DROP FUNCTION ledger_entry_append_only`);
    await q.query(`DROP FUNCTION ledger_entry_apply`);
    await q.query(`ALTER TABLE session DROP COLUMN pupils_reached, DROP COLUMN delivered_at`);
    await q.query(`DROP INDEX ix_booking_request_package`);
    await q.query(`
      ALTER TABLE booking_request DROP CONSTRAINT ck_booking_request_package,
        DROP COLUMN package_credits, DROP COLUMN package_order_id, DROP CONSTRAINT ck_booking_request_funding`);
    await q.query(`DELETE FROM booking_request WHERE funding <> 'school'`);
    await q.query(
      `ALTER TABLE booking_request ADD CONSTRAINT ck_booking_request_funding CHECK (funding IN ('school'))`,
    );
    await q.query(`DROP TABLE package_order_transition`);
    await q.query(`DROP TABLE package_order_quota`);
    await q.query(`DROP TABLE package_order_school`);
    await q.query(`DROP TABLE package_order_offer`);
    await q.query(`DROP TABLE package_order`);
    await q.query(`DROP SEQUENCE package_order_number_seq`);
    await q.query(`DROP TABLE package_template_offer`);
    await q.query(`DROP TABLE package_template`);
  }
}
