import type { Uuid } from './scalars';

/**
 * The roles of the portal; every user has exactly one, bound to an organisation: `vereniging` to a sportvereniging
 * (`clubId`), `wijkpartner` to a neighbourhood partner (`partnerId`).
 */
export const ROLES = ['school', 'gemeente', 'vereniging', 'wijkpartner', 'planner', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What kind of organisation a user belongs to. */
export type OrganisationKind = 'school' | 'municipality' | 'club' | 'partner' | 'regions' | 'halt';

/** Who can be the requester of a booking request (`booking_request.requester_kind`, `offer.requester_kinds`). */
export const REQUESTER_KINDS = ['school', 'sportvereniging', 'wijkpartner', 'gemeente'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/** Dutch labels of the requester kinds. */
export const REQUESTER_KIND_LABELS: Record<RequesterKind, string> = {
  school: 'School',
  sportvereniging: 'Sportvereniging',
  wijkpartner: 'Wijkpartner',
  gemeente: 'Gemeente',
};

/** The requester of a request, by kind. */
export interface RequesterRef {
  kind: RequesterKind;
  id: Uuid;
  name: string;
}

/** The requester kind a role submits requests as (null: the role does not submit its own). */
export function requesterKindOfRole(role: Role): RequesterKind | null {
  switch (role) {
    case 'school':
      return 'school';
    case 'vereniging':
      return 'sportvereniging';
    case 'wijkpartner':
      return 'wijkpartner';
    default:
      return null;
  }
}

export interface OrganisationRef {
  kind: OrganisationKind;
  /** School or municipality id; for planners/staff the region ids they serve; absent for Halt admins. */
  id?: Uuid;
  ids?: Uuid[];
  name: string;
}
