import type { CreatePackageOrderRequest, FieldError, OfferType } from '@halt/contracts';

/** The steps of the order wizard, in order. */
export const ORDER_STEPS = ['template', 'offers', 'schools', 'budget', 'review'] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];

/** The choice on the first step: a template's id, or a custom package. */
export const CUSTOM = 'custom';

/** An offer the package may fund, as the wizard shows it. */
export interface OfferOption {
  id: string;
  title: string;
  type: OfferType;
  /** The catalogue's price per session, the default for a custom package. */
  priceCredits: number;
}

/** What the wizard's form holds. */
export interface OrderValue {
  template: string;
  name: string;
  offers: { offerId: string; include: boolean; credits: number | null }[];
  quotas: Partial<Record<OfferType, number | null>>;
  allSchools: boolean;
  schoolIds: string[];
  budgetCredits: number | null;
  subsidyYear: number;
  requiresApproval: boolean;
  orderDeadline: string;
  notes: string;
}

/** The body for `POST /api/package-orders` (and `PATCH` of a draft); `rows` maps the body's offers to form rows. */
export function toOrderRequest(
  v: OrderValue,
  types: (id: string) => OfferType | undefined,
): {
  body: CreatePackageOrderRequest;
  rows: number[];
} {
  const rows: number[] = [];
  const offers: { offerId: string; credits?: number }[] = [];
  v.offers.forEach((o, i) => {
    if (!o.include) return;
    rows.push(i);
    offers.push(o.credits === null ? { offerId: o.offerId } : { offerId: o.offerId, credits: Number(o.credits) });
  });
  const funded = new Set(offers.map((o) => types(o.offerId)));
  const quotas: Partial<Record<OfferType, number>> = {};
  for (const [type, credits] of Object.entries(v.quotas) as [OfferType, number | null][]) {
    if (credits !== null && credits !== undefined && `${credits}` !== '' && funded.has(type)) {
      quotas[type] = Number(credits);
    }
  }
  const body: CreatePackageOrderRequest = {
    name: v.name.trim(),
    subsidyYear: Number(v.subsidyYear),
    budgetCredits: Number(v.budgetCredits),
    offers,
    allSchools: v.allSchools,
    requiresApproval: v.requiresApproval,
    orderDeadline: v.orderDeadline,
  };
  if (v.template && v.template !== CUSTOM) body.templateId = v.template;
  if (Object.keys(quotas).length) body.quotas = quotas;
  if (!v.allSchools) body.schoolIds = [...v.schoolIds];
  if (v.notes.trim()) body.notes = v.notes.trim();
  return { body, rows };
}

/** The step where a field of the request body is entered, so a refusal can send the gemeente back there. */
export function stepOfField(field: string): OrderStep {
  switch (field.split('.')[0]) {
    case 'templateId':
    case 'name':
      return 'template';
    case 'offers':
    case 'quotas':
      return 'offers';
    case 'allSchools':
    case 'schoolIds':
      return 'schools';
    case 'budgetCredits':
    case 'subsidyYear':
    case 'requiresApproval':
    case 'orderDeadline':
    case 'notes':
      return 'budget';
    default:
      return 'review';
  }
}

/** The first step that has an error, or `review` when none maps to a step. */
export function firstStepWithError(errors: FieldError[]): OrderStep {
  const steps = errors.map((e) => ORDER_STEPS.indexOf(stepOfField(e.field)));
  return ORDER_STEPS[steps.length ? Math.min(...steps) : ORDER_STEPS.length - 1];
}

/**
 * Maps an API field path to the wizard's form control path, e.g. `offers.1.credits` → `offers.offers.4.credits`
 * (the body holds only the chosen offers; `rows` gives their rows in the form).
 */
export function controlPathOf(field: string, rows: number[]): string | null {
  const direct: Record<string, string> = {
    templateId: 'template.template',
    name: 'template.name',
    offers: 'offers',
    quotas: 'offers.quotas',
    allSchools: 'schools.allSchools',
    schoolIds: 'schools.schoolIds',
    budgetCredits: 'budget.budgetCredits',
    subsidyYear: 'budget.subsidyYear',
    requiresApproval: 'budget.requiresApproval',
    orderDeadline: 'budget.orderDeadline',
    notes: 'budget.notes',
  };
  if (direct[field]) return direct[field];
  const offer = /^offers\.(\d+)(?:\.(offerId|credits))?$/.exec(field);
  if (offer) {
    const row = rows[Number(offer[1])];
    if (row === undefined) return 'offers';
    return `offers.offers.${row}.${offer[2] === 'credits' ? 'credits' : 'include'}`;
  }
  const quota = /^quotas\.([\w-]+)$/.exec(field);
  if (quota) return `offers.quotas.${quota[1]}`;
  if (/^schoolIds\.\d+$/.test(field)) return 'schools.schoolIds';
  return null;
}
