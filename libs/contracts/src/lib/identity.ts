import type { Uuid, Email, Integer } from './scalars';
import type { OrganisationRef, Role } from './roles';

export type Language = 'nl' | 'en';

export interface LoginRequest {
  email: Email;
  password: string;
}

export interface MeDto {
  id: Uuid;
  email: Email;
  name: string;
  role: Role;
  language: Language;
  organisation: OrganisationRef;
  /** A school's or gemeente's main contact, who manages that organisation's users. */
  mainContact: boolean;
}

/** Body of a successful sign-in or refresh; the refresh token travels only in an httpOnly cookie. */
export interface AuthSessionDto {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: Integer;
  user: MeDto;
}

/** One of the signed-in user's open sessions (sign-ins), as their account page lists them. */
export interface SignInSessionDto {
  id: Uuid;
  /** A label such as "Firefox op Windows". */
  device: string;
  signedInAt: string;
  lastUsedAt: string;
  /** The session of this browser. */
  current: boolean;
}

/** Demo log-ins, only served in development with the demo seed. */
export interface DemoLoginDto {
  role: Role;
  email: Email;
  name: string;
  organisation: string;
}

export interface DemoLoginsDto {
  password: string;
  logins: DemoLoginDto[];
}

export interface UserDto {
  id: Uuid;
  email: Email;
  name: string;
  role: Role;
  organisation: OrganisationRef;
  active: boolean;
  /** invited: no password set yet; active; deactivated: cannot sign in. */
  status: AccountStatus;
  /** A school's or gemeente's main contact (hoofdcontact), who invites the users of that organisation. */
  mainContact: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export const ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** An invitation: a new account for a person, who sets their own password through the e-mailed link. */
export interface InviteUserRequest {
  email: string;
  name: string;
  role: Role;
  /** For role school. */
  schoolId?: string;
  /** For role gemeente. */
  municipalityId?: string;
  /** For role vereniging (the sportvereniging). */
  clubId?: string;
  /** For role wijkpartner. */
  partnerId?: string;
  /** For roles planner and staff. */
  regionIds?: string[];
  mainContact?: boolean;
  language?: Language;
}

/** An account change: the role (admins only) or the main-contact mark. */
export interface UpdateUserRequest {
  role?: Role;
  mainContact?: boolean;
}

/** The one-time link's page: the new password for the account the link belongs to. */
export interface SetPasswordRequest {
  token: string;
  password: string;
}

/** After a password was set: the address to sign in with. */
export interface SetPasswordResultDto {
  email: string;
}
