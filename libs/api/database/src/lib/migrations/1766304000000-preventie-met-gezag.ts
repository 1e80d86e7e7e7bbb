import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Preventie met Gezag and the council report.
 *
 * - **municipality.pmg_since**: the year a gemeente joined the Preventie met Gezag programme (null: not taking
 *   part). Owned by the organisation area; admins set it on the gemeenten page.
 * - **package_template.programme / package_order.programme**: the programme a package belongs to
 *   (`preventie-met-gezag`, or null for none). The Preventie met Gezag template gets it, and its orders with it.
 * - **offer.ondermijning**: the offer is about ondermijning (undermining crime); the catalogue shows a badge.
 *   Derived by the database from the theme: true when the offer's topics hold `ondermijning` (as the seeded
 *   "Ondermijning (Preventie met Gezag)" and "Ondermijning in de werksfeer (MBO)" do).
 * - **school_year_target**: Halt's targets that are counted per school year (1 August – 31 July), such as
 *   "at least 15 schools with the Halt-JRB offer". The council report shows them against the school years that
 *   overlap the subsidy (calendar) year.
 */
export class PreventieMetGezag1766304000000 implements MigrationInterface {
  name = 'PreventieMetGezag1766304000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`ALTER TABLE municipality ADD COLUMN pmg_since integer
      CONSTRAINT ck_municipality_pmg_since CHECK (pmg_since BETWEEN 2000 AND 2100)`);
    for (const table of ['package_template', 'package_order']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN programme text
        CONSTRAINT ck_${table}_programme CHECK (programme IN ('preventie-met-gezag'))`);
    }
    await q.query(`UPDATE package_template SET programme = 'preventie-met-gezag' WHERE code = 'preventie-met-gezag'`);
    await q.query(`UPDATE package_order o SET programme = t.programme FROM package_template t
                    WHERE t.id = o.template_id AND t.programme IS NOT NULL`);
    await q.query(`CREATE INDEX ix_package_order_programme ON package_order (programme, subsidy_year)`);
    await q.query(`ALTER TABLE offer ADD COLUMN ondermijning boolean NOT NULL
      GENERATED ALWAYS AS ('ondermijning' = ANY(topics)) STORED`);
    await q.query(`
      CREATE TABLE school_year_target (
        school_year text NOT NULL CONSTRAINT pk_school_year_target PRIMARY KEY
          CONSTRAINT ck_school_year_target_year CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'
            AND right(school_year, 4)::int = left(school_year, 4)::int + 1),
        halt_jrb_schools integer NOT NULL CONSTRAINT ck_school_year_target_halt_jrb CHECK (halt_jrb_schools >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO school_year_target (school_year, halt_jrb_schools)
      SELECT y || '-' || (y + 1), 15 FROM generate_series(2023, 2030) y`);
    await q.query(`CREATE TRIGGER tr_school_year_target_audit AFTER INSERT OR UPDATE OR DELETE ON school_year_target
      FOR EACH ROW EXECUTE FUNCTION audit_row('SchoolYearTarget', 'school_year', 'updated_at')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DROP TABLE school_year_target`);
    await q.query(`ALTER TABLE offer DROP COLUMN ondermijning`);
    await q.query(`DROP INDEX ix_package_order_programme`);
    await q.query(`ALTER TABLE package_order DROP COLUMN programme`);
    await q.query(`ALTER TABLE package_template DROP COLUMN programme`);
    await q.query(`ALTER TABLE municipality DROP COLUMN pmg_since`);
  }
}
