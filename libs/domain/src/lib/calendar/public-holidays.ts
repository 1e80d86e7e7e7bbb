import { LocalDate } from './local-date';

/** A Dutch public holiday (feestdag) on which schools are closed, e.g. `{ date: '2027-04-27', name: 'Koningsdag' }`. */
export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

/**
 * Source of public holidays, implemented outside the domain (the API wraps the `date-holidays`
 * package). The domain never computes holidays itself; callers pass the list into
 * {@link SchoolCalendar}.
 */
export interface PublicHolidayProvider {
  /** Public holidays from `from` to `to`, both inclusive. */
  publicHolidays(from: LocalDate, to: LocalDate): PublicHoliday[];
}

/** A per-school day off (studiedag, extra May holiday …) with the reason shown to users. */
export interface ClosedDay {
  date: LocalDate;
  reason: string;
}
