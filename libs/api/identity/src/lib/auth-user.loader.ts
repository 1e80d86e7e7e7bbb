import type { MeDto, OrganisationRef } from '@halt/contracts';
import type { AuthUser } from '@halt/api/security';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthSession } from './auth-session.entity';
import { User } from './user.entity';

/** A session unused for longer than this gets its "last used" moved on the next request (not on every one). */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Users (alias `u`) with their school (`s`), gemeente (`m`) and regions (`r`). */
export function usersWithOrganisation(dataSource: DataSource) {
  return dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .leftJoinAndSelect('u.school', 's')
    .leftJoinAndSelect('u.municipality', 'm')
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
    const { entities, raw } = await this.query()
      .innerJoin(
        AuthSession,
        'sess',
        'sess.id = :sessionId AND sess.user_id = u.id AND sess.revoked_at IS NULL AND sess.expires_at > now()',
        { sessionId },
      )
      .addSelect('sess.last_used_at', 'session_last_used_at')
      .where('u.id = :id AND u.active', { id })
      .getRawAndEntities<{ session_last_used_at: Date }>();
    const user = entities[0];
    if (!user) return null;
    const lastUsed = raw[0]?.session_last_used_at;
    if (!lastUsed || Date.now() - new Date(lastUsed).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE auth_session SET last_used_at = now() WHERE id = $1`, [sessionId]);
    }
    return { user, auth: { ...toAuthUser(user), sessionId } };
  }
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
