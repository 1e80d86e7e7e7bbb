import type { StaffSkillDto } from '@halt/contracts';
import { addDays } from '@halt/domain';

/** A skill expiring within this many days is flagged. */
const EXPIRING_DAYS = 60;

/** Whether a skill is still valid today, runs out soon, or has run out. */
export function skillStatus(s: StaffSkillDto, today: string): 'valid' | 'expiring' | 'expired' {
  if (s.validUntil < today) return 'expired';
  return s.validUntil <= addDays(today, EXPIRING_DAYS) ? 'expiring' : 'valid';
}
