import type { Language, Role } from '@halt/contracts';

/** The signed-in user as the API sees it on every request, with the organisation they are bound to. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  /** Set for role `school`. */
  schoolId: string | null;
  /** Set for role `gemeente`. */
  municipalityId: string | null;
  /** Set for role `vereniging` (the sportvereniging). */
  clubId: string | null;
  /** Set for role `wijkpartner` (the neighbourhood partner). */
  partnerId: string | null;
  /** Regions served, for roles `planner` and `staff`. */
  regionIds: string[];
  /** Human-readable organisation, as the audit trail records it. */
  organisation: string;
  /** The sign-in session of the access token (absent for sign-in itself and background work). */
  sessionId?: string;
}
