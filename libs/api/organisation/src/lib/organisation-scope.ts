import type { AuthUser } from '@halt/api/security';
import { SelectQueryBuilder } from 'typeorm';

/** Binds one value into a statement and answers its placeholder (`$3`, or `:scopeSchools0` for a query builder). */
export type Bind = (value: unknown) => string;

/**
 * What a user may see of `school` — or of the view `requester` (any kind of requester: school, sportvereniging,
 * wijkpartner, gemeente) — aliased `s`, joined to its municipality `m`, as one SQL condition:
 * admins everything (`undefined`: no condition), a school, club or wijkpartner itself, a gemeente its own schools,
 * clubs, partners and itself, planners and staff those of their regions. The one rule behind `scopeSchools`, for
 * statements written out by hand.
 */
export function schoolScopeCondition(
  user: AuthUser,
  bind: Bind,
  /** Where the region is: on `requester` its own `s.region_id` lets PostgreSQL filter inside each of the view's parts. */
  regionColumn: 'm.region_id' | 's.region_id' = 'm.region_id',
): string | undefined {
  switch (user.role) {
    case 'admin':
      return undefined;
    case 'school':
      return `s.id = ${bind(user.schoolId)}`;
    case 'vereniging':
      return `s.id = ${bind(user.clubId)}`;
    case 'wijkpartner':
      return `s.id = ${bind(user.partnerId)}`;
    case 'gemeente':
      return `s.municipality_id = ${bind(user.municipalityId)}`;
    case 'planner':
    case 'staff':
      return user.regionIds.length === 0 ? 'false' : `${regionColumn} = ANY(${bind(user.regionIds)}::uuid[])`;
  }
}

/** Restricts a query builder's query on `s` (and `m`) to what the user may see (`schoolScopeCondition`). */
export function scopeSchools<T extends object>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
  regionColumn: 'm.region_id' | 's.region_id' = 'm.region_id',
): SelectQueryBuilder<T> {
  const params: Record<string, unknown> = {};
  const condition = schoolScopeCondition(
    user,
    (value) => {
      const name = `scopeSchools${Object.keys(params).length}`;
      params[name] = value;
      return `:${name}`;
    },
    regionColumn,
  );
  return condition === undefined ? qb : qb.andWhere(condition, params);
}

/** The same rule for municipalities (aliased `m`). */
export function scopeMunicipalities<T extends object>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'admin':
      return qb;
    case 'school':
      return qb.andWhere('m.id IN (SELECT municipality_id FROM school WHERE id = :scopeSchoolId)', {
        scopeSchoolId: user.schoolId,
      });
    case 'vereniging':
      return qb.andWhere('m.id IN (SELECT municipality_id FROM sports_club WHERE id = :scopeClubId)', {
        scopeClubId: user.clubId,
      });
    case 'wijkpartner':
      return qb.andWhere('m.id IN (SELECT municipality_id FROM neighbourhood_partner WHERE id = :scopePartnerId)', {
        scopePartnerId: user.partnerId,
      });
    case 'gemeente':
      return qb.andWhere('m.id = :scopeMunicipalityId', { scopeMunicipalityId: user.municipalityId });
    case 'planner':
    case 'staff':
      return user.regionIds.length === 0
        ? qb.andWhere('false')
        : qb.andWhere('m.region_id IN (:...scopeRegionIds)', { scopeRegionIds: user.regionIds });
  }
}
