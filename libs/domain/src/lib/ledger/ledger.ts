/** Kinds of entry in a package order's credit ledger, in the order they usually appear. */
export const LEDGER_ENTRY_KINDS = ['budget', 'amend', 'reserve', 'release', 'consume'] as const;

/**
 * Kind of a ledger entry:
 * - `budget`: the initial budget of the package order;
 * - `amend`: a signed change of the budget;
 * - `reserve`: a funded request reserves credits;
 * - `release`: a rejected or cancelled request gives its outstanding reservation back;
 * - `consume`: delivery or late cancellation turns (part of) a request's reservation into consumption.
 */
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/**
 * One line of the append-only credit ledger of a gemeente's package order. Credits are whole numbers;
 * `credits` is a positive magnitude for every kind except `amend`, where it is the signed, non-zero
 * change of the budget. `reserve`, `release` and `consume` name the request (and its offer type).
 */
export interface LedgerEntry {
  kind: LedgerEntryKind;
  credits: number;
  requestId?: string;
  offerType?: string;
  reason?: string;
}

/** Ceiling in credits (reserved + consumed) per offer type; offer types without a key have no quota. */
export type LedgerQuotas = Readonly<Record<string, number>>;

/** What the ledger holds for one request. */
export interface RequestCredits {
  /** Outstanding reservation. */
  reserved: number;
  consumed: number;
  /** Offer type of the request's latest reservation. */
  offerType: string;
}

/** What the ledger holds for one offer type. */
export interface OfferTypeCredits {
  reserved: number;
  consumed: number;
  /** Ceiling of reserved + consumed, when `summarise` was given quotas with this offer type. */
  quota?: number;
}

/** State of a ledger, folded from its entries. `reserved + consumed + available === budget`. */
export interface LedgerSummary {
  /** Initial budget plus all amendments. */
  budget: number;
  /** Outstanding reservations. */
  reserved: number;
  consumed: number;
  /** `budget − reserved − consumed`. */
  available: number;
  perRequest: Map<string, RequestCredits>;
  /** Per offer type; holds every offer type that has entries or a quota. */
  perOfferType: Record<string, OfferTypeCredits>;
}

/** Why the ledger refuses an operation; `message` is Dutch and fit for the user. */
export type LedgerError =
  | { code: 'invalid_credits'; message: string; credits: number }
  | { code: 'insufficient_budget'; message: string; available: number; requested: number }
  | { code: 'quota_exceeded'; message: string; offerType: string; quota: number; used: number; requested: number }
  | { code: 'already_reserved'; message: string; requestId: string; reserved: number }
  | { code: 'nothing_reserved'; message: string; requestId: string }
  | { code: 'exceeds_reservation'; message: string; requestId: string; reserved: number; requested: number }
  | { code: 'invalid_delta'; message: string; delta: number }
  | { code: 'below_committed'; message: string; committed: number; budget: number; delta: number };

/** Code of a `LedgerError`. */
export type LedgerErrorCode = LedgerError['code'];

/** Outcome of a ledger operation: the entries to append, or why the operation is refused. */
export type LedgerResult = { ok: true; entries: LedgerEntry[] } | { ok: false; error: LedgerError };

/** What a funded request asks of the ledger. */
export interface ReserveInput {
  requestId: string;
  offerType: string;
  credits: number;
}

/**
 * Signed effect of an entry on the available credits, so that `available` is the sum over all entries
 * (a database CHECK or trigger can mirror this): `budget`, `amend` and `release` add their credits (an
 * amendment may be negative), `reserve` subtracts them, `consume` is 0 as it only moves credits from
 * reserved to consumed.
 */
export function signedEffectOnAvailable(entry: LedgerEntry): number {
  switch (entry.kind) {
    case 'budget':
    case 'amend':
    case 'release':
      return entry.credits;
    case 'reserve':
      return -entry.credits;
    case 'consume':
      return 0;
  }
}

/**
 * Folds ledger entries into budget, outstanding reservations, consumption and available credits, in total,
 * per request and per offer type. `release` and `consume` count for the offer type of the request's latest
 * reservation. Pure arithmetic: it trusts that the entries were made by `reserve`, `release`, `consume` and
 * `amend`. With `quotas`, every offer type with a quota is listed in `perOfferType`, with its quota.
 */
export function summarise(entries: readonly LedgerEntry[], quotas?: LedgerQuotas): LedgerSummary {
  let budget = 0;
  let reserved = 0;
  let consumed = 0;
  const perRequest = new Map<string, RequestCredits>();
  // Without a prototype, so that an offer type such as `constructor` cannot clash with Object.prototype.
  const perOfferType: Record<string, OfferTypeCredits> = Object.create(null);
  const typeTotals = (offerType: string): OfferTypeCredits =>
    (perOfferType[offerType] ??= { reserved: 0, consumed: 0 });
  const requestTotals = (entry: LedgerEntry): RequestCredits => {
    const id = entry.requestId ?? '';
    let request = perRequest.get(id);
    if (!request) {
      request = { reserved: 0, consumed: 0, offerType: entry.offerType ?? '' };
      perRequest.set(id, request);
    }
    return request;
  };

  for (const quotaType of Object.keys(quotas ?? {})) typeTotals(quotaType);
  for (const entry of entries) {
    switch (entry.kind) {
      case 'budget':
      case 'amend':
        budget += entry.credits;
        break;
      case 'reserve': {
        const request = requestTotals(entry);
        if (entry.offerType !== undefined) request.offerType = entry.offerType;
        request.reserved += entry.credits;
        typeTotals(request.offerType).reserved += entry.credits;
        reserved += entry.credits;
        break;
      }
      case 'release': {
        const request = requestTotals(entry);
        request.reserved -= entry.credits;
        typeTotals(request.offerType).reserved -= entry.credits;
        reserved -= entry.credits;
        break;
      }
      case 'consume': {
        const request = requestTotals(entry);
        const type = typeTotals(request.offerType);
        request.reserved -= entry.credits;
        request.consumed += entry.credits;
        type.reserved -= entry.credits;
        type.consumed += entry.credits;
        reserved -= entry.credits;
        consumed += entry.credits;
        break;
      }
    }
  }
  for (const [quotaType, quota] of Object.entries(quotas ?? {})) perOfferType[quotaType].quota = quota;

  return { budget, reserved, consumed, available: budget - reserved - consumed, perRequest, perOfferType };
}

/**
 * Reserves credits for a funded request. Refuses (in this order) `invalid_credits` unless credits is a positive
 * integer, `already_reserved` when the request still has an outstanding reservation, `insufficient_budget`
 * when fewer credits are available, and `quota_exceeded` when reserved + consumed of the offer type would
 * exceed its quota.
 */
export function reserve(entries: readonly LedgerEntry[], input: ReserveInput, quotas?: LedgerQuotas): LedgerResult {
  return reserveCredits(entries, input, quotas, false);
}

/**
 * Reserves more credits for a request that already has a reservation, because it now needs more (a class was
 * added): the same checks as `reserve` (credits, budget, quota), without `already_reserved`.
 */
export function reserveMore(entries: readonly LedgerEntry[], input: ReserveInput, quotas?: LedgerQuotas): LedgerResult {
  return reserveCredits(entries, input, quotas, true);
}

function reserveCredits(
  entries: readonly LedgerEntry[],
  input: ReserveInput,
  quotas: LedgerQuotas | undefined,
  more: boolean,
): LedgerResult {
  const { requestId, offerType, credits } = input;
  if (!isPositiveInteger(credits)) return invalidCredits(credits);
  const summary = summarise(entries, quotas);
  const outstanding = summary.perRequest.get(requestId)?.reserved ?? 0;
  if (outstanding > 0 && !more) {
    return refuse({
      code: 'already_reserved',
      message: `voor aanvraag ${requestId} ${isAre(outstanding)} al ${creditsText(outstanding)} gereserveerd`,
      requestId,
      reserved: outstanding,
    });
  }
  if (summary.available < credits) {
    return refuse({
      code: 'insufficient_budget',
      message: `onvoldoende budget: nog ${creditsText(summary.available)} over, deze aanvraag vraagt er ${credits}`,
      available: summary.available,
      requested: credits,
    });
  }
  const quota = quotas && Object.hasOwn(quotas, offerType) ? quotas[offerType] : undefined;
  if (quota !== undefined) {
    const type = summary.perOfferType[offerType];
    const used = type.reserved + type.consumed;
    if (used + credits > quota) {
      const left = Math.max(0, quota - used);
      return refuse({
        code: 'quota_exceeded',
        message: `het quotum voor ${offerType} is op: nog ${left} van ${creditsText(quota)} over, deze aanvraag vraagt er ${credits}`,
        offerType,
        quota,
        used,
        requested: credits,
      });
    }
  }
  return { ok: true, entries: [{ kind: 'reserve', credits, requestId, offerType }] };
}

/**
 * Releases the outstanding reservation of a rejected or cancelled request, or `credits` of it (one session of a
 * series cancelled; the rest stays reserved). Refuses `invalid_credits` unless credits (when given) is a positive
 * integer, `nothing_reserved` when the request has no outstanding reservation and `exceeds_reservation` when
 * credits is more than is outstanding.
 */
export function release(entries: readonly LedgerEntry[], requestId: string, credits?: number): LedgerResult {
  if (credits !== undefined && !isPositiveInteger(credits)) return invalidCredits(credits);
  const request = summarise(entries).perRequest.get(requestId);
  if (!request || request.reserved <= 0) return nothingReserved(requestId);
  const amount = credits ?? request.reserved;
  if (amount > request.reserved) return exceedsReservation(requestId, request.reserved, amount, 'vrijgegeven');
  return {
    ok: true,
    entries: [{ kind: 'release', credits: amount, requestId, offerType: request.offerType }],
  };
}

/**
 * Turns a request's reservation into consumption on delivery or late cancellation: all that is outstanding, or
 * `credits` of it (the rest stays reserved until it is consumed or released). Refuses `invalid_credits` unless
 * credits (when given) is a positive integer, `nothing_reserved` when the request has no outstanding
 * reservation and `exceeds_reservation` when credits is more than is outstanding.
 */
export function consume(entries: readonly LedgerEntry[], requestId: string, credits?: number): LedgerResult {
  if (credits !== undefined && !isPositiveInteger(credits)) return invalidCredits(credits);
  const request = summarise(entries).perRequest.get(requestId);
  if (!request || request.reserved <= 0) return nothingReserved(requestId);
  const amount = credits ?? request.reserved;
  if (amount > request.reserved) return exceedsReservation(requestId, request.reserved, amount, 'verbruikt');
  return {
    ok: true,
    entries: [{ kind: 'consume', credits: amount, requestId, offerType: request.offerType }],
  };
}

/**
 * Changes the budget by `delta` (positive or negative), with a reason. Refuses `invalid_delta` unless delta is a
 * non-zero integer and `below_committed` when the new budget would be lower than reserved + consumed.
 */
export function amend(entries: readonly LedgerEntry[], delta: number, reason: string): LedgerResult {
  if (!Number.isInteger(delta) || delta === 0) {
    return refuse({
      code: 'invalid_delta',
      message: 'de wijziging van het budget moet een geheel aantal credits zijn, en niet 0',
      delta,
    });
  }
  const summary = summarise(entries);
  const committed = summary.reserved + summary.consumed;
  if (summary.budget + delta < committed) {
    return refuse({
      code: 'below_committed',
      message: `het budget kan niet lager worden dan wat al is vastgelegd: ${creditsText(committed)}`,
      committed,
      budget: summary.budget,
      delta,
    });
  }
  return { ok: true, entries: [{ kind: 'amend', credits: delta, reason }] };
}

function refuse(error: LedgerError): LedgerResult {
  return { ok: false, error };
}

function invalidCredits(credits: number): LedgerResult {
  return refuse({
    code: 'invalid_credits',
    message: 'het aantal credits moet een positief geheel getal zijn',
    credits,
  });
}

function exceedsReservation(requestId: string, reserved: number, requested: number, verb: string): LedgerResult {
  return refuse({
    code: 'exceeds_reservation',
    message:
      `voor aanvraag ${requestId} ${isAre(reserved)} nog ${creditsText(reserved)} gereserveerd, ` +
      `er kunnen er geen ${requested} worden ${verb}`,
    requestId,
    reserved,
    requested,
  });
}

function nothingReserved(requestId: string): LedgerResult {
  return refuse({
    code: 'nothing_reserved',
    message: `voor aanvraag ${requestId} is niets gereserveerd`,
    requestId,
  });
}

function isPositiveInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

function creditsText(n: number): string {
  return `${n} ${n === 1 ? 'credit' : 'credits'}`;
}

function isAre(n: number): string {
  return n === 1 ? 'is' : 'zijn';
}
