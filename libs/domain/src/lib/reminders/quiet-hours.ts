import { addDays, assertLocalTime, IsoWeekday, LocalDate, LocalTime, weekday } from '../calendar/local-date';
import { AMSTERDAM, instantToZoned, zonedDateTimeToInstant } from '../calendar/time-zone';

/**
 * When no reminder is sent. `start`–`end` is local wall-clock time and may wrap midnight (21:00–07:30); a send in
 * it moves to the next `end`. On the `noSendWeekdays` nothing is sent at all: a send then moves to the first
 * allowed day, at `end` (or at 00:00 when the quiet hours do not wrap midnight).
 */
export interface QuietHours {
  /** First quiet minute, `HH:mm`. */
  start: LocalTime;
  /** First minute sends are allowed again, `HH:mm`. Equal to `start`: no quiet hours. */
  end: LocalTime;
  /** ISO weekdays (1 = Monday … 7 = Sunday) without sends. */
  noSendWeekdays: readonly IsoWeekday[];
  /** Zone of `start`, `end` and the weekdays. */
  timeZone: string;
}

/** Default quiet hours: 21:00–07:30 Europe/Amsterdam, and no sends on Sundays. */
export const DEFAULT_QUIET_HOURS: Readonly<QuietHours> = /* @__PURE__ */ Object.freeze({
  start: '21:00',
  end: '07:30',
  noSendWeekdays: /* @__PURE__ */ Object.freeze([7]) as readonly IsoWeekday[],
  timeZone: AMSTERDAM,
});

function resolve(opts: Partial<QuietHours> = {}): QuietHours {
  const q: QuietHours = { ...DEFAULT_QUIET_HOURS, ...opts };
  assertLocalTime(q.start);
  assertLocalTime(q.end);
  if ([1, 2, 3, 4, 5, 6, 7].every((d) => q.noSendWeekdays.includes(d as IsoWeekday))) {
    throw new RangeError('Er moet minstens één dag in de week zijn waarop herinneringen verstuurd mogen worden');
  }
  return q;
}

function inWindow(time: LocalTime, q: QuietHours): boolean {
  if (q.start === q.end) return false;
  return q.start < q.end ? q.start <= time && time < q.end : time >= q.start || time < q.end;
}

/** True when `instant` falls in the quiet hours or on a day without sends (default {@link DEFAULT_QUIET_HOURS}). */
export function isInQuietHours(instant: Date, opts?: Partial<QuietHours>): boolean {
  const q = resolve(opts);
  const { date, time } = instantToZoned(instant, q.timeZone);
  return q.noSendWeekdays.includes(weekday(date)) || inWindow(time, q);
}

/**
 * The first instant at or after `instant` at which a reminder may be sent: `instant` itself (a copy) when it is outside the
 * quiet hours, otherwise the next `end` (default 07:30 local), and never on a day in `noSendWeekdays` (default
 * Sunday, which moves to Monday 07:30). Works in wall-clock time, so it is right across the clock changes:
 * Saturday 2027-03-27 23:00 → Monday 2027-03-29 07:30 CEST (05:30Z); Saturday 2026-10-24 22:00 → Monday
 * 2026-10-26 07:30 CET (06:30Z).
 */
export function shiftOutOfQuietHours(instant: Date, opts?: Partial<QuietHours>): Date {
  const q = resolve(opts);
  const zoned = instantToZoned(instant, q.timeZone);
  let date: LocalDate = zoned.date;
  let time: LocalTime = zoned.time;
  let moved = false;
  if (inWindow(time, q)) {
    // Wrapping window, evening part: the quiet hours end tomorrow.
    if (q.start > q.end && time >= q.start) date = addDays(date, 1);
    time = q.end;
    moved = true;
  }
  if (q.noSendWeekdays.includes(weekday(date))) {
    while (q.noSendWeekdays.includes(weekday(date))) date = addDays(date, 1);
    // First allowed minute of a fresh day: the end of the night's quiet hours, or midnight.
    time = q.start > q.end || q.start === '00:00' ? q.end : '00:00';
    if (inWindow(time, q)) time = q.end;
    moved = true;
  }
  return moved ? zonedDateTimeToInstant(date, time, q.timeZone, { gap: 'forward' }) : new Date(instant.getTime());
}
