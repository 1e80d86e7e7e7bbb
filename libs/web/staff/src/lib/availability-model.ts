import type { UpdateAvailabilityRequest, WorkingPatternDto } from '@halt/contracts';

/** The weekdays a specialist can work: ISO 1 = Monday … 5 = Friday. */
export const WORKDAYS = [1, 2, 3, 4, 5] as const;
export type Workday = (typeof WORKDAYS)[number];

/** A span of time on one day, `HH:mm` to `HH:mm`. */
export interface TimeRange {
  start: string;
  end: string;
}

/** What the availability form holds: per workday whether and when, the preferred days, the weekly unavailability. */
export interface AvailabilityValue {
  days: { works: boolean; ranges: TimeRange[] }[];
  preferred: number[];
  recurring: { weekday: number | string; start: string; end: string }[];
}

/** The hours worked on an ISO weekday, as `HH:mm` (the API sends `HH:mm:ss`); empty on a day off. */
export function rangesOn(pattern: WorkingPatternDto, day: number): TimeRange[] {
  const ranges = pattern[String(day) as keyof WorkingPatternDto] ?? [];
  return ranges.map((r) => ({ start: r.start.slice(0, 5), end: r.end.slice(0, 5) }));
}

/** Validator of a time span: the end after the start (each is checked on its own as required). */
export function endAfterStart(group: { value: unknown }): { order: true } | null {
  const v = group.value as { start?: string; end?: string };
  return v.start && v.end && v.end <= v.start ? { order: true } : null;
}

/** The span a new one starts as: a working day, or from where the last one ends until 16:30 (or later). */
export function nextRange(last?: TimeRange): TimeRange {
  if (!last) return { start: '08:30', end: '16:30' };
  return { start: last.end, end: last.end < '16:30' ? '16:30' : last.end };
}

/** The body of `PUT /api/staff/me/availability`: only the days worked, each day's spans in order. */
export function toAvailabilityRequest(v: AvailabilityValue): UpdateAvailabilityRequest {
  const workingPattern: WorkingPatternDto = {};
  v.days.forEach((d, i) => {
    if (!d.works || d.ranges.length === 0) return;
    const key = String(WORKDAYS[i]) as keyof WorkingPatternDto;
    workingPattern[key] = [...d.ranges].sort((a, b) => a.start.localeCompare(b.start));
  });
  return {
    workingPattern,
    preferredWeekdays: v.preferred,
    recurringAbsences: v.recurring.map((r) => ({ weekday: Number(r.weekday), start: r.start, end: r.end })),
  };
}
