import { SchoolCalendarService } from '@halt/api/calendar';
import { preparedRead } from '@halt/api/database';
import type { StaffMemberDto } from '@halt/contracts';
import {
  addDays,
  fromEpochDay,
  instantToZoned,
  languageCode,
  type LocalDate,
  type PlannedAssignment,
  type PlanningProblem,
  type PeriodStanding,
  type PlanningSchool,
  type SessionToPlan,
  type StaffMember,
  toEpochDay,
  weekStartOf,
} from '@halt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryResultRow } from 'pg';
import { SLOT_STAFF, type SlotStaffRow, toSlotMember } from './slot-staff.queries';
import { STAFF_SELECT, toStaffDto } from './staff.service';

/** What a planning problem is about, plus labels for showing the result. */
export interface LoadedProblem {
  problem: PlanningProblem;
  /** Per session: request reference, school name and a short label ("Online veiligheid, 2B"). */
  labels: Map<string, { reference: string; schoolName: string; label: string; status: string }>;
  staffNames: Map<string, string>;
  /** When the problem holds only the slot's week: what the soft goals count of the whole period. */
  period?: PeriodStanding;
}

interface SessionRow {
  id: string;
  request_id: string;
  reference: string;
  school_id: string;
  school_name: string;
  /** The region of the school's (or other requester's) gemeente. */
  region_id: string;
  offer_title: string;
  group_name: string | null;
  status: string;
  kind: string;
  sequence: number;
  duration_minutes: number;
  staff_needed: number;
  required_skill: string;
  window_from: string;
  window_to: string;
  proposed_start: Date | null;
  planned_start: Date | null;
  planned_end: Date | null;
  windows: { from: string; to: string; weekdays: number[]; earliest: string; latest: string }[] | null;
  staff: { staffId: string; pinned: boolean }[] | null;
  interpreter_language: string | null;
  interpreter_arranged: boolean;
}

/** Runs a read: on a unit of work's manager, or outside any as a prepared statement. */
type Read = <T extends QueryResultRow>(text: string, values: unknown[]) => Promise<T[]>;

interface Period {
  from: LocalDate;
  to: LocalDate;
}

const SERIES_KINDS = ['intake', 'spreekuur', 'hearing'];

/** Requests whose open sessions may be planned (not waiting for the gemeente, not closed). */
const PLANNABLE_REQUESTS = `('submitted', 'approved', 'planned', 'confirmed', 'change_requested')`;

/**
 * Builds the auto-planner's plain-data problem from the database: the specialists of a region with their
 * skills, patterns and absences; the sessions to plan (open ones, and planned ones still without staff — a
 * specialist an absence took off a session does not count, so the auto-planner proposes a replacement);
 * everything those specialists already do in the period (as pinned assignments, so their time is taken);
 * and the schools' calendars.
 */
@Injectable()
export class PlanningProblemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: SchoolCalendarService,
  ) {}

  /** The problem of one region and period. */
  async forRegion(regionId: string, from: LocalDate, to: LocalDate, m?: EntityManager): Promise<LoadedProblem> {
    const db = m ?? this.dataSource.manager;
    const staff = await this.staffOfRegions(db, [regionId]);
    const open: SessionRow[] = await db.query(
      `${SESSION_SELECT}
        WHERE mu.region_id = $1 AND r.status IN ${PLANNABLE_REQUESTS}
          AND s.window_from <= $3 AND s.window_to >= $2
          AND (s.status = 'open' OR (s.status IN ('planned', 'confirmed')
               -- planned but without staff: only when its time lies in the period, where the specialists' other
               -- commitments are loaded too (a planned time outside it would be staffed blind)
               AND (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3
               -- (a specialist an absence took off it does not count: the session needs a replacement)
               AND NOT EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id AND a.absence_id IS NULL)))`,
      [regionId, from, to],
    );
    return this.build(read(db), m, staff, open, from, to, { clip: { from, to } });
  }

  /**
   * The problem around one session: its region's specialists and what they do in the session's window.
   * `admit` sees the session's row first (undefined: no such session) and throws to refuse the caller.
   */
  async forSession(
    sessionId: string,
    m?: EntityManager,
    admit?: (session: SessionRow | undefined) => void,
  ): Promise<LoadedProblem & { session: SessionRow }> {
    const db = m ?? this.dataSource.manager;
    const [session]: SessionRow[] = await db.query(`${SESSION_SELECT} WHERE s.id = $1`, [sessionId]);
    admit?.(session);
    const staff = await this.staffOfRegions(db, [session.region_id]);
    const loaded = await this.build(
      read(db),
      m,
      staff,
      [{ ...session, staff: [] }],
      session.window_from,
      session.window_to,
    );
    return { ...loaded, session };
  }

  /**
   * The problem for ranking the specialists on one session at `date`, cut to what that slot's hard rules look at:
   * each specialist as that date sees them ({@link SLOT_STAFF}: the session's skill, the absences of that day, the
   * hours and unavailability of that weekday), and of what they do in the session's window (and a week either
   * side, as {@link forSession} reads it) only that ISO week's sessions (the day's overlaps and sessions, the
   * week's hours) and those of the session's own request (their order). The rest of the period counts in the
   * soft goals through `period` (their load, sessions at the school, the fair shares' demand). The reads run as
   * prepared statements: outside transactions only.
   */
  async forSlot(
    sessionId: string,
    date: LocalDate,
    admit: (session: SessionRow | undefined) => void,
  ): Promise<LoadedProblem & { session: SessionRow }> {
    const prepared: Read = (text, values) => preparedRead(this.dataSource, text, values);
    const [session] = await prepared<SessionRow>(`${SESSION_SELECT} WHERE s.id = $1`, [sessionId]);
    admit(session);
    const from = addDays(session.window_from, -7);
    const to = addDays(session.window_to, 7);
    const [slot] = await prepared<SlotStaffRow>(SLOT_STAFF, [
      session.region_id,
      date,
      session.required_skill,
      session.id,
      from,
      to,
      session.school_id,
    ]);
    const staff = slot.staff.map((r) => toSlotMember(r, session.region_id, session.required_skill));
    const monday = weekStartOf(toEpochDay(date));
    const busy = staff.length
      ? await prepared<SessionRow>(BUSY_IN_WEEK, [
          staff.map((s) => s.id),
          from,
          to,
          session.id,
          fromEpochDay(monday),
          fromEpochDay(monday + 6),
          session.request_id,
        ])
      : [];
    const loaded = await this.build(
      prepared,
      undefined,
      staff,
      [{ ...session, staff: [] }],
      session.window_from,
      session.window_to,
      {
        busy,
        span: slot.window_from && slot.window_to ? { from: slot.window_from, to: slot.window_to } : undefined,
        // Only the session's school asks who worked there before.
        history: slot.staff
          .filter((s) => s.workedAtSchool)
          .map((s) => ({ schoolId: session.school_id, staffId: s.id })),
      },
    );
    const period: PeriodStanding = {
      demandMinutes: slot.demand + session.duration_minutes * (session.staff_needed === 2 ? 2 : 1),
      loadMinutes: new Map(slot.staff.map((s) => [s.id, s.loadMinutes])),
      sessionsAtSchool: new Map(slot.staff.map((s) => [s.id, s.sessionsAtSchool])),
    };
    return { ...loaded, period, session };
  }

  private async staffOfRegions(db: EntityManager, regionIds: string[]): Promise<StaffMember[]> {
    const rows = await db.query(
      `${STAFF_SELECT} WHERE sm.active AND EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = sm.id AND sr.region_id = ANY($1::uuid[]))
        ORDER BY sm.name`,
      [regionIds],
    );
    return rows.map((r: Parameters<typeof toStaffDto>[0]) => toMember(toStaffDto(r)));
  }

  /**
   * `query` runs the reads, `m` is the unit of work's manager (none: the calendars are read prepared). `clip`: the
   * period the sessions to plan are planned in; `busy`: what the specialists do, when read already (else all of it
   * around [from, to]), and `span` the days their windows cover (for the calendars).
   */
  private async build(
    query: Read,
    m: EntityManager | undefined,
    staff: StaffMember[],
    toPlan: SessionRow[],
    from: LocalDate,
    to: LocalDate,
    {
      clip,
      busy: known,
      span: covered,
      history: worked,
    }: { clip?: Period; busy?: SessionRow[]; span?: Period; history?: PlanningProblem['history'] } = {},
  ): Promise<LoadedProblem> {
    const staffIds = staff.map((s) => s.id);
    const planIds = new Set(toPlan.map((s) => s.id));
    // What these specialists already do around the period (a week either side, for weekly hours and travel).
    const busy: SessionRow[] =
      known ??
      (staffIds.length ? await query<SessionRow>(BUSY_SELECT, [staffIds, addDays(from, -7), addDays(to, 7)]) : []);
    const sessions = [...toPlan, ...busy.filter((b) => !planIds.has(b.id))];
    const schoolIds = [...new Set(sessions.map((s) => s.school_id))];
    const schoolRows: {
      id: string;
      name: string;
      latitude: number;
      longitude: number;
      region_id: string;
      day_start: string;
      day_end: string;
    }[] = schoolIds.length
      ? await query(
          `SELECT sc.id, sc.name, sc.latitude, sc.longitude, mu.region_id, sc.day_start, sc.day_end
               FROM requester sc JOIN municipality mu ON mu.id = sc.municipality_id WHERE sc.id = ANY($1::uuid[])`,
          [schoolIds],
        )
      : [];
    const span = [
      ...sessions.map((s) => ({ from: s.window_from, to: s.window_to })),
      ...(covered ? [covered] : []),
    ].reduce((acc, w) => ({ from: w.from < acc.from ? w.from : acc.from, to: w.to > acc.to ? w.to : acc.to }), {
      from: addDays(from, -7),
      to: addDays(to, 7),
    });
    const calendars = await this.calendars.calendarsFor(schoolIds, span.from, span.to, m);
    const schools: PlanningSchool[] = schoolRows.map((s) => ({
      id: s.id,
      name: s.name,
      location: { lat: s.latitude, lon: s.longitude },
      regionId: s.region_id,
      dayStart: s.day_start.slice(0, 5),
      dayEnd: s.day_end.slice(0, 5),
      calendar: calendars.get(s.id) ?? { isSchoolDay: () => false },
    }));

    const assignments: PlannedAssignment[] = [];
    const sessionsToPlan: SessionToPlan[] = sessions.map((s) => {
      const fixed = s.planned_start ?? s.proposed_start;
      const local = fixed ? instantToZoned(new Date(fixed)) : null;
      // Only the days inside the session's own window (and the run's period, for the sessions to plan).
      const lo = clip && planIds.has(s.id) && clip.from > s.window_from ? clip.from : s.window_from;
      const hi = clip && planIds.has(s.id) && clip.to < s.window_to ? clip.to : s.window_to;
      const windows = (s.windows ?? [])
        .map((w) => ({
          from: w.from > lo ? w.from : lo,
          to: w.to < hi ? w.to : hi,
          weekdays: w.weekdays.map(Number),
          earliest: w.earliest.slice(0, 5),
          latest: w.latest.slice(0, 5),
        }))
        .filter((w) => w.from <= w.to);
      const assigned = (s.staff ?? []).filter((a) => staffIds.includes(a.staffId));
      if (local && s.planned_start && s.planned_end && assigned.length) {
        const end = instantToZoned(new Date(s.planned_end));
        assignments.push({
          sessionId: s.id,
          staffIds: assigned.map((a) => a.staffId),
          date: local.date,
          start: local.time,
          end: end.time,
          pinned: true,
        });
      }
      return {
        id: s.id,
        requestId: s.request_id,
        schoolId: s.school_id,
        durationMinutes: s.duration_minutes,
        staffNeeded: (s.staff_needed === 2 ? 2 : 1) as 1 | 2,
        requiredSkill: s.required_skill,
        windows: windows.length
          ? windows
          : [{ from: lo, to: hi, weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
        firstChoiceWindowIndex: 0,
        ...(local ? { proposedStart: { date: local.date, time: local.time } } : {}),
        // Order matters within a series (intake → spreekuren → hearings), not between classes.
        ...(SERIES_KINDS.includes(s.kind) ? { sequence: s.sequence } : {}),
        // The interpreter language is a hard rule — the specialist speaks it — unless the planner arranged a tolk.
        ...(planIds.has(s.id) && s.interpreter_language && !s.interpreter_arranged
          ? { language: languageCode(s.interpreter_language) }
          : {}),
      };
    });
    // Who worked at these schools before (continuity); pairs with other schools would not count.
    const history: { school_id: string; staff_id: string }[] =
      !worked && staffIds.length && schoolIds.length
        ? await query<{ school_id: string; staff_id: string }>(
            `SELECT DISTINCT r.requester_id AS school_id, a.staff_id FROM session_assignment a JOIN session s ON s.id = a.session_id
               JOIN booking_request r ON r.id = s.request_id
              WHERE a.staff_id = ANY($1::uuid[]) AND s.status = 'delivered' AND r.requester_id = ANY($2::uuid[])`,
            [staffIds, schoolIds],
          )
        : [];
    return {
      problem: {
        staff,
        schools,
        sessions: sessionsToPlan,
        assignments,
        history: worked ?? history.map((h) => ({ schoolId: h.school_id, staffId: h.staff_id })),
      },
      labels: new Map(
        sessions.map((s) => [
          s.id,
          {
            reference: s.reference,
            schoolName: s.school_name,
            label: s.group_name ? `${s.offer_title}, ${s.group_name}` : `${s.offer_title} (${s.sequence})`,
            status: s.status,
          },
        ]),
      ),
      staffNames: new Map(staff.map((d) => [d.id, d.name])),
    };
  }
}

/** The planning view of a specialist's full profile. */
function toMember(d: StaffMemberDto): StaffMember {
  return {
    id: d.id,
    name: d.name,
    home: d.home,
    regionIds: d.regions.map((r) => r.id),
    contractHoursPerWeek: d.contractHoursPerWeek,
    workingPattern: Object.fromEntries(Object.entries(d.workingPattern).map(([k, v]) => [Number(k), v ?? []])),
    absences: d.absences.map((a) => ({
      from: a.from,
      to: a.to,
      kind: a.kind,
      ...(a.startTime ? { startTime: a.startTime } : {}),
      ...(a.endTime ? { endTime: a.endTime } : {}),
    })),
    recurringAbsences: d.recurringAbsences.map((r) => ({ weekday: r.weekday, start: r.start, end: r.end })),
    maxSessionsPerDay: d.maxSessionsPerDay,
    skills: d.skills,
    languages: d.languages,
    preferredWeekdays: d.preferredWeekdays,
  };
}

/** Reads on `db`, a unit of work's manager or the data source's. */
const read =
  (db: EntityManager): Read =>
  (text, values) =>
    db.query(text, values);

const SESSION_SELECT = `
  SELECT s.id, s.request_id, r.reference, r.requester_id AS school_id, sc.name AS school_name, mu.region_id,
         o.title AS offer_title, g.name AS group_name,
         s.status, s.kind, s.sequence, s.duration_minutes, s.staff_needed, s.required_skill,
         to_char(s.window_from, 'YYYY-MM-DD') AS window_from, to_char(s.window_to, 'YYYY-MM-DD') AS window_to,
         s.proposed_start, s.planned_start, s.planned_end,
         CASE WHEN r.interpreter THEN r.interpreter_language END AS interpreter_language, r.interpreter_arranged,
         (SELECT json_agg(json_build_object('from', to_char(w.from_date, 'YYYY-MM-DD'), 'to', to_char(w.to_date, 'YYYY-MM-DD'),
                                            'weekdays', w.weekdays, 'earliest', w.earliest, 'latest', w.latest) ORDER BY w.position)
            FROM booking_window w WHERE w.request_id = r.id AND w.superseded_at IS NULL) AS windows,
         (SELECT json_agg(json_build_object('staffId', a.staff_id, 'pinned', a.pinned))
            FROM session_assignment a WHERE a.session_id = s.id AND a.absence_id IS NULL) AS staff
    FROM session s
    JOIN booking_request r ON r.id = s.request_id
    JOIN requester sc ON sc.id = r.requester_id
    JOIN municipality mu ON mu.id = sc.municipality_id
    JOIN offer o ON o.id = r.offer_id
    LEFT JOIN booking_group g ON g.id = s.group_id`;

/** What specialists $1 do around the period [$2, $3] (a week either side, for weekly hours and travel). */
const BUSY_WHERE = `
  WHERE s.status IN ('planned', 'confirmed', 'delivered')
    AND EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id AND a.staff_id = ANY($1::uuid[]))
    AND s.planned_start >= $2::date AND s.planned_start < ($3::date + 1)`;

/**
 * In order of time: the sessions of a series come in that order, and so do the reasons the order rule gives
 * (without an order they came as PostgreSQL's plan happened to read them).
 */
const BUSY_ORDER = `ORDER BY s.planned_start, s.id`;

const BUSY_SELECT = `${SESSION_SELECT} ${BUSY_WHERE} ${BUSY_ORDER}`;

/** Of {@link BUSY_SELECT}, other than session $4: those in the ISO week [$5, $6] (Amsterdam days), or of request $7. */
const BUSY_IN_WEEK = `${SESSION_SELECT} ${BUSY_WHERE} AND s.id <> $4
    AND ((s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $5::date AND $6::date OR s.request_id = $7)
  ${BUSY_ORDER}`;
