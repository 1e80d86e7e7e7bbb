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
  /** Planned minutes in the period, and sessions at the school (see {@link SLOT_STAFF}). */
  loadMinutes: number;
  sessionsAtSchool: number;
  /** Delivered a session at school $7 before (continuity). */
  workedAtSchool: boolean;
}

/** What {@link SLOT_STAFF} answers: one row. */
export interface SlotStaffRow {
  staff: SlotStaff[];
  /** Session minutes × staff needed of what the specialists do in the period (the session itself not included). */
  demand: number;
  /** The first and last day of those sessions' windows (the calendars cover them), or null without any. */
  window_from: string | null;
  window_to: string | null;
}

/**
 * The active specialists of region $1 for the session's skill $3 on date $2, by name: what the candidate ranking
 * reads (the full profile is `STAFF_SELECT`). Absences and weekly unavailability on other dates and the working
 * hours of other weekdays cannot break a rule on that date, other skills are not asked, and region names, e-mail
 * and notes are not shown. One JSON value for all of them: the client parses it at once instead of each row's
 * columns (arrays, JSON) one by one.
 *
 * With them, what the soft goals count of the period [$5, $6] (the session's window and a week either side) that
 * the problem itself then leaves out beyond the slot's week: the sessions of these specialists in it
 * (`PlanningProblemService` reads the same ones as `busy`; session $4 itself not), each specialist's planned
 * minutes and sessions at school $7 in them (as a pinned assignment counts: with its end, without an absence),
 * and their demand; and who delivered a session at that school before (the history the continuity goal asks).
 */
export const SLOT_STAFF = `
  WITH d AS (SELECT $2::date AS date, extract(isodow FROM $2::date)::int AS weekday),
  crew AS (
    SELECT sm.* FROM staff_member sm
     WHERE sm.active AND EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = sm.id AND sr.region_id = $1)),
  busy AS (
    SELECT s.id, s.duration_minutes, s.staff_needed, s.planned_end, r.requester_id, s.window_from, s.window_to
      -- (every request has its requester, gemeente and offer: the joins of SESSION_SELECT leave none out)
      FROM session s JOIN booking_request r ON r.id = s.request_id
     WHERE s.id <> $4 AND s.status IN ('planned', 'confirmed', 'delivered')
       AND EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id AND a.staff_id IN (SELECT id FROM crew))
       AND s.planned_start >= $5::date AND s.planned_start < ($6::date + 1)),
  standing AS (
    SELECT a.staff_id, sum(b.duration_minutes)::int AS load, (count(*) FILTER (WHERE b.requester_id = $7))::int AS at_school
      FROM busy b JOIN session_assignment a ON a.session_id = b.id AND a.absence_id IS NULL
     WHERE b.planned_end IS NOT NULL
     GROUP BY a.staff_id),
  worked AS (
    SELECT a.staff_id FROM booking_request r JOIN session s ON s.request_id = r.id AND s.status = 'delivered'
      JOIN session_assignment a ON a.session_id = s.id
     WHERE r.requester_id = $7)
  SELECT
    (SELECT coalesce(json_agg(json_build_object(
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
                              FROM staff_recurring_absence ra WHERE ra.staff_id = sm.id AND ra.weekday = d.weekday),
              'loadMinutes', coalesce(st.load, 0), 'sessionsAtSchool', coalesce(st.at_school, 0),
              'workedAtSchool', sm.id IN (SELECT w.staff_id FROM worked w)
            ) ORDER BY sm.name), '[]')
       FROM d, crew sm LEFT JOIN standing st ON st.staff_id = sm.id) AS staff,
    (SELECT coalesce(sum(b.duration_minutes * CASE WHEN b.staff_needed = 2 THEN 2 ELSE 1 END), 0)::int FROM busy b) AS demand,
    (SELECT to_char(min(b.window_from), 'YYYY-MM-DD') FROM busy b) AS window_from,
    (SELECT to_char(max(b.window_to), 'YYYY-MM-DD') FROM busy b) AS window_to`;

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
