import type { CreateBookingRequest, DateWindowInput, FieldError, Level, OfferDto, SeriesInput } from '@halt/contracts';
import { addDays, needsSeries, sessionCount } from '@halt/domain';

/** The steps of the request wizard, in order. */
export const WIZARD_STEPS = ['offer', 'groups', 'dates', 'practical', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What the wizard's form holds; times and dates as the inputs give them (`HH:mm`, `yyyy-MM-dd`). */
export interface WizardValue {
  groups: { name: string; level: Level | ''; pupilCount: number | null }[];
  windows: DateWindowInput[];
  series: {
    frequency: SeriesInput['frequency'];
    count: number | null;
    weekday: number;
    time: string;
    hearings: number;
  };
  practical: {
    location: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    interpreter: boolean;
    interpreterLanguage: string;
    parentMeeting: boolean;
    onlineParentMeeting: boolean;
    notes: string;
    /** `school`, or the id of the gemeente package that pays. */
    funding: string;
  };
}

/** The request body for `POST /api/requests`, leaving out what does not apply to the offer. */
export function toCreateRequest(offer: OfferDto, v: WizardValue): CreateBookingRequest {
  const p = v.practical;
  const series = needsSeries(offer.type);
  const parentMeeting = offer.parentMeetingPossible && p.parentMeeting;
  const body: CreateBookingRequest = {
    offerId: offer.id,
    groups: v.groups.map((g) => ({ name: g.name.trim(), level: g.level as Level, pupilCount: Number(g.pupilCount) })),
    windows: v.windows.map((w) => ({ ...w, weekdays: [...w.weekdays].sort((a, b) => a - b) })),
    location: p.location.trim(),
    contact: { name: p.contactName.trim(), email: p.contactEmail.trim() },
    languageNeeds: {
      interpreter: p.interpreter,
      onlineParentMeeting: parentMeeting && p.onlineParentMeeting,
    },
    parentMeeting,
    funding: p.funding && p.funding !== 'school' ? 'package' : 'school',
  };
  if (body.funding === 'package') body.packageOrderId = p.funding;
  if (p.contactPhone.trim()) body.contact.phone = p.contactPhone.trim();
  if (p.interpreter) body.languageNeeds.interpreterLanguage = p.interpreterLanguage.trim();
  if (p.notes.trim()) body.notes = p.notes.trim();
  if (series) {
    body.series = {
      frequency: v.series.frequency,
      count: Number(v.series.count),
      weekday: v.series.weekday,
      time: v.series.time,
    };
    if (offer.type === 'halt-jrb') body.series.hearings = v.series.hearings;
  }
  return body;
}

/** How many sessions the request will have, as the API expands it (the domain's rule): what a package pays for. */
export function sessionCountOf(offer: OfferDto, v: WizardValue): number {
  return sessionCount({
    type: offer.type,
    groupCount: v.groups.length,
    series: { count: Number(v.series.count) || 0, hearings: Number(v.series.hearings) || 1 },
    parentMeeting: offer.parentMeetingPossible && v.practical.parentMeeting,
  });
}

/** The step where a field of the request body is entered, so a refusal can send the school back there. */
export function stepOfField(field: string): WizardStep {
  const head = field.split('.')[0];
  switch (head) {
    case 'offerId':
      return 'offer';
    case 'groups':
      return 'groups';
    case 'windows':
    case 'series':
      return 'dates';
    case 'location':
    case 'contact':
    case 'languageNeeds':
    case 'parentMeeting':
    case 'funding':
    case 'packageOrderId':
    case 'notes':
      return 'practical';
    default:
      return 'review';
  }
}

/** The first step that has an error, or `review` when none maps to a step. */
export function firstStepWithError(errors: FieldError[]): WizardStep {
  const steps = errors.map((e) => WIZARD_STEPS.indexOf(stepOfField(e.field)));
  return WIZARD_STEPS[steps.length ? Math.min(...steps) : WIZARD_STEPS.length - 1];
}

/** Maps an API field path to the wizard's form control path, e.g. `contact.email` → `practical.contactEmail`. */
export function controlPathOf(field: string): string | null {
  const direct: Record<string, string> = {
    location: 'practical.location',
    'contact.name': 'practical.contactName',
    'contact.email': 'practical.contactEmail',
    'contact.phone': 'practical.contactPhone',
    'languageNeeds.interpreter': 'practical.interpreter',
    'languageNeeds.interpreterLanguage': 'practical.interpreterLanguage',
    'languageNeeds.onlineParentMeeting': 'practical.onlineParentMeeting',
    parentMeeting: 'practical.parentMeeting',
    notes: 'practical.notes',
    funding: 'practical.funding',
    packageOrderId: 'practical.funding',
  };
  if (direct[field]) return direct[field];
  if (/^groups\.\d+\.(name|level|pupilCount)$/.test(field)) return field;
  if (/^windows\.\d+\.(from|to|weekdays|earliest|latest)$/.test(field)) return field;
  if (/^series\.(frequency|count|weekday|time|hearings)$/.test(field)) return field;
  return null;
}

/** A first guess for a window: from four weeks ahead (past the lead time), for four weeks, Monday to Friday. */
export function defaultWindow(today: string, dayStart = '08:30', dayEnd = '16:00'): DateWindowInput {
  const from = addDays(today, 28);
  return { from, to: addDays(from, 27), weekdays: [1, 2, 3, 4, 5], earliest: dayStart, latest: dayEnd };
}
