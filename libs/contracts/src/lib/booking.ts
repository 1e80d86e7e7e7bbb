import type { RequesterKind, RequesterRef } from './roles';
import type { Uuid, IsoDate, IsoDateTime, ClockTime, Email, Integer } from './scalars';
import type { AssignedStaffDto } from './staffing';
import type { Level, OfferType } from './catalogue';

export type RequestState =
  | 'draft'
  | 'submitted'
  | 'awaiting_approval'
  | 'approved'
  | 'planned'
  | 'confirmed'
  | 'delivered'
  | 'closed'
  | 'rejected'
  | 'cancelled'
  | 'change_requested';

export type SessionState = 'open' | 'planned' | 'confirmed' | 'delivered' | 'cancelled' | 'no_show';

/** What a session is within its request. */
export const SESSION_KINDS = ['lesson', 'intake', 'spreekuur', 'hearing', 'parent_meeting'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface RequestGroupInput {
  /**
   * The class, e.g. "2B". Left out for an offer with participants as counts only (Sport en Gedrag): the portal
   * then names the group "Groep 1", "Groep 2"… and stores no names.
   */
  name?: string;
  level: Level;
  pupilCount: Integer;
}

/** A preferred period: dates (inclusive), allowed ISO weekdays (1 = Monday) and the earliest start / latest end. */
export interface DateWindowInput {
  from: IsoDate;
  to: IsoDate;
  weekdays: Integer[];
  earliest: ClockTime;
  latest: ClockTime;
}

/** A recurring spreekuur: fixed weekday and start time, weekly or fortnightly, for a number of sessions. */
export interface SeriesInput {
  frequency: 'weekly' | 'fortnightly';
  count: Integer;
  weekday: Integer;
  time: ClockTime;
  /** For halt-jrb: the number of youth-court hearings after the spreekuren (at least 1). */
  hearings?: Integer;
}

export interface ContactInput {
  name: string;
  email: Email;
  phone?: string;
}

export interface LanguageNeedsInput {
  interpreter: boolean;
  interpreterLanguage?: string;
  onlineParentMeeting: boolean;
}

/** A request's language needs as read, with what the planner arranged. */
export interface RequestLanguageNeedsDto extends LanguageNeedsInput {
  /** "Tolk geregeld": an interpreter is arranged, so the specialist need not speak `interpreterLanguage`. */
  interpreterArranged: boolean;
  /** The https link of the online parent meeting, once known. */
  meetingLink: string | null;
}

/** The planner marks the interpreter arranged; the planner or the school sets the online meeting's link. */
export interface UpdateLanguageNeedsRequest {
  interpreterArranged?: boolean;
  /** An https link; null removes it. */
  meetingLink?: string | null;
}

export type Funding = 'school' | 'package';

export interface CreateBookingRequest {
  offerId: Uuid;
  groups: RequestGroupInput[];
  windows: DateWindowInput[];
  series?: SeriesInput;
  location: string;
  contact: ContactInput;
  languageNeeds: LanguageNeedsInput;
  parentMeeting: boolean;
  /** `school`: the school pays; `package`: credits of a gemeente package order (`packageOrderId`). */
  funding: Funding;
  packageOrderId?: Uuid;
  notes?: string;
}

export interface SessionDto {
  id: Uuid;
  kind: SessionKind;
  sequence: Integer;
  groupName: string | null;
  status: SessionState;
  durationMinutes: Integer;
  staffNeeded: Integer;
  requiredSkill: string;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  /** Set for a spreekuur series (fixed date and time) and once planned. */
  proposedStart: IsoDateTime | null;
  plannedStart: IsoDateTime | null;
  plannedEnd: IsoDateTime | null;
  /** The specialists on it (planners and the school see names only). */
  staff: AssignedStaffDto[];
  /** Pupils reached, once delivered. */
  pupilsReached: Integer | null;
  /** For a parent meeting: the public page to forward to parents (`/ouders/<secret>`). */
  parentPage: string | null;
}

export interface RequestTransitionDto {
  at: IsoDateTime;
  from: RequestState | null;
  to: RequestState;
  event: string;
  by: string | null;
  reason: string | null;
}

export interface BookingRequestDto {
  id: Uuid;
  reference: string;
  status: RequestState;
  /** The requester (for a school's request the same as `requester`; kept for the school pages). */
  school: { id: Uuid; name: string };
  /** Who asked: a school, a sportvereniging, a wijkpartner or a gemeente. */
  requester: RequesterRef;
  offer: { id: Uuid; title: string; type: OfferType };
  groups: (RequestGroupInput & { id: Uuid })[];
  windows: DateWindowInput[];
  series: SeriesInput | null;
  location: string;
  contact: ContactInput;
  languageNeeds: RequestLanguageNeedsDto;
  parentMeeting: boolean;
  funding: Funding;
  /** The gemeente package paying for it, with the credits it takes; null when the school pays. */
  package: { id: Uuid; name: string; credits: Integer } | null;
  notes: string | null;
  lateCancellation: boolean;
  submittedAt: IsoDateTime | null;
  sessions: SessionDto[];
  timeline: RequestTransitionDto[];
  /** Events the signed-in user may apply now, e.g. `cancel`. */
  allowedActions: string[];
}

export interface BookingRequestSummaryDto {
  id: Uuid;
  reference: string;
  status: RequestState;
  /** The requester's name (a school, club, wijkpartner or gemeente). */
  schoolName: string;
  requesterKind: RequesterKind;
  offerTitle: string;
  offerType: OfferType;
  groups: Integer;
  pupils: Integer;
  firstWindowFrom: IsoDate;
  submittedAt: IsoDateTime | null;
  sessionsPlanned: Integer;
  sessionsTotal: Integer;
  /** Sessions ahead whose specialist became unavailable (an absence) and that wait for a replacement. */
  sessionsNeedingReplacement: Integer;
  /** The language an interpreter is needed for (a hard rule in matching unless arranged), or null. */
  interpreterLanguage: string | null;
  interpreterArranged: boolean;
}

/**
 * What a planner's list of requests can be narrowed to: requests with sessions whose specialist became
 * unavailable, with planned sessions ahead that have no specialist, with sessions still without a date, escalated
 * (still not planned after the planners' escalation 10 school days before the first window went out), or with
 * sessions in the coming seven days.
 */
export const REQUEST_ATTENTION = ['replacement', 'unstaffed', 'unplanned', 'escalated', 'week'] as const;
export type RequestAttention = (typeof REQUEST_ATTENTION)[number];

/** Days ahead within which a request's first window counts as near on the planner's home. */
export const NEAR_WINDOW_DAYS = 14;

/**
 * What needs a planner today, counted in their regions (an admin: everywhere). Each count matches a filtered list
 * of `GET /api/requests`: new requests (`status=submitted`); requests whose first window starts within
 * NEAR_WINDOW_DAYS and that still have sessions without a date (`attention=unplanned&startsWithinDays=14`); and
 * sessions — planned ahead without a specialist (`attention=unstaffed`), whose specialist became unavailable
 * (`attention=replacement`), and in the coming seven days (`attention=week`).
 */
export interface PlannerTodayDto {
  newRequests: Integer;
  nearWithUnplanned: Integer;
  sessionsWithoutStaff: Integer;
  /** The day of the first planned session ahead without a specialist (for the calendar's week view), or null. */
  firstWithoutStaff: IsoDate | null;
  sessionsNeedingReplacement: Integer;
  /** Requests still not planned after their escalation went out (10 school days before the first window). */
  escalations: Integer;
  sessionsThisWeek: Integer;
}

export interface CancelRequest {
  reason: string;
}

/** The school asks to move a planned session: it goes back to the planner with new windows. */
export interface MoveSessionRequest {
  sessionId: Uuid;
  windows: DateWindowInput[];
  reason: string;
}

/** A planner sets a session's date and start time by hand (local Europe/Amsterdam). */
export interface PlanSessionRequest {
  date: IsoDate;
  time: ClockTime;
}

/** A school's private calendar feed; `url` (with its secret) is only returned when the feed is made. */
export interface CalendarFeedDto {
  active: boolean;
  createdAt: IsoDateTime | null;
  url?: string;
}
