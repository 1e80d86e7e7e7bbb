import { MigrationInterface, QueryRunner } from 'typeorm';
import { SPORT_EN_GEDRAG } from './catalogue-seed';

/**
 * Requesters beyond schools (issue 16): a request's requester is a school, a sportvereniging, a wijkpartner or a
 * gemeente.
 *
 * - `sports_club` (KNVB club number, address, gemeente, coordinates) and `neighbourhood_partner` (jongerenwerk,
 *   wijkteam, anders) are organisations of the organisation area, audited like schools.
 * - `booking_request.requester_kind` with `school_id`, `club_id`, `partner_id` or `requester_municipality_id`:
 *   `ck_booking_request_requester` makes exactly the matching one set (existing rows: `school`).
 *   `requester_id` is a generated column with whichever is set.
 * - The view `requester` yields (kind, id, name, municipality_id, region_id, latitude, longitude, holiday_region,
 *   day_start, day_end, brin) per requester: every reader that needs "the school of a request" joins it on
 *   `requester_id` instead, so region scoping, travel, holidays and lists work for every kind in one place.
 *   A club or partner has its own coordinates and its gemeente's holiday region; a gemeente uses its centre.
 * - app_user gets the roles `vereniging` (club_id) and `wijkpartner` (partner_id).
 * - `offer.requester_kinds`: for which kinds of requester an offer is (default: schools); `offer.counts_only`:
 *   participants are stored as counts only (Sport en Gedrag: youths referred under the club's disciplinary rules).
 * - The "Sport en Gedrag" training is added to the catalogue for sportverenigingen.
 */
export class Requesters1766044800000 implements MigrationInterface {
  name = 'Requesters1766044800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`
      CREATE TABLE sports_club (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sports_club PRIMARY KEY,
        name text NOT NULL CONSTRAINT ck_sports_club_name CHECK (char_length(btrim(name)) BETWEEN 2 AND 120),
        knvb_number text NOT NULL CONSTRAINT ck_sports_club_knvb_number CHECK (knvb_number ~ '^[A-Z]{4}[0-9]{2}[A-Z]$'),
        street text NOT NULL,
        postcode text NOT NULL CONSTRAINT ck_sports_club_postcode CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
        place text NOT NULL,
        municipality_id uuid NOT NULL CONSTRAINT fk_sports_club_municipality REFERENCES municipality (id),
        latitude double precision NOT NULL CONSTRAINT ck_sports_club_latitude CHECK (latitude BETWEEN 50.7 AND 53.6),
        longitude double precision NOT NULL CONSTRAINT ck_sports_club_longitude CHECK (longitude BETWEEN 3.3 AND 7.3),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_sports_club_knvb_number UNIQUE (knvb_number)
      )`);
    await q.query(`CREATE INDEX ix_sports_club_municipality ON sports_club (municipality_id)`);
    await q.query(`
      CREATE TABLE neighbourhood_partner (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_neighbourhood_partner PRIMARY KEY,
        name text NOT NULL CONSTRAINT ck_neighbourhood_partner_name CHECK (char_length(btrim(name)) BETWEEN 2 AND 120),
        kind text NOT NULL CONSTRAINT ck_neighbourhood_partner_kind CHECK (kind IN ('jongerenwerk', 'wijkteam', 'anders')),
        street text NOT NULL,
        postcode text NOT NULL CONSTRAINT ck_neighbourhood_partner_postcode CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
        place text NOT NULL,
        municipality_id uuid NOT NULL CONSTRAINT fk_neighbourhood_partner_municipality REFERENCES municipality (id),
        latitude double precision NOT NULL CONSTRAINT ck_neighbourhood_partner_latitude CHECK (latitude BETWEEN 50.7 AND 53.6),
        longitude double precision NOT NULL CONSTRAINT ck_neighbourhood_partner_longitude CHECK (longitude BETWEEN 3.3 AND 7.3),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_neighbourhood_partner_municipality ON neighbourhood_partner (municipality_id)`);
    for (const [table, entity] of [
      ['sports_club', 'SportsClub'],
      ['neighbourhood_partner', 'NeighbourhoodPartner'],
    ]) {
      await q.query(`CREATE TRIGGER tr_${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row('${entity}', 'id', 'updated_at')`);
    }

    await q.query(`ALTER TABLE booking_request
      ADD COLUMN requester_kind text NOT NULL DEFAULT 'school',
      ADD COLUMN club_id uuid CONSTRAINT fk_booking_request_club REFERENCES sports_club (id),
      ADD COLUMN partner_id uuid CONSTRAINT fk_booking_request_partner REFERENCES neighbourhood_partner (id),
      ADD COLUMN requester_municipality_id uuid CONSTRAINT fk_booking_request_requester_municipality REFERENCES municipality (id),
      ALTER COLUMN school_id DROP NOT NULL`);
    await q.query(`ALTER TABLE booking_request
      ADD CONSTRAINT ck_booking_request_requester CHECK (
        requester_kind IN ('school', 'sportvereniging', 'wijkpartner', 'gemeente')
        AND (school_id IS NOT NULL) = (requester_kind = 'school')
        AND (club_id IS NOT NULL) = (requester_kind = 'sportvereniging')
        AND (partner_id IS NOT NULL) = (requester_kind = 'wijkpartner')
        AND (requester_municipality_id IS NOT NULL) = (requester_kind = 'gemeente')),
      ADD COLUMN requester_id uuid GENERATED ALWAYS AS
        (coalesce(school_id, club_id, partner_id, requester_municipality_id)) STORED`);
    await q.query(`CREATE INDEX ix_booking_request_requester ON booking_request (requester_id)`);
    await q.query(`CREATE INDEX ix_booking_request_club ON booking_request (club_id) WHERE club_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX ix_booking_request_partner ON booking_request (partner_id) WHERE partner_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_booking_request_requester_municipality ON booking_request (requester_municipality_id)
      WHERE requester_municipality_id IS NOT NULL`);

    await q.query(`
      CREATE VIEW requester AS
        SELECT 'school'::text AS kind, s.id, s.name, s.municipality_id, mu.region_id, s.latitude, s.longitude,
               s.holiday_region, s.day_start, s.day_end, s.brin
          FROM school s JOIN municipality mu ON mu.id = s.municipality_id
        UNION ALL
        SELECT 'sportvereniging', c.id, c.name, c.municipality_id, mu.region_id, c.latitude, c.longitude,
               mu.holiday_region, time '09:00', time '21:30', NULL
          FROM sports_club c JOIN municipality mu ON mu.id = c.municipality_id
        UNION ALL
        SELECT 'wijkpartner', p.id, p.name, p.municipality_id, mu.region_id, p.latitude, p.longitude,
               mu.holiday_region, time '09:00', time '21:30', NULL
          FROM neighbourhood_partner p JOIN municipality mu ON mu.id = p.municipality_id
        UNION ALL
        SELECT 'gemeente', mu.id, mu.name, mu.id, mu.region_id, mu.latitude, mu.longitude,
               mu.holiday_region, time '08:30', time '17:00', NULL
          FROM municipality mu`);

    await q.query(`ALTER TABLE app_user
      ADD COLUMN club_id uuid CONSTRAINT fk_app_user_club REFERENCES sports_club (id),
      ADD COLUMN partner_id uuid CONSTRAINT fk_app_user_partner REFERENCES neighbourhood_partner (id),
      DROP CONSTRAINT ck_app_user_role, DROP CONSTRAINT ck_app_user_organisation, DROP CONSTRAINT ck_app_user_main_contact`);
    await q.query(`ALTER TABLE app_user
      ADD CONSTRAINT ck_app_user_role
        CHECK (role IN ('school', 'gemeente', 'vereniging', 'wijkpartner', 'planner', 'staff', 'admin')),
      ADD CONSTRAINT ck_app_user_organisation CHECK (
        (role = 'school') = (school_id IS NOT NULL)
        AND (role = 'gemeente') = (municipality_id IS NOT NULL)
        AND (role = 'vereniging') = (club_id IS NOT NULL)
        AND (role = 'wijkpartner') = (partner_id IS NOT NULL)),
      ADD CONSTRAINT ck_app_user_main_contact
        CHECK (NOT is_main_contact OR role IN ('school', 'gemeente', 'vereniging', 'wijkpartner'))`);
    await q.query(`CREATE INDEX ix_app_user_club ON app_user (club_id) WHERE club_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_app_user_partner ON app_user (partner_id) WHERE partner_id IS NOT NULL`);

    await q.query(`ALTER TABLE offer
      ADD COLUMN requester_kinds text[] NOT NULL DEFAULT '{school}' CONSTRAINT ck_offer_requester_kinds
        CHECK (cardinality(requester_kinds) > 0
               AND requester_kinds <@ ARRAY['school', 'sportvereniging', 'wijkpartner', 'gemeente']::text[]),
      ADD COLUMN counts_only boolean NOT NULL DEFAULT false`);
    const o = SPORT_EN_GEDRAG;
    await q.query(
      `INSERT INTO offer (code, type, title, description, topics, levels, duration_minutes, max_pupils_per_group,
                          staff_needed, required_skill, price_euro_cents, price_credits, parent_meeting_possible,
                          online_possible, requester_kinds, counts_only)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, '{sportvereniging}', true)`,
      [
        o.code,
        o.type,
        o.title,
        o.description,
        o.topics,
        o.levels,
        o.durationMinutes,
        o.maxPupilsPerGroup,
        o.staffNeeded,
        o.requiredSkill,
        o.priceEuroCents,
        o.priceCredits,
        o.parentMeetingPossible,
        o.onlinePossible,
      ],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DELETE FROM offer WHERE code = $1`, [SPORT_EN_GEDRAG.code]);
    await q.query(`ALTER TABLE offer DROP COLUMN counts_only, DROP COLUMN requester_kinds`);
    await q.query(`DELETE FROM app_user WHERE role IN ('vereniging', 'wijkpartner')`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role, DROP CONSTRAINT ck_app_user_organisation,
      DROP CONSTRAINT ck_app_user_main_contact, DROP COLUMN club_id, DROP COLUMN partner_id`);
    await q.query(`ALTER TABLE app_user
      ADD CONSTRAINT ck_app_user_role CHECK (role IN ('school', 'gemeente', 'planner', 'staff', 'admin')),
      ADD CONSTRAINT ck_app_user_organisation CHECK (
          (role = 'school' AND school_id IS NOT NULL AND municipality_id IS NULL)
          OR (role = 'gemeente' AND municipality_id IS NOT NULL AND school_id IS NULL)
          OR (role IN ('planner', 'staff', 'admin') AND school_id IS NULL AND municipality_id IS NULL)),
      ADD CONSTRAINT ck_app_user_main_contact CHECK (NOT is_main_contact OR role IN ('school', 'gemeente'))`);
    await q.query(`DROP VIEW requester`);
    await q.query(`DELETE FROM booking_request WHERE requester_kind <> 'school'`);
    await q.query(`ALTER TABLE booking_request DROP COLUMN requester_id, DROP CONSTRAINT ck_booking_request_requester,
      DROP COLUMN requester_kind, DROP COLUMN club_id, DROP COLUMN partner_id, DROP COLUMN requester_municipality_id,
      ALTER COLUMN school_id SET NOT NULL`);
    await q.query(`DROP TABLE neighbourhood_partner`);
    await q.query(`DROP TABLE sports_club`);
  }
}
