import type { Uuid, IsoDate, IsoDateTime, Integer, SerialId } from './scalars';
import type { OfferType } from './catalogue';

/** Programmes a package can belong to. Preventie met Gezag runs in about twenty gemeenten. */
export const PROGRAMMES = ['preventie-met-gezag'] as const;
export type Programme = (typeof PROGRAMMES)[number];
/** A filter on programme: one programme, or `none` for packages outside every programme. */
export const PROGRAMME_FILTERS = ['preventie-met-gezag', 'none'] as const;
export type ProgrammeFilter = (typeof PROGRAMME_FILTERS)[number];

/** States of a gemeente's package order. */
export type PackageOrderState = 'draft' | 'ordered' | 'accepted' | 'active' | 'closed' | 'cancelled';

/** Kinds of ledger entry: the budget and its amendments, and per funded request reserve / release / consume. */
export type LedgerEntryKind = 'budget' | 'amend' | 'reserve' | 'release' | 'consume';

/** An offer a package may fund, with its price in credits per session. */
export interface PackageOfferDto {
  offerId: Uuid;
  title: string;
  type: OfferType;
  credits: Integer;
}

/** A Halt package template (admin-maintained), e.g. "Basispakket voorlichtingen PO/VO". */
export interface PackageTemplateDto {
  id: Uuid;
  code: string;
  name: string;
  description: string;
  defaultCredits: Integer;
  offers: PackageOfferDto[];
  active: boolean;
  /** The programme its orders belong to, or null. */
  programme: Programme | null;
}

export interface PackageTemplateInput {
  code: string;
  name: string;
  description: string;
  defaultCredits: Integer;
  /** Offers with an optional credit price per session (default: the catalogue's price). */
  offers: { offerId: Uuid; credits?: Integer }[];
  active?: boolean;
  /** Left out: unchanged (new: none). */
  programme?: Programme | null;
}

/** A gemeente orders a package (or a custom one) for a subsidy year. Made as a draft; `order` sends it to Halt. */
export interface CreatePackageOrderRequest {
  /** A template to start from, or none for a custom package (then `offers` is required). */
  templateId?: Uuid;
  name: string;
  /** Calendar year of the subsidy, e.g. 2027. */
  subsidyYear: Integer;
  budgetCredits: Integer;
  /** Offers it funds with credit prices; default: the template's. */
  offers?: { offerId: Uuid; credits?: Integer }[];
  /** Ceilings in credits per offer type, e.g. `{ voorlichting: 34 }`. */
  quotas?: Partial<Record<OfferType, number>>;
  /** All schools of the municipality, or only `schoolIds`. */
  allSchools: boolean;
  schoolIds?: Uuid[];
  requiresApproval: boolean;
  /** Last day schools may submit requests on it (yyyy-MM-dd). */
  orderDeadline: IsoDate;
  notes?: string;
  /** The programme; left out: the template's (none for a custom package). */
  programme?: Programme | null;
}

/** Credits of an order: budget = reserved + consumed + available. */
export interface BudgetDto {
  budget: Integer;
  reserved: Integer;
  consumed: Integer;
  available: Integer;
}

export interface PackageOrderSummaryDto {
  id: Uuid;
  reference: string;
  name: string;
  municipality: { id: Uuid; name: string };
  subsidyYear: Integer;
  status: PackageOrderState;
  requiresApproval: boolean;
  orderDeadline: IsoDate;
  /** The programme the package belongs to, or null. */
  programme: Programme | null;
  budget: BudgetDto;
  /** Requests waiting for the gemeente's decision. */
  awaitingApproval: Integer;
}

/** A page of package orders, and over all of the filtered ones (drafts and cancelled aside) the budget totals. */
export interface PackageOrderPageDto {
  items: PackageOrderSummaryDto[];
  total: number;
  page: number;
  pageSize: number;
  /** Orders that count towards `totals`: not drafts, not cancelled. */
  counted: number;
  totals: BudgetDto;
}

export interface LedgerEntryDto {
  id: SerialId;
  at: IsoDateTime;
  kind: LedgerEntryKind;
  /** Signed effect on the credits: + budget/amend/release, − reserve; consume moves reserved to consumed (0). */
  credits: Integer;
  request: { id: Uuid; reference: string; schoolName: string } | null;
  offerType: OfferType | null;
  reason: string | null;
  /** Available credits after this entry. */
  availableAfter: Integer;
}

export interface PackageOrderTransitionDto {
  at: IsoDateTime;
  from: PackageOrderState | null;
  to: PackageOrderState;
  event: string;
  by: string | null;
  reason: string | null;
}

/** What an order funded, per school. */
export interface FundedRequestDto {
  id: Uuid;
  reference: string;
  school: { id: Uuid; name: string };
  offerTitle: string;
  status: string;
  credits: { reserved: Integer; consumed: Integer };
}

export interface PackageOrderDto extends PackageOrderSummaryDto {
  template: { id: Uuid; name: string } | null;
  offers: PackageOfferDto[];
  quotas: { offerType: OfferType; credits: Integer; used: Integer }[];
  allSchools: boolean;
  schools: { id: Uuid; name: string }[];
  notes: string | null;
  ledger: LedgerEntryDto[];
  requests: FundedRequestDto[];
  timeline: PackageOrderTransitionDto[];
  /** Events the signed-in user may apply now: order, cancel (gemeente); accept, return (admin); close. */
  allowedActions: string[];
}

/** Raise (positive) or lower (negative) the budget; never below what is already committed. */
export interface AmendBudgetRequest {
  delta: Integer;
  reason: string;
}

/** A reason, for returning an order or rejecting a request. */
export interface ReasonRequest {
  reason: string;
}

/** A package a school may draw on for an offer, and whether it covers the request. */
export interface FundingOptionDto {
  orderId: Uuid;
  name: string;
  municipalityName: string;
  creditsPerSession: Integer;
  available: Integer;
  requiresApproval: boolean;
  orderDeadline: IsoDate;
  /** Credits the request would take (sessions × price), when the session count was given. */
  needed: Integer | null;
  covers: boolean;
  /** Why it cannot cover the request (Dutch), when it cannot. */
  reason: string | null;
}

/** One row of the results of a subsidy year: per school and offer. */
export interface ResultsRowDto {
  schoolId: Uuid;
  schoolName: string;
  offerTitle: string;
  offerType: OfferType;
  sessionsOrdered: Integer;
  sessionsDelivered: Integer;
  pupilsReached: Integer;
  creditsConsumed: Integer;
}

export interface PackageResultsDto {
  subsidyYear: Integer;
  totals: { sessionsDelivered: Integer; pupilsReached: Integer; creditsConsumed: Integer };
  rows: ResultsRowDto[];
}

/** Staff (or a planner) mark a session delivered, with the number of pupils actually reached. */
export interface DeliverSessionRequest {
  pupilsReached: Integer;
}
