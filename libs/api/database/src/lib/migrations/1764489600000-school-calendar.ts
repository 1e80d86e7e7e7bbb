import { MigrationInterface, QueryRunner } from 'typeorm';
import holidays from './data/school-holidays.json';

type Periods = Record<string, Record<string, string[]>>;

/**
 * School-holiday periods per region (seeded with the advised dates of 2025-2026 and 2026-2027; admins edit
 * them and add later school years) and each school's own closed days (study days, a deviating May holiday).
 */
export class SchoolCalendar1764489600000 implements MigrationInterface {
  name = 'SchoolCalendar1764489600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_holiday (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_school_holiday PRIMARY KEY,
        school_year text NOT NULL CONSTRAINT ck_school_holiday_year CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
        name text NOT NULL CONSTRAINT ck_school_holiday_name
          CHECK (name IN ('herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie')),
        region text NOT NULL CONSTRAINT ck_school_holiday_region CHECK (region IN ('noord', 'midden', 'zuid')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_school_holiday_period CHECK (start_date <= end_date AND end_date - start_date <= 60),
        CONSTRAINT uq_school_holiday UNIQUE (school_year, name, region)
      )`);
    await q.query(`CREATE INDEX ix_school_holiday_region_dates ON school_holiday (region, start_date, end_date)`);

    await q.query(`
      CREATE TABLE school_closed_day (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_school_closed_day PRIMARY KEY,
        school_id uuid NOT NULL CONSTRAINT fk_school_closed_day_school REFERENCES school (id) ON DELETE CASCADE,
        date date NOT NULL,
        reason text NOT NULL CONSTRAINT ck_school_closed_day_reason CHECK (char_length(reason) BETWEEN 2 AND 120),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_school_closed_day UNIQUE (school_id, date)
      )`);

    const years = (holidays as { schoolYears: Record<string, Periods> }).schoolYears;
    // Only the years this migration has always seeded; later years in the file come with their own migration.
    for (const schoolYear of ['2025-2026', '2026-2027']) {
      const periods = years[schoolYear];
      for (const [name, regions] of Object.entries(periods)) {
        for (const [region, [start, end]] of Object.entries(regions)) {
          await q.query(
            `INSERT INTO school_holiday (school_year, name, region, start_date, end_date) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT ON CONSTRAINT uq_school_holiday DO NOTHING`,
            [schoolYear, name, region, start, end],
          );
        }
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE school_closed_day`);
    await q.query(`DROP TABLE school_holiday`);
  }
}
