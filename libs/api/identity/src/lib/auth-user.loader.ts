import type { MeDto, OrganisationRef } from '@halt/contracts';
import type { AuthUser } from '@halt/api/security';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from './user.entity';

/** Loads an active user with their organisation, as every authenticated request needs it. */
@Injectable()
export class AuthUserLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(id: string): Promise<{ user: User; auth: AuthUser } | null> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.school', 's')
      .leftJoinAndSelect('u.municipality', 'm')
      .leftJoinAndSelect('u.regions', 'r')
      .where('u.id = :id AND u.active', { id })
      .getOne();
    if (!user) return null;
    return { user, auth: toAuthUser(user) };
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
  };
}
