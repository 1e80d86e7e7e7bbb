import { assertLocalDate, LocalDate } from './local-date';

/** A Dutch school year written as `YYYY-YYYY`, e.g. `'2026-2027'` (1 August 2026 – 31 July 2027). */
export type SchoolYear = `${number}-${number}`;

/** First and last day (inclusive) of a school year. */
export interface SchoolYearBounds {
  start: LocalDate;
  end: LocalDate;
}

const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/** True when `value` looks like `2026-2027` with consecutive years. */
export function isSchoolYear(value: unknown): value is SchoolYear {
  if (typeof value !== 'string') return false;
  const m = SCHOOL_YEAR_PATTERN.exec(value);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** The school year a date belongs to; the Dutch school year runs from 1 August to 31 July. */
export function schoolYearOf(date: LocalDate): SchoolYear {
  assertLocalDate(date);
  const year = Number(date.slice(0, 4));
  const first = date.slice(5) >= '08-01' ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** First (1 August) and last (31 July) day of a school year; throws on a malformed year. */
export function schoolYearBounds(year: SchoolYear): SchoolYearBounds {
  if (!isSchoolYear(year)) throw new RangeError(`Geen geldig schooljaar (JJJJ-JJJJ): '${year}'`);
  const first = Number(year.slice(0, 4));
  return { start: `${first}-08-01`, end: `${first + 1}-07-31` };
}
