import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation management by Halt's admins: gemeenten keyed by CBS code that can be retired into a successor,
 * the holiday region kept on the gemeente, and schools imported from DUO's open data.
 *
 * - **municipality.holiday_region**: the school-holiday region of the gemeente (filled from the most common
 *   region of its schools, else `midden`).
 * - **municipality.latitude/longitude**: the gemeente's centre, where imported schools are placed when DUO
 *   gives no coordinates (filled from the average of its schools; both or neither).
 * - **municipality.retired_at/successor_id**: a merged gemeente is retired into its successor (both or neither,
 *   never itself); retired gemeenten keep their history but no longer appear in pickers.
 * - **school.holiday_region_override**: an admin's deviation per school. **school.holiday_region** stays the
 *   effective region every reader uses, but the database maintains it: a trigger sets it to the override or,
 *   without one, to the gemeente's region on every insert and update of the school, and a change of the
 *   gemeente's region is carried to its schools without an override. A written value that disagrees is
 *   replaced, so it can never disagree with its source. Existing schools that differ from their gemeente get
 *   their current value as override, so nothing changes for them.
 * - **school.location_precision**: `address` (coordinates of the location itself) or `municipality` (the
 *   gemeente's centre, for imported schools without coordinates), so nobody mistakes the second for the first.
 */
export class OrganisationAdmin1765699200000 implements MigrationInterface {
  name = 'OrganisationAdmin1765699200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`ALTER TABLE municipality
      ADD COLUMN holiday_region text CONSTRAINT ck_municipality_holiday_region
        CHECK (holiday_region IN ('noord', 'midden', 'zuid')),
      ADD COLUMN latitude double precision CONSTRAINT ck_municipality_latitude CHECK (latitude BETWEEN 50.7 AND 53.6),
      ADD COLUMN longitude double precision CONSTRAINT ck_municipality_longitude CHECK (longitude BETWEEN 3.3 AND 7.3),
      ADD COLUMN retired_at timestamptz,
      ADD COLUMN successor_id uuid CONSTRAINT fk_municipality_successor REFERENCES municipality (id),
      ADD CONSTRAINT ck_municipality_centre CHECK ((latitude IS NULL) = (longitude IS NULL)),
      ADD CONSTRAINT ck_municipality_retired CHECK ((retired_at IS NULL) = (successor_id IS NULL)),
      ADD CONSTRAINT ck_municipality_successor CHECK (successor_id <> id)`);
    await q.query(`UPDATE municipality m SET
        holiday_region = coalesce((SELECT mode() WITHIN GROUP (ORDER BY s.holiday_region) FROM school s
                                    WHERE s.municipality_id = m.id), 'midden'),
        latitude = (SELECT avg(s.latitude) FROM school s WHERE s.municipality_id = m.id),
        longitude = (SELECT avg(s.longitude) FROM school s WHERE s.municipality_id = m.id)`);
    await q.query(`ALTER TABLE municipality ALTER COLUMN holiday_region SET NOT NULL`);
    await q.query(
      `CREATE INDEX ix_municipality_successor ON municipality (successor_id) WHERE successor_id IS NOT NULL`,
    );

    await q.query(`ALTER TABLE school
      ADD COLUMN holiday_region_override text CONSTRAINT ck_school_holiday_region_override
        CHECK (holiday_region_override IN ('noord', 'midden', 'zuid')),
      ADD COLUMN location_precision text NOT NULL DEFAULT 'address'
        CONSTRAINT ck_school_location_precision CHECK (location_precision IN ('address', 'municipality'))`);
    await q.query(`UPDATE school s SET holiday_region_override = s.holiday_region FROM municipality m
      WHERE m.id = s.municipality_id AND m.holiday_region <> s.holiday_region`);

    await q.query(`
      CREATE FUNCTION school_effective_holiday_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.holiday_region := coalesce(NEW.holiday_region_override,
          (SELECT holiday_region FROM municipality WHERE id = NEW.municipality_id));
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tr_school_holiday_region BEFORE INSERT OR UPDATE ON school
      FOR EACH ROW EXECUTE FUNCTION school_effective_holiday_region()`);
    await q.query(`
      CREATE FUNCTION municipality_holiday_region_to_schools() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE school SET holiday_region = NEW.holiday_region
         WHERE municipality_id = NEW.id AND holiday_region_override IS NULL AND holiday_region <> NEW.holiday_region;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_municipality_holiday_region AFTER UPDATE OF holiday_region ON municipality
      FOR EACH ROW WHEN (OLD.holiday_region IS DISTINCT FROM NEW.holiday_region)
      EXECUTE FUNCTION municipality_holiday_region_to_schools()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_municipality_holiday_region ON municipality`);
    await q.query(`DROP FUNCTION municipality_holiday_region_to_schools()`);
    await q.query(`DROP TRIGGER tr_school_holiday_region ON school`);
    await q.query(`DROP FUNCTION school_effective_holiday_region()`);
    await q.query(`ALTER TABLE school DROP COLUMN location_precision, DROP COLUMN holiday_region_override`);
    await q.query(`ALTER TABLE municipality DROP CONSTRAINT ck_municipality_successor,
      DROP CONSTRAINT ck_municipality_retired, DROP CONSTRAINT ck_municipality_centre,
      DROP COLUMN successor_id, DROP COLUMN retired_at, DROP COLUMN longitude, DROP COLUMN latitude,
      DROP COLUMN holiday_region`);
  }
}
