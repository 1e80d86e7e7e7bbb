import type { WorkingPatternDto } from '@halt/contracts';
import type { StaffMember } from '@halt/domain';

/** A specialist of the region as the hard rules and goals of one session on one date see them. */
export interface SlotStaff {
  id: string;
  name: string;
  lat: number;
  lon: number;
  contractHours: number;
  maxPerDay: number;
  languages: string[];
  preferredWeekdays: number[];
  /** The working hours on the date's weekday (the one key of the pattern the rules look at). */
  pattern: WorkingPatternDto;
  /** The latest validity of the session's skill, or null without it. */
  skillValidUntil: string | null;
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
 * The active specialists of region $1 for the session's skill $3 on date $2, by name: what the candidate ranking
 * reads (the full profile is `STAFF_SELECT`). Absences and weekly unavailability on other dates and the working
 * hours of other weekdays cannot break a rule on that date, other skills are not asked, and region names, e-mail
 * and notes are not shown. One JSON value for all of them: the client parses it at once instead of each row's
 * columns (arrays, JSON) one by one.
 */
export const SLOT_STAFF = `
  SELECT coalesce(json_agg(json_build_object(
           'id', sm.id, 'name', sm.name, 'lat', sm.home_latitude, 'lon', sm.home_longitude,
           'contractHours', sm.contract_hours_per_week, 'maxPerDay', sm.max_sessions_per_day,
           'languages', sm.languages, 'preferredWeekdays', sm.preferred_weekdays,
           'pattern', jsonb_build_object(d.weekday::text, sm.working_pattern -> d.weekday::text),
           'skillValidUntil', (SELECT to_char(max(k.valid_until), 'YYYY-MM-DD') FROM staff_skill k
                                WHERE k.staff_id = sm.id AND k.skill = $3),
           'absences', (SELECT json_agg(json_build_object('kind', a.kind, 'from', to_char(a.from_date, 'YYYY-MM-DD'),
                                          'to', to_char(a.to_date, 'YYYY-MM-DD'), 'startTime', to_char(a.start_time, 'HH24:MI'),
                                          'endTime', to_char(a.end_time, 'HH24:MI')) ORDER BY a.from_date)
                          FROM staff_absence a WHERE a.staff_id = sm.id AND a.from_date <= d.date AND a.to_date >= d.date),
           'recurring', (SELECT json_agg(json_build_object('weekday', ra.weekday, 'start', to_char(ra.start_time, 'HH24:MI'),
                                          'end', to_char(ra.end_time, 'HH24:MI')) ORDER BY ra.start_time)
                           FROM staff_recurring_absence ra WHERE ra.staff_id = sm.id AND ra.weekday = d.weekday)
         ) ORDER BY sm.name), '[]') AS staff
    FROM (SELECT $2::date AS date, extract(isodow FROM $2::date)::int AS weekday) d
    JOIN staff_member sm ON sm.active
   WHERE EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = sm.id AND sr.region_id = $1)`;

/** The planning view of a {@link SLOT_STAFF} specialist: they serve `regionId` (read by it), skill `skill` or none. */
export function toSlotMember(r: SlotStaff, regionId: string, skill: string): StaffMember {
  return {
    id: r.id,
    name: r.name,
    home: { lat: r.lat, lon: r.lon },
    regionIds: [regionId],
    contractHoursPerWeek: r.contractHours,
    workingPattern: Object.fromEntries(Object.entries(r.pattern).map(([k, v]) => [Number(k), v ?? []])),
    absences: (r.absences ?? []).map((a) => ({
      from: a.from,
      to: a.to,
      kind: a.kind,
      ...(a.startTime ? { startTime: a.startTime } : {}),
      ...(a.endTime ? { endTime: a.endTime } : {}),
    })),
    recurringAbsences: (r.recurring ?? []).map((x) => ({ weekday: x.weekday, start: x.start, end: x.end })),
    maxSessionsPerDay: r.maxPerDay,
    skills: r.skillValidUntil ? [{ skill, validUntil: r.skillValidUntil }] : [],
    languages: r.languages,
    preferredWeekdays: r.preferredWeekdays.map(Number),
  };
}
