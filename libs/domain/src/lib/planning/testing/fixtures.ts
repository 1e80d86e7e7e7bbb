import { weekday } from '../../calendar/local-date';
import type { PlanningSchool, SessionToPlan, StaffMember } from '../model';

/** Every weekday is a school day. */
export const WEEKDAYS_OPEN = { isSchoolDay: (date: string) => weekday(date) <= 5 };

/** Utrecht centre; other places are offsets from it. */
export const UTRECHT = { lat: 52.0907, lon: 5.1214 };
/** Amersfoort, about 20 km from Utrecht. */
export const AMERSFOORT = { lat: 52.1561, lon: 5.3878 };
/** Zeist, about 10 km from Utrecht. */
export const ZEIST = { lat: 52.0893, lon: 5.2333 };

const FULL_WEEK = {
  1: [{ start: '08:00', end: '17:00' }],
  2: [{ start: '08:00', end: '17:00' }],
  3: [{ start: '08:00', end: '17:00' }],
  4: [{ start: '08:00', end: '17:00' }],
  5: [{ start: '08:00', end: '17:00' }],
};

/** A staff member in region `utrecht` with the skill `voorlichting`, working Monday to Friday 08:00–17:00. */
export function staffMember(id: string, extra: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    name: `Medewerker ${id}`,
    home: UTRECHT,
    regionIds: ['utrecht'],
    contractHoursPerWeek: 32,
    workingPattern: FULL_WEEK,
    absences: [],
    recurringAbsences: [],
    maxSessionsPerDay: 3,
    skills: [{ skill: 'voorlichting', validUntil: '2027-07-31' }],
    languages: ['nl'],
    ...extra,
  };
}

/** A school in region `utrecht`, open every weekday 08:30–16:00. */
export function school(id: string, extra: Partial<PlanningSchool> = {}): PlanningSchool {
  return { id, name: `School ${id}`, location: UTRECHT, regionId: 'utrecht', calendar: WEEKDAYS_OPEN, ...extra };
}

/** A 90-minute voorlichting for one staff member, any weekday in 5–16 October 2026, 08:30–16:00. */
export function session(id: string, extra: Partial<SessionToPlan> = {}): SessionToPlan {
  return {
    id,
    requestId: `r-${id}`,
    schoolId: 's1',
    durationMinutes: 90,
    staffNeeded: 1,
    requiredSkill: 'voorlichting',
    windows: [{ from: '2026-10-05', to: '2026-10-16', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
    ...extra,
  };
}
