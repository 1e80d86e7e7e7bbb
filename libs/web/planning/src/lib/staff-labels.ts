import type { StaffSkillDto } from '@halt/contracts';

/** A skill expiring within this many days is flagged. */
const EXPIRING_DAYS = 60;

/** Today in the Netherlands as YYYY-MM-DD. */
export const todayIso = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

/** Whether a skill is still valid today, runs out soon, or has run out. */
export function skillStatus(s: StaffSkillDto, today: string): 'valid' | 'expiring' | 'expired' {
  if (s.validUntil < today) return 'expired';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + EXPIRING_DAYS * 86_400_000).toISOString().slice(0, 10);
  return s.validUntil <= soon ? 'expiring' : 'valid';
}
