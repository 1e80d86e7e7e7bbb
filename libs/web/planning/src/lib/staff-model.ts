import type { StaffMemberDto, StaffSkillDto, UpdateStaffRequest } from '@halt/contracts';
import { addDays, type LocalDate } from '@halt/domain';

/** A skill expiring within this many days is flagged. */
const EXPIRING_DAYS = 60;

/** Whether a skill is still valid today, runs out soon, or has run out. */
export function skillStatus(s: StaffSkillDto, today: LocalDate): 'valid' | 'expiring' | 'expired' {
  if (s.validUntil < today) return 'expired';
  return s.validUntil <= addDays(today, EXPIRING_DAYS) ? 'expiring' : 'valid';
}

/** What the planner's form of a specialist holds, as its controls give it. */
export interface StaffFormValue {
  contractHoursPerWeek: number | string | null;
  maxSessionsPerDay: number | string | null;
  /** All the specialist's regions; only the planner's own ones can be ticked on or off. */
  regionIds: string[];
  /** Language codes separated by commas, e.g. `nl, en`. */
  languages: string;
  skills: StaffSkillDto[];
  active: boolean;
}

/** The languages typed as `nl, en , ,ar`: trimmed, without empty ones or doubles. */
export function parseLanguages(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** The specialist's regions that this planner does not plan (`mine`): shown, not editable. */
export function foreignRegions(m: StaffMemberDto, mine: ReadonlySet<string>): string[] {
  return m.regions.filter((r) => !mine.has(r.id)).map((r) => r.name);
}

/**
 * The body of `PATCH /api/staff/:id`. Regions only when the planner changed their own ones: a planner may only
 * give their own regions, the others are sent back as they are.
 */
export function toUpdateStaffRequest(
  v: StaffFormValue,
  m: StaffMemberDto,
  mine: ReadonlySet<string>,
): UpdateStaffRequest {
  const body: UpdateStaffRequest = {
    contractHoursPerWeek: Number(v.contractHoursPerWeek),
    maxSessionsPerDay: Number(v.maxSessionsPerDay),
    languages: parseLanguages(v.languages),
    skills: v.skills.map((s) => ({ skill: s.skill.trim(), validUntil: s.validUntil })),
    active: v.active,
  };
  const before = m.regions
    .filter((r) => mine.has(r.id))
    .map((r) => r.id)
    .sort();
  const after = v.regionIds.filter((id) => mine.has(id)).sort();
  if (before.join() !== after.join()) {
    const others = m.regions.filter((r) => !mine.has(r.id)).map((r) => r.id);
    body.regionIds = [...after, ...others];
  }
  return body;
}
