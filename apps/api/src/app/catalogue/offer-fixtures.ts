import type { CreateOfferRequest } from '@halt/contracts';

/** A new offer an admin adds to the catalogue: "Gokken en gamen" for VO klas 3–4 and MBO. */
export const GAMBLING_OFFER: CreateOfferRequest = {
  code: 'voorlichting-gokken',
  type: 'voorlichting',
  title: 'Gokken en gamen',
  description: 'Over online gokken, loot boxes en de risico’s van schulden.',
  topics: ['online veiligheid', 'gokken'],
  levels: ['vo-3-4', 'mbo'],
  durationMinutes: 60,
  maxPupilsPerGroup: 32,
  staffNeeded: 1,
  requiredSkill: 'online-veiligheid',
  priceEuroCents: 22500,
  priceCredits: 1,
  parentMeetingPossible: false,
  onlinePossible: false,
};
