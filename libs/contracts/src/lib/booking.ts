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
  /** The class, e.g. "2B". */
  name: string;
  level: Level;
  pupilCount: number;
}

/** A preferred period: dates (inclusive), allowed ISO weekdays (1 = Monday) and the earliest start / latest end. */
export interface DateWindowInput {
  from: string;
  to: string;
  weekdays: number[];
  earliest: string;
  latest: string;
}

/** A recurring spreekuur: fixed weekday and start time, weekly or fortnightly, for a number of sessions. */
export interface SeriesInput {
  frequency: 'weekly' | 'fortnightly';
  count: number;
  weekday: number;
  time: string;
  /** For halt-jrb: the number of youth-court hearings after the spreekuren (at least 1). */
  hearings?: number;
}

export interface ContactInput {
  name: string;
  email: string;
  phone?: string;
}

export interface LanguageNeedsInput {
  interpreter: boolean;
  interpreterLanguage?: string;
  onlineParentMeeting: boolean;
}

export type Funding = 'school' | 'package';

export interface CreateBookingRequest {
  offerId: string;
  groups: RequestGroupInput[];
  windows: DateWindowInput[];
  series?: SeriesInput;
  location: string;
  contact: ContactInput;
  languageNeeds: LanguageNeedsInput;
  parentMeeting: boolean;
  /** `school`: the school pays; `package`: credits of a gemeente package order (`packageOrderId`). */
  funding: Funding;
  packageOrderId?: string;
  notes?: string;
}

export interface SessionDto {
  id: string;
  kind: SessionKind;
  sequence: number;
  groupName: string | null;
  status: SessionState;
  durationMinutes: number;
  staffNeeded: number;
  requiredSkill: string;
  windowFrom: string;
  windowTo: string;
  /** Set for a spreekuur series (fixed date and time) and once planned. */
  proposedStart: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** The specialists on it (planners and the school see names only). */
  staff: AssignedStaffDto[];
  /** Pupils reached, once delivered. */
  pupilsReached: number | null;
  /** For a parent meeting: the public page to forward to parents (`/ouders/<secret>`). */
  parentPage: string | null;
}

export interface RequestTransitionDto {
  at: string;
  from: RequestState | null;
  to: RequestState;
  event: string;
  by: string | null;
  reason: string | null;
}

export interface BookingRequestDto {
  id: string;
  reference: string;
  status: RequestState;
  school: { id: string; name: string };
  offer: { id: string; title: string; type: OfferType };
  groups: (RequestGroupInput & { id: string })[];
  windows: DateWindowInput[];
  series: SeriesInput | null;
  location: string;
  contact: ContactInput;
  languageNeeds: LanguageNeedsInput;
  parentMeeting: boolean;
  funding: Funding;
  /** The gemeente package paying for it, with the credits it takes; null when the school pays. */
  package: { id: string; name: string; credits: number } | null;
  notes: string | null;
  lateCancellation: boolean;
  submittedAt: string | null;
  sessions: SessionDto[];
  timeline: RequestTransitionDto[];
  /** Events the signed-in user may apply now, e.g. `cancel`. */
  allowedActions: string[];
}

export interface BookingRequestSummaryDto {
  id: string;
  reference: string;
  status: RequestState;
  schoolName: string;
  offerTitle: string;
  offerType: OfferType;
  groups: number;
  pupils: number;
  firstWindowFrom: string;
  submittedAt: string | null;
  sessionsPlanned: number;
  sessionsTotal: number;
}

export interface CancelRequest {
  reason: string;
}

/** The school asks to move a planned session: it goes back to the planner with new windows. */
export interface MoveSessionRequest {
  sessionId: string;
  windows: DateWindowInput[];
  reason: string;
}

/** A planner sets a session's date and start time by hand (local Europe/Amsterdam). */
export interface PlanSessionRequest {
  date: string;
  time: string;
}

/** A school's private calendar feed; `url` (with its secret) is only returned when the feed is made. */
export interface CalendarFeedDto {
  active: boolean;
  createdAt: string | null;
  url?: string;
}
