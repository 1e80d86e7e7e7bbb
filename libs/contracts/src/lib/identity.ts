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
}
