import { assertLocalDate, assertLocalTime, LocalDate, LocalTime } from './local-date';

/** The portal's one time zone: every local date and time is Dutch wall-clock time. */
export const AMSTERDAM = 'Europe/Amsterdam';

/** A local date and time in a zone, the result of {@link instantToZoned}. */
export interface ZonedDateTime {
  date: LocalDate;
  time: LocalTime;
}

/**
 * What to do with a wall-clock time that does not exist because the clocks jump forward
 * (Europe/Amsterdam: the last Sunday of March, 02:00 → 03:00).
 * - `reject` (default): throw {@link NonexistentLocalTimeError}.
 * - `forward`: move the time forward by the length of the gap (02:30 → 03:30 summer time),
 *   the same as `Temporal`'s `compatible` disambiguation.
 */
export type GapHandling = 'reject' | 'forward';

/** Options for {@link zonedDateTimeToInstant}. */
export interface ZonedConversionOptions {
  gap?: GapHandling;
}

/** Thrown for a local time that falls in the spring-forward gap (e.g. 02:30 on 29 March 2026). */
export class NonexistentLocalTimeError extends Error {
  constructor(
    readonly date: LocalDate,
    readonly time: LocalTime,
    readonly timeZone: string,
  ) {
    super(`${date} ${time} bestaat niet in ${timeZone}: de klok wordt dan een uur vooruitgezet`);
    this.name = 'NonexistentLocalTimeError';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as milliseconds "as if UTC" (whole seconds). */
function wallClockMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute'], parts['second']);
}

/** UTC offset of the zone at an instant, in milliseconds (Amsterdam: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instant: Date, timeZone: string = AMSTERDAM): number {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClockMs(ms, timeZone) - ms;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`.
 *
 * Daylight-saving rules (Europe/Amsterdam):
 * - Spring forward (last Sunday of March, 02:00 → 03:00): a time in the gap (02:00–02:59)
 *   is **rejected** with {@link NonexistentLocalTimeError} by default; pass `{ gap: 'forward' }`
 *   to move it forward by the gap instead (02:30 → 03:30 CEST).
 * - Fall back (last Sunday of October, 03:00 → 02:00): a time that occurs twice (02:00–02:59)
 *   resolves to the **first** occurrence, still in summer time (02:30 → 00:30Z, not 01:30Z).
 *
 * School days are never Sundays, so neither case arises for sessions; the rules exist so that
 * the function is total and predictable.
 */
export function zonedDateTimeToInstant(
  date: LocalDate,
  time: LocalTime,
  timeZone: string = AMSTERDAM,
  options: ZonedConversionOptions = {},
): Date {
  assertLocalDate(date);
  assertLocalTime(time);
  const local = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  const day = 86_400_000;
  const offsetBefore = wallClockMs(local - day, timeZone) - (local - day);
  const offsetAfter = wallClockMs(local + day, timeZone) - (local + day);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => local - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  if ((options.gap ?? 'reject') === 'reject') throw new NonexistentLocalTimeError(date, time, timeZone);
  // In the gap: read the wall-clock time with the offset that applied before the jump.
  return new Date(local - offsetBefore);
}

/** The wall-clock date and time (minutes, seconds dropped) of an instant in `timeZone`. */
export function instantToZoned(instant: Date, timeZone: string = AMSTERDAM): ZonedDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const iso = new Date(wallClockMs(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Today's date on the Dutch wall clock at instant `now` (after 00:00 in Amsterdam it is already the next day). */
export function todayInAmsterdam(now: Date): LocalDate {
  return instantToZoned(now, AMSTERDAM).date;
}
