import { MigrationInterface, QueryRunner } from 'typeorm';
import holidays from './data/school-holidays.json';

type Periods = Record<string, Record<string, string[]>>;
const YEAR = '2027-2028';

/**
 * The official school holidays of 2027-2028 per region, from `data/school-holidays.json` (its `provenance`).
 * Source: Rijksoverheid, Ministerie van OCW,
 * https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028
 * (herfst- and voorjaarsvakantie are advisory). A period an admin already entered for the year is kept
 * (`ON CONFLICT DO NOTHING`); admins maintain them afterwards. Written as the `migration` actor, so audited.
 */
export class NextSchoolYearHolidays1765785600000 implements MigrationInterface {
  name = 'NextSchoolYearHolidays1765785600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    for (const [name, regions] of Object.entries(periods())) {
      for (const [region, [start, end]] of Object.entries(regions)) {
        await q.query(
          `INSERT INTO school_holiday (school_year, name, region, start_date, end_date) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT ON CONSTRAINT uq_school_holiday DO NOTHING`,
          [YEAR, name, region, start, end],
        );
      }
    }
  }

  /** Removes only the periods exactly as seeded; ones an admin changed or added stay. */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    for (const [name, regions] of Object.entries(periods())) {
      for (const [region, [start, end]] of Object.entries(regions)) {
        await q.query(
          `DELETE FROM school_holiday
            WHERE school_year = $1 AND name = $2 AND region = $3 AND start_date = $4 AND end_date = $5`,
          [YEAR, name, region, start, end],
        );
      }
    }
  }
}

function periods(): Periods {
  const year = (holidays as { schoolYears: Record<string, Periods> }).schoolYears[YEAR];
  if (!year) throw new Error(`data/school-holidays.json has no school year ${YEAR}`);
  return year;
}
