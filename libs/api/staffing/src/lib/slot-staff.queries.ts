import type { WorkingPatternDto } from '@halt/contracts';
import type { StaffMember } from '@halt/domain';

/** A specialist of the region as the hard rules and goals of one session on one date see them. */
export interface SlotStaffRow {
  id: string;
  name: string;
  home_latitude: number;
  home_longitude: number;
  contract_hours_per_week: number;
  max_sessions_per_day: number;
  languages: string[];
  preferred_weekdays: number[];
  working_pattern: WorkingPatternDto;
  /** The latest validity of the session's skill, or null without it. */
  skill_valid_until: string | null;
  /** The absences that touch the date. */
  absences:
    | {
        kind: 'leave' | 'sick' | 'training';
        from: string;
        to: string;
        startTime: string | null;
        endTime: string | null;
      }[]
    | null;
  /** The weekly unavailability on the date's weekday. */
  recurring: { weekday: number; start: string; end: string }[] | null;
}

/**
 * The active specialists of region $1 for the session's skill $3 on date $2: what the candidate ranking reads
 * (the full profile is `STAFF_SELECT`). Absences and weekly unavailability elsewhere than that date cannot break
 * a rule there, other skills are not asked, and region names, e-mail and notes are not shown; the ranking's order
 * of the staff (by name) is the same.
 */
export const SLOT_STAFF = `
  SELECT sm.id, sm.name, sm.home_latitude, sm.home_longitude, sm.contract_hours_per_week, sm.max_sessions_per_day,
         sm.languages, sm.preferred_weekdays, sm.working_pattern,
         (SELECT to_char(max(k.valid_until), 'YYYY-MM-DD') FROM staff_skill k
           WHERE k.staff_id = sm.id AND k.skill = $3) AS skill_valid_until,
         (SELECT json_agg(json_build_object('kind', a.kind, 'from', to_char(a.from_date, 'YYYY-MM-DD'),
                                            'to', to_char(a.to_date, 'YYYY-MM-DD'), 'startTime', to_char(a.start_time, 'HH24:MI'),
                                            'endTime', to_char(a.end_time, 'HH24:MI')) ORDER BY a.from_date)
            FROM staff_absence a WHERE a.staff_id = sm.id AND a.from_date <= $2::date AND a.to_date >= $2::date) AS absences,
         (SELECT json_agg(json_build_object('weekday', ra.weekday, 'start', to_char(ra.start_time, 'HH24:MI'),
                                            'end', to_char(ra.end_time, 'HH24:MI')) ORDER BY ra.start_time)
            FROM staff_recurring_absence ra
           WHERE ra.staff_id = sm.id AND ra.weekday = extract(isodow FROM $2::date)) AS recurring
    FROM staff_member sm
   WHERE sm.active AND EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = sm.id AND sr.region_id = $1)
   ORDER BY sm.name`;

/** The planning view of a {@link SLOT_STAFF} row: it serves `regionId` (it was read by it), skill `skill` or none. */
export function toSlotMember(r: SlotStaffRow, regionId: string, skill: string): StaffMember {
  return {
    id: r.id,
    name: r.name,
    home: { lat: r.home_latitude, lon: r.home_longitude },
    regionIds: [regionId],
    contractHoursPerWeek: r.contract_hours_per_week,
    workingPattern: Object.fromEntries(Object.entries(r.working_pattern).map(([k, v]) => [Number(k), v ?? []])),
    absences: (r.absences ?? []).map((a) => ({
      from: a.from,
      to: a.to,
      kind: a.kind,
      ...(a.startTime ? { startTime: a.startTime } : {}),
      ...(a.endTime ? { endTime: a.endTime } : {}),
    })),
    recurringAbsences: (r.recurring ?? []).map((x) => ({ weekday: x.weekday, start: x.start, end: x.end })),
    maxSessionsPerDay: r.max_sessions_per_day,
    skills: r.skill_valid_until ? [{ skill, validUntil: r.skill_valid_until }] : [],
    languages: r.languages,
    preferredWeekdays: r.preferred_weekdays.map(Number),
  };
}
