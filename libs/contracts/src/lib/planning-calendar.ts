import type { RequestState, SessionState } from './booking';
import type { ClockTime, Integer, IsoDate, Uuid } from './scalars';

/** A specialist on a calendar block, with the travel before the session (from home or the previous school). */
export interface CalendarStaffDto {
  id: Uuid;
  name: string;
  travelMinutes: Integer;
}

/** A planned session in the planning calendar. */
export interface CalendarBlockDto {
  sessionId: Uuid;
  requestId: Uuid;
  date: IsoDate;
  start: ClockTime;
  end: ClockTime;
  status: SessionState;
  schoolId: Uuid;
  schoolName: string;
  offerTitle: string;
  staffNeeded: Integer;
  /** Empty while nobody is assigned. */
  staff: CalendarStaffDto[];
  /** A specialist on it became unavailable (an absence): it needs a replacement. */
  needsReplacement: boolean;
  /** The parents' language when the school asked for an interpreter; null otherwise. */
  interpreterLanguage: string | null;
  /** The planner arranged an interpreter ("tolk geregeld"). */
  interpreterArranged: boolean;
}

/** The planned sessions of a period (at most 42 days) in the planner's regions, by date and time. */
export interface PlanningCalendarDto {
  from: IsoDate;
  to: IsoDate;
  blocks: CalendarBlockDto[];
}

/** A session that still needs a date and time, waiting in the calendar's side list. */
export interface UnplannedSessionDto {
  sessionId: Uuid;
  requestId: Uuid;
  requestStatus: RequestState;
  schoolId: Uuid;
  schoolName: string;
  offerTitle: string;
  durationMinutes: Integer;
  staffNeeded: Integer;
  /** The first and last day of the school's windows for this session. */
  windowFrom: IsoDate;
  windowTo: IsoDate;
}

/** One ISO week of a specialist's load: sessions and travel (from home, between schools and back home). */
export interface StaffWeekLoadDto {
  /** The Monday. */
  weekStart: IsoDate;
  sessions: Integer;
  sessionMinutes: Integer;
  travelMinutes: Integer;
  /** The contract hours of a week, in minutes. */
  contractMinutes: Integer;
}

/** A specialist's booked load per week of a period (at most 13 weeks), against their contract hours. */
export interface StaffLoadDto {
  staffId: Uuid;
  from: IsoDate;
  to: IsoDate;
  weeks: StaffWeekLoadDto[];
}
