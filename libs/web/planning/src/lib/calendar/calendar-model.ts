import type { CalendarBlockDto, CandidatesDto } from '@halt/contracts';
import { addDays, weekday } from '@halt/domain';

/** The calendar's day: from 08:00 to 17:00 in slots of 30 minutes. */
export const DAY_START = 8 * 60;
export const DAY_END = 17 * 60;
export const SLOT_MINUTES = 30;

export { addDays };
/** ISO weekday of a plain date, 1 = Monday. */
export const weekdayOf = weekday;
/** The Monday of the week of `date`. */
export const mondayOf = (date: string): string => addDays(date, 1 - weekday(date));

/** The school days (Monday to Friday) the calendar shows, and the period it asks the API for. */
export interface CalendarRange {
  from: string;
  to: string;
  /** Rows of five weekdays (one row in the week view). */
  weeks: string[][];
}

/** The week of `anchor`, or the weeks that hold a day of its month (at most six, within the API's 42 days). */
export function rangeOf(view: 'week' | 'month', anchor: string): CalendarRange {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 7)}-01`);
  const month = anchor.slice(0, 7);
  const weeks: string[][] = [];
  for (let monday = first; ; monday = addDays(monday, 7)) {
    weeks.push([0, 1, 2, 3, 4].map((d) => addDays(monday, d)));
    if (view === 'week' || weeks.length === 6 || addDays(monday, 7).slice(0, 7) !== month) break;
  }
  return { from: weeks[0][0], to: weeks[weeks.length - 1][4], weeks };
}

/** The period before or after: a week, or a month (the anchor moves to the first of that month). */
export function step(view: 'week' | 'month', anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(mondayOf(anchor), 7 * direction);
  const [y, m] = anchor.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + direction, 1));
  return d.toISOString().slice(0, 10);
}

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The start times of the day's slots: 08:00, 08:30, … 16:30. */
export const SLOT_TIMES: readonly string[] = Array.from({ length: (DAY_END - DAY_START) / SLOT_MINUTES }, (_, i) =>
  clock(DAY_START + i * SLOT_MINUTES),
);

/** Where a block sits in a day column: top and height as a percentage of the day (08:00–17:00), clipped. */
export function blockPosition(block: Pick<CalendarBlockDto, 'start' | 'end'>): { top: number; height: number } {
  const span = DAY_END - DAY_START;
  const start = Math.min(Math.max(minutes(block.start), DAY_START), DAY_END);
  const end = Math.min(Math.max(minutes(block.end), start), DAY_END);
  return { top: ((start - DAY_START) / span) * 100, height: Math.max(((end - start) / span) * 100, 2) };
}

/** Blocks by date, in time order. */
export function blocksByDate(blocks: readonly CalendarBlockDto[]): Map<string, CalendarBlockDto[]> {
  const out = new Map<string, CalendarBlockDto[]>();
  for (const b of blocks) out.set(b.date, [...(out.get(b.date) ?? []), b]);
  for (const list of out.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return out;
}

/**
 * What the live check says of putting a session on a slot with one specialist (or with nobody yet): `ok`, or why
 * not — the slot itself (not a school day, outside the school's windows) or the specialist's broken rules.
 */
export type SlotVerdict = { ok: true } | { ok: false; reasons: string[] };

export function verdictFor(candidates: CandidatesDto, staffId: string | null): SlotVerdict {
  if (candidates.slotProblems.length > 0) return { ok: false, reasons: candidates.slotProblems };
  if (!staffId) return { ok: true };
  const excluded = candidates.excluded.find((x) => x.staffId === staffId);
  if (excluded) return { ok: false, reasons: excluded.reasons };
  return { ok: true };
}
