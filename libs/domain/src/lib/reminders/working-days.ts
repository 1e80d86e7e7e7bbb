import { addDays, assertLocalDate, isWeekend, LocalDate } from '../calendar/local-date';

/** Public holidays as ISO dates, a set or a list. */
export type HolidayDates = ReadonlySet<LocalDate> | readonly LocalDate[];

/** Safety bound for day-by-day searches (ten years). */
const MAX_SEARCH_DAYS = 3660;

function toSet(holidays: HolidayDates): ReadonlySet<LocalDate> {
  return holidays instanceof Set ? holidays : new Set(holidays);
}

/** True for Monday–Friday when `date` is not one of the public holidays. */
export function isWorkingDay(date: LocalDate, publicHolidays: HolidayDates = []): boolean {
  return !isWeekend(date) && !toSet(publicHolidays).has(date);
}

/**
 * The working day `n` working days after `date` (before it for negative `n`); `date` itself need not be a working
 * day and is not counted, `n = 0` returns it unchanged. Working days are Monday–Friday except the public holidays.
 * Example: one working day before Monday 2026-03-16 is Friday 2026-03-13; before Tuesday 2026-04-28 (after
 * Koningsdag, Monday 27 April) it is Friday 2026-04-24.
 */
export function addWorkingDays(date: LocalDate, n: number, publicHolidays: HolidayDates = []): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal werkdagen moet een geheel getal zijn: ${n}`);
  const holidays = toSet(publicHolidays);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = assertLocalDate(date);
  for (let i = 0; remaining > 0; i++) {
    if (i > MAX_SEARCH_DAYS) throw new RangeError('Geen werkdagen gevonden binnen tien jaar');
    current = addDays(current, step);
    if (!isWeekend(current) && !holidays.has(current)) remaining--;
  }
  return current;
}
