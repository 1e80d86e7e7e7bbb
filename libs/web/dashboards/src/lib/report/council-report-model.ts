import type { ProgrammeFilter } from '@halt/contracts';

/** What the report page asks for: a subsidy (calendar) year, a programme or all work, and (Halt) a gemeente. */
export interface CouncilReportQuery {
  year: number;
  programme: ProgrammeFilter | '';
  municipalityId: string;
}

/** The subsidy years to choose from: three back, this one and the next. */
export function reportYears(thisYear: number): number[] {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
}

/** The query string the API reads (`year`, and `programme`/`municipalityId` when chosen). */
export function reportParams(q: CouncilReportQuery): Record<string, string> {
  const params: Record<string, string> = { year: String(q.year) };
  if (q.programme) params['programme'] = q.programme;
  if (q.municipalityId) params['municipalityId'] = q.municipalityId;
  return params;
}

/** `Ordered → delivered` as a share in whole percent, 0 when nothing was ordered. */
export function deliveredShare(ordered: number, delivered: number): number {
  return ordered > 0 ? Math.round((delivered / ordered) * 100) : 0;
}
