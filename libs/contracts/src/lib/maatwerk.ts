import type { Level } from './catalogue';
import type { RequesterKind } from './roles';
import type { Email, Integer, IsoDate, IsoDateTime, Uuid } from './scalars';

/** State of a maatwerk question: submitted → intake planned → proposal sent → accepted / declined; withdrawn by the requester. */
export type MaatwerkState = 'submitted' | 'intake_planned' | 'proposal_sent' | 'accepted' | 'declined' | 'withdrawn';

/** What the requester and the advisor can do with a question (the lifecycle's events). */
export type MaatwerkEvent = 'submit' | 'plan_intake' | 'send_proposal' | 'accept' | 'decline' | 'withdraw';

/** How soon the requester needs an answer. */
export const MAATWERK_URGENCIES = ['normal', 'within_month', 'urgent'] as const;
export type MaatwerkUrgency = (typeof MAATWERK_URGENCIES)[number];

/** Who asks: a school, sportvereniging, wijkpartner or gemeente. */
export type MaatwerkRequesterKind = RequesterKind;

/** A proposal line: an offer from the catalogue or a session made for this question. */
export type MaatwerkLineKind = 'offer' | 'custom';

/** The unit of a line's price: credits of a gemeente package, or euros (in cents). */
export type MaatwerkPriceUnit = 'credits' | 'euro';

export interface MaatwerkQuestionInput {
  /** A short title, e.g. "Overlast rond het winkelcentrum". */
  title: string;
  /** The situation in the requester's words. No names of pupils or young people. */
  situation: string;
  /** Levels of the target group (may be empty when it is not a school class). */
  levels: Level[];
  /** Ages of the target group as text, e.g. "12–14 jaar". */
  ages?: string;
  /** Size of the target group: counts only. */
  groupCount: Integer;
  participantCount: Integer;
  urgency: MaatwerkUrgency;
  preferredFrom: IsoDate;
  preferredTo: IsoDate;
  contact: { name: string; email: Email; phone?: string };
}

export interface MaatwerkIntakeInput {
  /** Start of the intake conversation (ISO instant). */
  startsAt: IsoDateTime;
  mode: 'online' | 'location';
  /** https link for an online intake. */
  link?: string;
  /** Place for an intake on location. */
  place?: string;
}

export interface MaatwerkProposalLineInput {
  kind: MaatwerkLineKind;
  /** For kind `offer`: the catalogue offer. */
  offerId?: Uuid;
  title: string;
  description: string;
  durationMinutes: Integer;
  sessionCount: Integer;
  level: Level;
  priceUnit: MaatwerkPriceUnit;
  /** Price of the whole line: credits, or euro cents. */
  price: Integer;
}

export interface MaatwerkProposalInput {
  note?: string;
  lines: MaatwerkProposalLineInput[];
}

export interface MaatwerkDecisionInput {
  reason?: string;
}

export interface MaatwerkTransitionDto {
  from: MaatwerkState | null;
  to: MaatwerkState;
  event: MaatwerkEvent;
  at: IsoDateTime;
  by: string | null;
  reason: string | null;
}

export interface MaatwerkProposalLineDto extends MaatwerkProposalLineInput {
  id: Uuid;
  /** The booking request this line became once the proposal was accepted. */
  requestId: Uuid | null;
  requestReference: string | null;
}

export interface MaatwerkProposalDto {
  note: string | null;
  sentAt: IsoDateTime;
  lines: MaatwerkProposalLineDto[];
  totalCredits: Integer;
  totalEuroCents: Integer;
}

export interface MaatwerkQuestionSummaryDto {
  id: Uuid;
  reference: string;
  title: string;
  status: MaatwerkState;
  urgency: MaatwerkUrgency;
  requester: { kind: MaatwerkRequesterKind; name: string; municipality: string };
  preferredFrom: IsoDate;
  preferredTo: IsoDate;
  intakeAt: IsoDateTime | null;
  submittedAt: IsoDateTime;
}

export interface MaatwerkQuestionDto extends MaatwerkQuestionSummaryDto {
  situation: string;
  levels: Level[];
  ages: string | null;
  groupCount: Integer;
  participantCount: Integer;
  contact: { name: string; email: Email; phone: string | null };
  intake: { startsAt: IsoDateTime; mode: 'online' | 'location'; link: string | null; place: string | null } | null;
  proposal: MaatwerkProposalDto | null;
  decisionReason: string | null;
  timeline: MaatwerkTransitionDto[];
  allowedActions: MaatwerkEvent[];
}
