import type { AuthUser } from '@halt/api/security';
import { SelectQueryBuilder } from 'typeorm';

/**
 * Restricts a query on `school` — or on the view `requester` (any kind of requester: school, sportvereniging,
 * wijkpartner, gemeente) — aliased `s`, joined to its municipality `m`, to what the user may see:
 * admins everything, a school, club or wijkpartner itself, a gemeente its own schools, clubs, partners and itself,
 * planners and staff those of their regions.
 */
export function scopeSchools<T extends object>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
  /** Where the region is: on `requester` its own `s.region_id` lets PostgreSQL filter inside each of the view's parts. */
  regionColumn: 'm.region_id' | 's.region_id' = 'm.region_id',
): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'admin':
      return qb;
    case 'school':
      return qb.andWhere('s.id = :scopeSchoolId', { scopeSchoolId: user.schoolId });
    case 'vereniging':
      return qb.andWhere('s.id = :scopeClubId', { scopeClubId: user.clubId });
    case 'wijkpartner':
      return qb.andWhere('s.id = :scopePartnerId', { scopePartnerId: user.partnerId });
    case 'gemeente':
      return qb.andWhere('s.municipality_id = :scopeMunicipalityId', { scopeMunicipalityId: user.municipalityId });
    case 'planner':
    case 'staff':
      return user.regionIds.length === 0
        ? qb.andWhere('false')
        : qb.andWhere(`${regionColumn} IN (:...scopeRegionIds)`, { scopeRegionIds: user.regionIds });
  }
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
