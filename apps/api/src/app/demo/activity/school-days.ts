import { HOLIDAY_REGIONS, type HolidayRegion } from '@halt/contracts';
import { eachDate, type LocalDate, weekday } from '@halt/domain';
import type { Sql } from './sql';

/** One school year the generator fills: its share of the placed requests and its school days per holiday region. */
export interface ActivityYear {
  share: number;
  /** The days sessions may take place on, ascending, per holiday region. */
  days: Record<HolidayRegion, LocalDate[]>;
}

/** The days of [from, to] that `isSchoolDay` accepts, ascending. */
export function schoolDaysBetween(
  from: LocalDate,
  to: LocalDate,
  isSchoolDay: (date: LocalDate) => boolean,
): LocalDate[] {
  return from > to ? [] : eachDate(from, to).filter(isSchoolDay);
}

/**
 * School days roughly, the same in every region: Monday–Friday from 16 August to 30 June, without the
 * Christmas holiday (22 December – 2 January) and the May holiday (27 April – 5 May). For generated history,
 * where the real holidays of those years are not in the database.
 */
export function roughSchoolDay(date: LocalDate): boolean {
  const md = date.slice(5);
  if (weekday(date) > 5) return false;
  if (md > '06-30' && md < '08-16') return false;
  return !(md >= '12-22' || md <= '01-02' || (md >= '04-27' && md <= '05-05'));
}

/** School years `first`-`first + 1` onwards on the rough calendar, with the given shares of the requests. */
export function roughSchoolYears(first: number, shares: readonly number[]): ActivityYear[] {
  return shares.map((share, y) => {
    const days = schoolDaysBetween(`${first + y}-08-16`, `${first + y + 1}-06-30`, roughSchoolDay);
    return { share, days: Object.fromEntries(HOLIDAY_REGIONS.map((r) => [r, days])) as ActivityYear['days'] };
  });
}

/**
 * `gen_day` (year, region, n-th school day, date) and `gen_year` (its number of days), and the year thresholds:
 * a request whose hash falls below the k-th threshold belongs to year k.
 */
export async function createDayTables(sql: Sql, years: readonly ActivityYear[]): Promise<number[]> {
  const rows = { year: [] as number[], region: [] as string[], n: [] as number[], d: [] as string[] };
  years.forEach((y, yearIdx) => {
    for (const region of HOLIDAY_REGIONS) {
      y.days[region].forEach((d, n) => {
        rows.year.push(yearIdx);
        rows.region.push(region);
        rows.n.push(n);
        rows.d.push(d);
      });
    }
  });
  await sql.query(
    `CREATE TEMP TABLE gen_day ON COMMIT DROP AS
     SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::date[]) AS x(year_idx, region, n, d)`,
    [rows.year, rows.region, rows.n, rows.d],
  );
  await sql.query(`ALTER TABLE gen_day ADD PRIMARY KEY (year_idx, region, n)`);
  await sql.query(`CREATE INDEX ON gen_day (region, d)`);
  await sql.query(
    `CREATE TEMP TABLE gen_year ON COMMIT DROP AS
     SELECT year_idx, region, count(*)::int AS ndays FROM gen_day GROUP BY year_idx, region`,
  );
  let sum = 0;
  const thresholds = years.slice(0, -1).map((y) => (sum += y.share));
  return thresholds.map((t) => Math.round(t * 1e6) / 1e6);
}
