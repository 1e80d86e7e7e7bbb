import type { RequesterKind } from './roles';
import type { Uuid, Integer } from './scalars';
/** Kinds of Halt prevention offer; `halt-jrb` is the bundle of spreekuren and youth-court hearings. */
export const OFFER_TYPES = [
  'voorlichting',
  'klassendialoog',
  'schoolspreekuur',
  'jongerenrechtbank',
  'ouderbijeenkomst',
  'halt-jrb',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

/** Target levels (doelgroepen) an offer is made for. */
export const LEVELS = ['po-7-8', 'vo-1-2', 'vo-3-4', 'mbo', 'so-vso'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The levels a school of each type teaches: a primary school (PO) groep 7–8, secondary (VO) klas 1–4, MBO its
 * students, special primary (SO) groep 7–8 and its own programme, special secondary (VSO) klas 1–4 and its own.
 */
export const LEVELS_OF_SCHOOL_TYPE: Record<'PO' | 'VO' | 'MBO' | 'SO' | 'VSO', readonly Level[]> = {
  PO: ['po-7-8'],
  VO: ['vo-1-2', 'vo-3-4'],
  MBO: ['mbo'],
  SO: ['po-7-8', 'so-vso'],
  VSO: ['vo-1-2', 'vo-3-4', 'so-vso'],
};

/** Dutch labels of the levels, as schools know them. */
export const LEVEL_LABELS: Record<Level, string> = {
  'po-7-8': 'PO groep 7–8',
  'vo-1-2': 'VO klas 1–2',
  'vo-3-4': 'VO klas 3–4',
  mbo: 'MBO',
  'so-vso': 'SO/VSO',
};

export interface OfferDto {
  id: Uuid;
  /** Stable short code, e.g. `voorlichting-online-veiligheid`. */
  code: string;
  type: OfferType;
  title: string;
  description: string;
  topics: string[];
  levels: Level[];
  durationMinutes: Integer;
  maxPupilsPerGroup: Integer;
  staffNeeded: Integer;
  /** The skill a staff member must hold, e.g. `klassendialoog`, `jrb`, `sexting`. */
  requiredSkill: string;
  priceEuroCents: Integer;
  priceCredits: Integer;
  parentMeetingPossible: boolean;
  onlinePossible: boolean;
  /** About ondermijning (undermining crime): the topics hold `ondermijning`. The catalogue shows a badge. */
  ondermijning: boolean;
  active: boolean;
  /** For which kinds of requester the offer is (a school, a sportvereniging, a wijkpartner, a gemeente). */
  requesterKinds: RequesterKind[];
  /** Participants are stored as counts only, never names or group names (Sport en Gedrag). */
  countsOnly: boolean;
}

export interface OfferQuery {
  type?: OfferType;
  topic?: string;
  level?: Level;
  q?: string;
}

export type CreateOfferRequest = Omit<OfferDto, 'id' | 'active' | 'requesterKinds' | 'countsOnly' | 'ondermijning'> & {
  active?: boolean;
  requesterKinds?: RequesterKind[];
  countsOnly?: boolean;
};
export type UpdateOfferRequest = Partial<Omit<OfferDto, 'id' | 'code' | 'ondermijning'>>;
