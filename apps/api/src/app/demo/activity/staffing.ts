import {
  addDays,
  type GeoPoint,
  type LocalDate,
  timeToMinutes,
  travelMinutes,
  weekday,
  zonedDateTimeToInstant,
} from '@halt/domain';

/** A specialist as the staffing of generated sessions sees them. */
export interface StaffToBook {
  id: string;
  home: GeoPoint;
  regionIds: readonly string[];
  /** Skill → last day it is valid. */
  skills: Readonly<Record<string, LocalDate>>;
  /** Working hours per ISO weekday ("1" … "7"), as the profile's `working_pattern` stores them. */
  pattern: Readonly<Record<string, readonly { start: string; end: string }[]>>;
  maxSessionsPerDay: number;
  contractHoursPerWeek: number;
}

/** A session to staff: where and when it wants to be, and where else it may go. */
export interface SessionToBook {
  key: string;
  /** Sessions of one request are booked together, in `sequence` order, or not at all. */
  request: string;
  sequence: number;
  staffNeeded: number;
  skill: string;
  school: { location: GeoPoint; regionId: string };
  durationMinutes: number;
  /** The days it may take place on, the wanted one first (one day for a session of a fixed series). */
  days: readonly LocalDate[];
  /** Start times it may have (HH:mm), the wanted one first. */
  times: readonly string[];
}

export interface BookedSession {
  key: string;
  date: LocalDate;
  time: string;
  start: Date;
  end: Date;
  /** The specialists with their travel from home, in minutes (the assignment's `travel_minutes`). */
  staff: { staffId: string; travelMinutes: number }[];
}

export interface StaffingResult {
  booked: BookedSession[];
  /** Requests one of whose sessions found nobody in any of its places. */
  dropped: string[];
}

interface Booking {
  from: number;
  to: number;
  location: GeoPoint;
}

const MINUTE = 60_000;

/**
 * Puts specialists on generated sessions the way the portal's assignment would accept them: the skill valid on
 * the day, serving the school's region, inside their working hours, at most their sessions per day and contract
 * hours per ISO week (session plus travel from home), and never two sessions closer than the travel between their
 * schools (the domain's overlap rule, with its travel estimate). A session that finds nobody at its wanted time tries its other times,
 * then its other days; a request whose session finds nobody anywhere is dropped as a whole. Greedy and
 * deterministic: requests in the order given, the specialist already on the request first, then the least busy.
 */
export function bookStaff(staff: readonly StaffToBook[], sessions: readonly SessionToBook[]): StaffingResult {
  const byRequest = new Map<string, SessionToBook[]>();
  for (const s of sessions) byRequest.set(s.request, [...(byRequest.get(s.request) ?? []), s]);
  const book = new Ledger(staff);
  const booked: BookedSession[] = [];
  const dropped: string[] = [];

  for (const [request, list] of byRequest) {
    const ordered = [...list].sort((a, b) => a.sequence - b.sequence);
    const mark = book.mark();
    const mine: BookedSession[] = [];
    let notBefore = 0;
    for (const s of ordered) {
      const placed = place(s, notBefore, book, new Set(mine.flatMap((b) => b.staff.map((x) => x.staffId))));
      if (!placed) break;
      mine.push(placed);
      notBefore = placed.end.getTime();
    }
    if (mine.length === ordered.length) booked.push(...mine);
    else {
      book.rollback(mark);
      dropped.push(request);
    }
  }
  return { booked, dropped };
}

function place(s: SessionToBook, notBefore: number, book: Ledger, onRequest: Set<string>): BookedSession | null {
  for (const date of s.days) {
    for (const time of s.times) {
      const start = zonedDateTimeToInstant(date, time);
      if (start.getTime() < notBefore) continue;
      const end = new Date(start.getTime() + s.durationMinutes * MINUTE);
      const chosen = book.choose(s, date, time, start, end, onRequest);
      if (chosen) return { key: s.key, date, time, start, end, staff: chosen };
    }
  }
  return null;
}

/** What every specialist is booked for, with an undo mark for a request that cannot be placed. */
class Ledger {
  private readonly bookings = new Map<string, Booking[]>();
  private readonly perDay = new Map<string, number>();
  private readonly weekMinutes = new Map<string, number>();
  private readonly journal: { staffId: string; booking: Booking; day: string; week: string; minutes: number }[] = [];

  constructor(private readonly staff: readonly StaffToBook[]) {}

  mark(): number {
    return this.journal.length;
  }

  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const j = this.journal.pop() as (typeof this.journal)[number];
      const list = this.bookings.get(j.staffId) ?? [];
      list.splice(list.indexOf(j.booking), 1);
      this.perDay.set(j.day, (this.perDay.get(j.day) ?? 1) - 1);
      this.weekMinutes.set(j.week, (this.weekMinutes.get(j.week) ?? j.minutes) - j.minutes);
    }
  }

  choose(
    s: SessionToBook,
    date: LocalDate,
    time: string,
    start: Date,
    end: Date,
    onRequest: Set<string>,
  ): { staffId: string; travelMinutes: number }[] | null {
    const week = isoWeekOf(date);
    const from = timeToMinutes(time);
    const to = from + s.durationMinutes;
    const here = s.school.location;
    const clashes = (b: Booking) =>
      b.to + travelMinutes(b.location, here) * MINUTE > start.getTime() &&
      end.getTime() + travelMinutes(here, b.location) * MINUTE > b.from;
    const fit = this.staff
      .filter((m) => (m.skills[s.skill] ?? '') >= date && m.regionIds.includes(s.school.regionId))
      .filter((m) =>
        (m.pattern[String(weekday(date))] ?? []).some(
          (w) => timeToMinutes(w.start) <= from && to <= timeToMinutes(w.end),
        ),
      )
      .map((m) => ({ m, travel: travelMinutes(m.home, s.school.location) }))
      .filter(({ m, travel }) => {
        const minutes = s.durationMinutes + travel;
        return (
          (this.perDay.get(`${m.id} ${date}`) ?? 0) < m.maxSessionsPerDay &&
          (this.weekMinutes.get(`${m.id} ${week}`) ?? 0) + minutes <= m.contractHoursPerWeek * 60 &&
          !(this.bookings.get(m.id) ?? []).some(clashes)
        );
      })
      .sort(
        (a, b) =>
          Number(onRequest.has(b.m.id)) - Number(onRequest.has(a.m.id)) ||
          (this.weekMinutes.get(`${a.m.id} ${week}`) ?? 0) - (this.weekMinutes.get(`${b.m.id} ${week}`) ?? 0) ||
          a.m.id.localeCompare(b.m.id),
      )
      .slice(0, s.staffNeeded);
    if (fit.length < s.staffNeeded) return null;
    for (const { m, travel } of fit) {
      const booking = { from: start.getTime(), to: end.getTime(), location: here };
      const minutes = s.durationMinutes + travel;
      const day = `${m.id} ${date}`;
      const wk = `${m.id} ${week}`;
      this.bookings.set(m.id, [...(this.bookings.get(m.id) ?? []), booking]);
      this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
      this.weekMinutes.set(wk, (this.weekMinutes.get(wk) ?? 0) + minutes);
      this.journal.push({ staffId: m.id, booking, day, week: wk, minutes });
    }
    return fit.map(({ m, travel }) => ({ staffId: m.id, travelMinutes: travel }));
  }
}

/** The Monday of the ISO week of a date (as the week's key). */
const isoWeekOf = (date: LocalDate): LocalDate => addDays(date, 1 - weekday(date));
