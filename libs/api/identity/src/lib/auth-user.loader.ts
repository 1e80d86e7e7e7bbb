import { preparedRead } from '@halt/api/database';
import type { MeDto, OrganisationRef } from '@halt/contracts';
import type { AuthUser } from '@halt/api/security';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from './user.entity';
import type { Region } from '@halt/api/organisation';

/** A session unused for longer than this gets its "last used" moved on the next request (not on every one). */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Users (alias `u`) with their school (`s`), gemeente (`m`) and regions (`r`). */
export function usersWithOrganisation(dataSource: DataSource) {
  return dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .leftJoinAndSelect('u.school', 's')
    .leftJoinAndSelect('u.municipality', 'm')
    .leftJoinAndSelect('u.club', 'c')
    .leftJoinAndSelect('u.partner', 'p')
    .leftJoinAndSelect('u.regions', 'r');
}

/** Loads an active user with their organisation, as every authenticated request needs it. */
@Injectable()
export class AuthUserLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private query() {
    return usersWithOrganisation(this.dataSource);
  }

  async load(id: string): Promise<{ user: User; auth: AuthUser } | null> {
    const user = await this.query().where('u.id = :id AND u.active', { id }).getOne();
    if (!user) return null;
    return { user, auth: toAuthUser(user) };
  }

  /**
   * The user of an access token, in one query: only while the user is active and the token's session is open
   * (not signed out, ended or expired). Moves the session's "last used" at most once a minute.
   */
  async loadForSession(id: string, sessionId: string): Promise<{ user: User; auth: AuthUser } | null> {
    const [row] = await preparedRead<SessionUserRow>(this.dataSource, SESSION_USER, [id, sessionId]);
    if (!row) return null;
    if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE auth_session SET last_used_at = now() WHERE id = $1`, [sessionId]);
    }
    const user = Object.assign(new User(), {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      language: row.language,
      schoolId: row.school_id,
      municipalityId: row.municipality_id,
      clubId: row.club_id,
      partnerId: row.partner_id,
      isMainContact: row.is_main_contact,
      active: true,
      school: row.school_id ? { id: row.school_id, name: row.school_name ?? '', brin: row.brin ?? '' } : null,
      municipality: row.municipality_id
        ? { id: row.municipality_id, name: row.municipality_name ?? '', cbsCode: row.cbs_code ?? '' }
        : null,
      club: row.club_id ? { id: row.club_id, name: row.club_name ?? '', knvbNumber: row.knvb_number ?? '' } : null,
      partner: row.partner_id ? { id: row.partner_id, name: row.partner_name ?? '' } : null,
      regions: row.regions,
    });
    return { user, auth: { ...toAuthUser(user), sessionId } };
  }
}

/**
 * Every signed-in request runs this, so it is one fixed statement (no query building, no entity hydration), prepared
 * once per connection: the active user in an open session, the names and codes of their school or gemeente, and
 * their regions.
 */
const SESSION_USER = `
  SELECT u.id, u.email, u.name, u.role, u.language, u.school_id, u.municipality_id, u.club_id, u.partner_id,
         u.is_main_contact, s.name AS school_name, s.brin, m.name AS municipality_name, m.cbs_code,
         c.name AS club_name, c.knvb_number, p.name AS partner_name,
         coalesce((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'code', r.code) ORDER BY r.name)
                     FROM user_region ur JOIN region r ON r.id = ur.region_id WHERE ur.user_id = u.id), '[]') AS regions,
         sess.last_used_at
    FROM app_user u
    JOIN auth_session sess ON sess.id = $2 AND sess.user_id = u.id AND sess.revoked_at IS NULL AND sess.expires_at > now()
    LEFT JOIN school s ON s.id = u.school_id
    LEFT JOIN municipality m ON m.id = u.municipality_id
    LEFT JOIN sports_club c ON c.id = u.club_id
    LEFT JOIN neighbourhood_partner p ON p.id = u.partner_id
   WHERE u.id = $1 AND u.active`;

interface SessionUserRow {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  language: User['language'];
  school_id: string | null;
  municipality_id: string | null;
  club_id: string | null;
  partner_id: string | null;
  club_name: string | null;
  knvb_number: string | null;
  partner_name: string | null;
  is_main_contact: boolean;
  school_name: string | null;
  brin: string | null;
  municipality_name: string | null;
  cbs_code: string | null;
  regions: Region[];
  last_used_at: Date | null;
}

export function organisationOf(user: User): OrganisationRef {
  switch (user.role) {
    case 'school':
      return { kind: 'school', id: user.schoolId ?? undefined, name: user.school?.name ?? '' };
    case 'gemeente':
      return {
        kind: 'municipality',
        id: user.municipalityId ?? undefined,
        name: `Gemeente ${user.municipality?.name ?? ''}`,
      };
    case 'vereniging':
      return { kind: 'club', id: user.clubId ?? undefined, name: user.club?.name ?? '' };
    case 'wijkpartner':
      return { kind: 'partner', id: user.partnerId ?? undefined, name: user.partner?.name ?? '' };
    case 'planner':
    case 'staff': {
      const regions = [...(user.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name));
      return { kind: 'regions', ids: regions.map((r) => r.id), name: regions.map((r) => r.name).join(', ') };
    }
    case 'admin':
      return { kind: 'halt', name: 'Halt' };
  }
}

function auditLabel(user: User): string {
  switch (user.role) {
    case 'school':
      return `school:${user.school?.brin ?? user.schoolId}`;
    case 'gemeente':
      return `gemeente:${user.municipality?.cbsCode ?? user.municipalityId}`;
    case 'vereniging':
      return `vereniging:${user.club?.knvbNumber ?? user.clubId}`;
    case 'wijkpartner':
      return `wijkpartner:${user.partnerId}`;
    case 'planner':
    case 'staff':
      return `regio:${(user.regions ?? [])
        .map((r) => r.code)
        .sort()
        .join(',')}`;
    case 'admin':
      return 'halt';
  }
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    schoolId: user.schoolId,
    municipalityId: user.municipalityId,
    clubId: user.clubId ?? null,
    partnerId: user.partnerId ?? null,
    regionIds: (user.regions ?? []).map((r) => r.id),
    organisation: auditLabel(user),
  };
}

export function toMeDto(user: User): MeDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    organisation: organisationOf(user),
    mainContact: user.isMainContact,
  };
}
