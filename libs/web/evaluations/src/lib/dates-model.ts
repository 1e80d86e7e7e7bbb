import type { DashboardPeriod } from '@halt/contracts';
import { addDays } from '@halt/domain';

const ZONE = 'Europe/Amsterdam';
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(`${key}|${locale}`);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(`${key}|${locale}`, f);
  }
  return f;
}

/** A plain date (yyyy-mm-dd) as people read it, e.g. "16 februari 2027". */
export function formatDay(date: string, locale = 'nl-NL'): string {
  if (!date) return '';
  const f = formatter('day', locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return f.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A session's time in Dutch time, e.g. "di 16 feb 2027, 10:00–11:30". */
export function formatTimeRange(start: string, end: string, locale = 'nl-NL'): string {
  const day = formatter('weekday', locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: ZONE,
  });
  const time = formatter('time', locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: ZONE });
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

/** A moment in Dutch time without seconds, e.g. "2 mrt 2027, 23:59". */
export function formatMoment(iso: string, locale = 'nl-NL'): string {
  const f = formatter('moment', locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE });
  return f.format(new Date(iso));
}

/** The period a list opens with: `days` before and after today. */
export function periodAround(today: string, days = 60): DashboardPeriod {
  return { from: addDays(today, -days), to: addDays(today, days) };
}
