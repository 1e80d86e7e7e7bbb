import { HolidayRegion } from '@halt/contracts';
import {
  addDays,
  assertLocalDate,
  assertLocalTime,
  eachDate,
  isWeekend,
  LocalDate,
  LocalTime,
  minutesToTime,
  timeToMinutes,
  weekday,
} from './local-date';
import { ClosedDay, PublicHoliday } from './public-holidays';
import { SchoolHoliday } from './school-holidays';
import { AMSTERDAM, zonedDateTimeToInstant } from './time-zone';

/** Opening hours of a school day, local time. */
export interface SchoolDayHours {
  start: LocalTime;
  end: LocalTime;
}

/** Default school day: 08:30–16:00. */
export const DEFAULT_SCHOOL_DAY_HOURS: Readonly<SchoolDayHours> = /* @__PURE__ */ Object.freeze({
  start: '08:30',
  end: '16:00',
});

/** Everything a {@link SchoolCalendar} is built from; all data is passed in, nothing is looked up. */
export interface SchoolCalendarInput {
  /** The school's holiday region. */
  region: HolidayRegion;
  /** School-holiday periods; periods of other regions are ignored, so the full seed list may be passed. */
  holidays: readonly SchoolHoliday[];
  /** Public holidays: `{ date, name }` or a bare ISO date (message then omits the name). */
  publicHolidays?: readonly (PublicHoliday | LocalDate)[];
  /** The school's own closed days (study days, an extra May week …). */
  closedDays?: readonly ClosedDay[];
  /** School-day hours; default {@link DEFAULT_SCHOOL_DAY_HOURS}. */
  hours?: SchoolDayHours;
  /** Zone for `startsAt`/`endsAt` of slots; default Europe/Amsterdam. */
  timeZone?: string;
}

/** Why a date is not a school day. */
export type NotSchoolDayCode = 'weekend' | 'school_holiday' | 'public_holiday' | 'closed_day';

/** The reason a date is not a school day, with a Dutch sentence fragment for the UI. */
export interface NotSchoolDayReason {
  code: NotSchoolDayCode;
  /** Dutch, e.g. `valt in de kerstvakantie (regio zuid)`, `is een feestdag (Koningsdag)`. */
  message: string;
}

/**
 * A preferred date window of a request: dates `from`–`to` inclusive, allowed ISO weekdays
 * (1 = Monday … 7 = Sunday) and the earliest start / latest end time of a session that day.
 */
export interface DateWindow {
  from: LocalDate;
  to: LocalDate;
  weekdays: readonly number[];
  earliest: LocalTime;
  latest: LocalTime;
}

/** A span of time on one school day, in local time and as instants. */
export interface Slot {
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
  startsAt: Date;
  endsAt: Date;
}

/** Safety bound for day-by-day searches (ten years). */
const MAX_SEARCH_DAYS = 3660;

/**
 * The school calendar of one school: which days are school days and which time slots a
 * date window offers. Pure and immutable; build one per request from data the caller loads.
 */
export class SchoolCalendar {
  /** The school's holiday region. */
  readonly region: HolidayRegion;
  /** School-day hours. */
  readonly hours: SchoolDayHours;
  /** Zone for instants. */
  readonly timeZone: string;
  private readonly holidays: readonly SchoolHoliday[];
  private readonly publicHolidays = new Map<LocalDate, string | undefined>();
  private readonly closedDays = new Map<LocalDate, string>();

  constructor(input: SchoolCalendarInput) {
    this.region = input.region;
    this.hours = { ...(input.hours ?? DEFAULT_SCHOOL_DAY_HOURS) };
    assertLocalTime(this.hours.start);
    assertLocalTime(this.hours.end);
    if (this.hours.start >= this.hours.end) {
      throw new RangeError(`Schooldag moet eindigen na het begin: ${this.hours.start}–${this.hours.end}`);
    }
    this.timeZone = input.timeZone ?? AMSTERDAM;
    this.holidays = input.holidays.filter((h) => h.region === input.region);
    for (const h of input.publicHolidays ?? []) {
      const entry = typeof h === 'string' ? { date: h, name: undefined } : h;
      this.publicHolidays.set(assertLocalDate(entry.date), entry.name);
    }
    for (const c of input.closedDays ?? []) this.closedDays.set(assertLocalDate(c.date), c.reason);
  }

  /** True when `date` is a school day: not a weekend, school holiday (own region), public holiday or closed day. */
  isSchoolDay(date: LocalDate): boolean {
    return this.whyNotSchoolDay(date) === null;
  }

  /**
   * Why `date` is not a school day, or `null` when it is. When several reasons apply the first
   * of weekend, school holiday, public holiday, closed day is given.
   */
  whyNotSchoolDay(date: LocalDate): NotSchoolDayReason | null {
    if (isWeekend(date)) return { code: 'weekend', message: 'valt in het weekend' };
    const holiday = this.holidays.find((h) => h.start <= date && date <= h.end);
    if (holiday) {
      return { code: 'school_holiday', message: `valt in de ${holiday.name} (regio ${holiday.region})` };
    }
    if (this.publicHolidays.has(date)) {
      const name = this.publicHolidays.get(date);
      return { code: 'public_holiday', message: name ? `is een feestdag (${name})` : 'is een feestdag' };
    }
    const reason = this.closedDays.get(date);
    if (reason !== undefined) {
      return { code: 'closed_day', message: reason ? `de school is dicht (${reason})` : 'de school is dicht' };
    }
    return null;
  }

  /** The school days from `from` to `to`, both inclusive, in order (its `length` is the count). */
  schoolDaysBetween(from: LocalDate, to: LocalDate): LocalDate[] {
    return eachDate(from, to).filter((d) => this.isSchoolDay(d));
  }

  /**
   * The school day `n` school days after `date` (before it for negative `n`); `date` itself need
   * not be a school day and is not counted. `n = 0` returns `date` unchanged.
   * Example: with 10 school days lead time, Monday 30 November 2026 → Monday 14 December 2026.
   */
  addSchoolDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`Aantal schooldagen moet een geheel getal zijn: ${n}`);
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = assertLocalDate(date);
    for (let i = 0; remaining > 0; i++) {
      if (i > MAX_SEARCH_DAYS) throw new RangeError('Geen schooldagen gevonden binnen tien jaar');
      current = addDays(current, step);
      if (this.isSchoolDay(current)) remaining--;
    }
    return current;
  }

  /** The first school day on or after `date`. */
  firstSchoolDayOnOrAfter(date: LocalDate): LocalDate {
    return this.isSchoolDay(date) ? date : this.addSchoolDays(date, 1);
  }

  /**
   * The time each school day in the window offers: every school day from `from` to `to` on an
   * allowed weekday, with the overlap of [earliest, latest] and the school-day hours. Days where
   * that overlap is empty are left out.
   */
  slotsInWindow(window: DateWindow): Slot[] {
    const start = maxTime(window.earliest, this.hours.start);
    const end = minTime(window.latest, this.hours.end);
    if (start >= end) return [];
    const weekdays = new Set(window.weekdays);
    return eachDate(window.from, window.to)
      .filter((d) => weekdays.has(weekday(d)) && this.isSchoolDay(d))
      .map((d) => this.slot(d, start, end));
  }

  /** True when at least one slot in the window is long enough for a session of `durationMinutes`. */
  fitsSession(window: DateWindow, durationMinutes: number): boolean {
    return this.possibleStarts(window, durationMinutes, Number.MAX_SAFE_INTEGER).length > 0;
  }

  /**
   * Every possible session of `durationMinutes` in the window, starting at each slot's start and
   * then every `stepMinutes` (default 15) while the session still ends within the slot.
   * Each result is the session's own slot (`end` = `start` + duration).
   */
  possibleStarts(window: DateWindow, durationMinutes: number, stepMinutes = 15): Slot[] {
    if (!(durationMinutes > 0) || !Number.isInteger(durationMinutes)) {
      throw new RangeError(`Duur moet een positief aantal minuten zijn: ${durationMinutes}`);
    }
    if (!(stepMinutes > 0)) throw new RangeError(`Stap moet positief zijn: ${stepMinutes}`);
    const out: Slot[] = [];
    for (const slot of this.slotsInWindow(window)) {
      const last = timeToMinutes(slot.end) - durationMinutes;
      for (let m = timeToMinutes(slot.start); m <= last; m += stepMinutes) {
        out.push(this.slot(slot.date, minutesToTime(m), minutesToTime(m + durationMinutes)));
      }
    }
    return out;
  }

  private slot(date: LocalDate, start: LocalTime, end: LocalTime): Slot {
    return {
      date,
      start,
      end,
      startsAt: zonedDateTimeToInstant(date, start, this.timeZone),
      endsAt: zonedDateTimeToInstant(date, end, this.timeZone),
    };
  }
}

function maxTime(a: LocalTime, b: LocalTime): LocalTime {
  assertLocalTime(a);
  assertLocalTime(b);
  return a > b ? a : b;
}

function minTime(a: LocalTime, b: LocalTime): LocalTime {
  assertLocalTime(a);
  assertLocalTime(b);
  return a < b ? a : b;
}
