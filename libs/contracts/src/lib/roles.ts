import type { Uuid } from './scalars';

/** The five roles of the portal; every user has exactly one, bound to an organisation. */
export const ROLES = ['school', 'gemeente', 'planner', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What kind of organisation a user belongs to. */
export type OrganisationKind = 'school' | 'municipality' | 'regions' | 'halt';

export interface OrganisationRef {
  kind: OrganisationKind;
  /** School or municipality id; for planners/staff the region ids they serve; absent for Halt admins. */
  id?: Uuid;
  ids?: Uuid[];
  name: string;
}
