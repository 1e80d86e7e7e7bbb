import { HOLIDAY_REGIONS, type HolidayRegion, SCHOOL_HOLIDAY_NAMES, type SchoolHolidayName } from '@halt/contracts';
import { isLocalDate, LocalDate } from './local-date';
import { isSchoolYear, SchoolYear, schoolYearBounds } from './school-year';

// The period names are defined once, in the shared contracts.
export { SCHOOL_HOLIDAY_NAMES, type SchoolHolidayName };

/** One school-holiday period of one region, first and last day inclusive. */
export interface SchoolHoliday {
  name: SchoolHolidayName;
  region: HolidayRegion;
  start: LocalDate;
  end: LocalDate;
  /** The school year the period belongs to (where it starts); set by {@link parseSchoolHolidays}. */
  schoolYear?: SchoolYear;
}

/** One problem found in the school-holiday seed data, with a JSON path such as `schoolYears.2026-2027.kerstvakantie.zuid`. */
export interface SchoolHolidayDataIssue {
  path: string;
  message: string;
}

/** Thrown by {@link parseSchoolHolidays} with every problem it found. */
export class SchoolHolidayDataError extends Error {
  constructor(readonly issues: SchoolHolidayDataIssue[]) {
    super(`Ongeldige schoolvakantiegegevens:\n${issues.map((i) => `- ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'SchoolHolidayDataError';
  }
}

/** True for one of the five period names. */
export function isSchoolHolidayName(value: unknown): value is SchoolHolidayName {
  return typeof value === 'string' && (SCHOOL_HOLIDAY_NAMES as readonly string[]).includes(value);
}

function isHolidayRegion(value: unknown): value is HolidayRegion {
  return typeof value === 'string' && (HOLIDAY_REGIONS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates the parsed contents of `shared/data/school-holidays.json` and returns its periods,
 * ordered by school year, name and region.
 *
 * Expected shape: `{ regions?: HolidayRegion[], schoolYears: { '2026-2027': { kerstvakantie: { zuid: ['2026-12-19', '2027-01-03'], … }, … } } }`.
 * Checks: school years are `YYYY-YYYY` with consecutive years; names and regions are known;
 * each period is a pair of valid dates with start ≤ end and a start inside its school year.
 * Other top-level keys (`about`, `provenance`, …) are ignored. Throws {@link SchoolHolidayDataError}
 * listing every problem; never reads files (the caller passes the parsed JSON).
 */
export function parseSchoolHolidays(json: unknown): SchoolHoliday[] {
  const issues: SchoolHolidayDataIssue[] = [];
  const out: SchoolHoliday[] = [];
  if (!isRecord(json)) throw new SchoolHolidayDataError([{ path: '$', message: 'verwacht een object' }]);

  if (json['regions'] !== undefined) {
    const regions = json['regions'];
    if (!Array.isArray(regions)) issues.push({ path: 'regions', message: 'verwacht een lijst' });
    else
      regions.forEach((r, i) => {
        if (!isHolidayRegion(r)) issues.push({ path: `regions[${i}]`, message: `onbekende regio '${String(r)}'` });
      });
  }

  const years = json['schoolYears'];
  if (!isRecord(years)) {
    issues.push({ path: 'schoolYears', message: 'verwacht een object per schooljaar' });
    throw new SchoolHolidayDataError(issues);
  }

  for (const [year, periods] of Object.entries(years)) {
    const yearPath = `schoolYears.${year}`;
    if (!isSchoolYear(year)) {
      issues.push({ path: yearPath, message: 'schooljaar moet JJJJ-JJJJ zijn met opeenvolgende jaren' });
      continue;
    }
    if (!isRecord(periods)) {
      issues.push({ path: yearPath, message: 'verwacht een object per vakantie' });
      continue;
    }
    const bounds = schoolYearBounds(year);
    for (const [name, perRegion] of Object.entries(periods)) {
      const namePath = `${yearPath}.${name}`;
      if (!isSchoolHolidayName(name)) {
        issues.push({ path: namePath, message: `onbekende vakantie '${name}'` });
        continue;
      }
      if (!isRecord(perRegion)) {
        issues.push({ path: namePath, message: 'verwacht een object per regio' });
        continue;
      }
      for (const [region, range] of Object.entries(perRegion)) {
        const path = `${namePath}.${region}`;
        if (!isHolidayRegion(region)) {
          issues.push({ path, message: `onbekende regio '${region}'` });
          continue;
        }
        if (!Array.isArray(range) || range.length !== 2 || !isLocalDate(range[0]) || !isLocalDate(range[1])) {
          issues.push({ path, message: "verwacht [begin, eind] als twee datums 'JJJJ-MM-DD'" });
          continue;
        }
        const [start, end] = range as [LocalDate, LocalDate];
        if (start > end) {
          issues.push({ path, message: `begin ${start} ligt na eind ${end}` });
          continue;
        }
        if (start < bounds.start || start > bounds.end) {
          issues.push({ path, message: `begin ${start} ligt niet in schooljaar ${year}` });
          continue;
        }
        out.push({ name, region, start, end, schoolYear: year });
      }
    }
  }
  if (issues.length > 0) throw new SchoolHolidayDataError(issues);
  const nameOrder = (n: SchoolHolidayName) => SCHOOL_HOLIDAY_NAMES.indexOf(n);
  const regionOrder = (r: HolidayRegion) => HOLIDAY_REGIONS.indexOf(r);
  return out.sort(
    (a, b) =>
      (a.schoolYear ?? '').localeCompare(b.schoolYear ?? '') ||
      nameOrder(a.name) - nameOrder(b.name) ||
      regionOrder(a.region) - regionOrder(b.region),
  );
}
