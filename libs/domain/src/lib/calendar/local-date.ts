/**
 * A calendar date without a time zone, as an ISO `YYYY-MM-DD` string
 * (a day on the Dutch school calendar). Kept a plain string so DTOs and
 * database columns need no conversion; use {@link isLocalDate} or
 * {@link assertLocalDate} at the edges.
 */
export type LocalDate = string;

/** A wall-clock time without date or zone, as `HH:mm` (24-hour, 00:00–23:59). */
export type LocalTime = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `HH:mm` from 00:00 to 23:59, as time inputs give it: for form validators; code asks {@link isLocalTime}. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

/** Thrown when a string is not a valid `YYYY-MM-DD` date or `HH:mm` time. */
export class InvalidLocalDateError extends Error {
  constructor(
    readonly value: string,
    kind: 'date' | 'time' = 'date',
  ) {
    super(kind === 'date' ? `Geen geldige datum (JJJJ-MM-DD): '${value}'` : `Geen geldige tijd (UU:MM): '${value}'`);
    this.name = 'InvalidLocalDateError';
  }
}

/** True when `value` is an existing calendar date written as `YYYY-MM-DD` (so not 2026-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d;
}

/** True when `value` is a time written as `HH:mm` between 00:00 and 23:59. */
export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME_PATTERN.test(value);
}

/** Returns `value` unchanged, or throws {@link InvalidLocalDateError} when it is not a valid date. */
export function assertLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value, 'date');
  return value;
}

/** Returns `value` unchanged, or throws {@link InvalidLocalDateError} when it is not a valid time. */
export function assertLocalTime(value: string): LocalTime {
  if (!isLocalTime(value)) throw new InvalidLocalDateError(value, 'time');
  return value;
}

/** Days since 1970-01-01 for a local date (a stable ordinal for arithmetic). */
export function toEpochDay(date: LocalDate): number {
  assertLocalDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** The local date for a day number from {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (`n` may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const mod = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (mod + 1) as IsoWeekday;
}

/** True for Saturday and Sunday. */
export function isWeekend(date: LocalDate): boolean {
  return weekday(date) >= 6;
}

/** Every date from `from` to `to`, both inclusive; empty when `from` is after `to`. */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const out: LocalDate[] = [];
  for (let d = start; d <= end; d++) out.push(fromEpochDay(d));
  return out;
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO strings sort chronologically). */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Minutes since midnight for an `HH:mm` time. */
export function timeToMinutes(time: LocalTime): number {
  assertLocalTime(time);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:mm` for minutes since midnight (0 … 1439). */
export function minutesToTime(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`Minutes out of range for a time of day: ${minutes}`);
  }
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
