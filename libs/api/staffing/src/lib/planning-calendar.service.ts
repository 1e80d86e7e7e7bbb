import type {
  CalendarBlockDto,
  Page,
  PlanningCalendarDto,
  StaffLoadDto,
  StaffWeekLoadDto,
  UnplannedSessionDto,
} from '@halt/contracts';
import { addDays, daysBetween, type DayBlock, occupiedDayMinutes, travelConfig, weekday } from '@halt/domain';
import type { AuthUser } from '@halt/api/security';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  MAX_CALENDAR_DAYS,
  MAX_LOAD_DAYS,
  type PlanningCalendarQueryDto,
  type StaffLoadQueryDto,
  type UnplannedSessionsQueryDto,
} from './planning-calendar.dto';

/** Requests whose open sessions a planner may plan (as the session planning refuses others). */
const PLANNABLE = ['submitted', 'approved', 'planned', 'confirmed', 'change_requested'];

/** 400 on `to` when the period runs backwards or is longer than `max` days. */
function checkPeriod(from: string, to: string, max: number): void {
  const days = daysBetween(from, to) + 1;
  if (days >= 1 && days <= max) return;
  throw new BadRequestException({
    message: 'Controleer de invoer',
    errors: [
      {
        field: 'to',
        message: days < 1 ? 'mag niet voor de eerste dag liggen' : `mag hoogstens ${max} dagen na de eerste dag liggen`,
      },
    ],
  });
}

const mondayOf = (date: string): string => addDays(date, 1 - weekday(date));

/**
 * The planning calendar's reads: the planned sessions of a period as blocks (school, offer, specialists and their
 * travel), and the sessions still waiting for a date. Planners see their own regions, admins every region; the
 * writes go through the session planning and matching commands.
 */
@Injectable()
export class PlanningCalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The regions a user may look at, narrowed to `regionId` when given; null: every region (admins). */
  private regions(user: AuthUser, regionId?: string): string[] | null {
    if (user.role === 'admin') return regionId ? [regionId] : null;
    return regionId ? user.regionIds.filter((r) => r === regionId) : user.regionIds;
  }

  async calendar(user: AuthUser, q: PlanningCalendarQueryDto): Promise<PlanningCalendarDto> {
    checkPeriod(q.from, q.to, MAX_CALENDAR_DAYS);
    const rows: {
      session_id: string;
      request_id: string;
      date: string;
      start: string;
      end: string;
      status: CalendarBlockDto['status'];
      school_id: string;
      school_name: string;
      offer_title: string;
      staff_needed: number;
      staff: { id: string; name: string; travelMinutes: number }[];
      needs_replacement: boolean;
      interpreter_language: string | null;
      interpreter_arranged: boolean;
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.request_id, to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date,
              to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS start,
              to_char(s.planned_end AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS "end",
              s.status, sc.id AS school_id, sc.name AS school_name, o.title AS offer_title, s.staff_needed,
              EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id AND a.absence_id IS NOT NULL)
                AS needs_replacement,
              CASE WHEN r.interpreter THEN r.interpreter_language END AS interpreter_language, r.interpreter_arranged,
              COALESCE((SELECT json_agg(json_build_object('id', sm.id, 'name', sm.name,
                                        'travelMinutes',
                                          -- From the previous session that day (the buffer), else from home.
                                          CASE WHEN EXISTS (
                                                 SELECT 1 FROM session_assignment a2 JOIN session s2 ON s2.id = a2.session_id
                                                  WHERE a2.staff_id = a.staff_id AND s2.planned_start < s.planned_start
                                                    AND (s2.planned_start AT TIME ZONE 'Europe/Amsterdam')::date
                                                      = (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date)
                                               THEN a.buffer_minutes ELSE a.travel_minutes END) ORDER BY sm.name)
                          FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id
                         WHERE a.session_id = s.id), '[]') AS staff
         FROM session s
         JOIN booking_request r ON r.id = s.request_id
         JOIN requester sc ON sc.id = r.requester_id
         JOIN municipality m ON m.id = sc.municipality_id
         JOIN offer o ON o.id = r.offer_id
        WHERE s.planned_start IS NOT NULL AND s.status IN ('planned', 'confirmed', 'delivered')
          AND (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1::date AND $2::date
          AND ($3::uuid[] IS NULL OR m.region_id = ANY($3::uuid[]))
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id AND a.staff_id = $4))
          AND ($5::uuid IS NULL OR sc.id = $5)
          AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id
                                            WHERE a.session_id = s.id AND sm.user_id = $6))
        ORDER BY s.planned_start, sc.name
        LIMIT 2000`,
      [
        q.from,
        q.to,
        // A specialist sees their own sessions, wherever they are.
        user.role === 'staff' ? null : this.regions(user, q.regionId),
        q.staffId ?? null,
        q.schoolId ?? null,
        user.role === 'staff' ? user.id : null,
      ],
    );
    return {
      from: q.from,
      to: q.to,
      blocks: rows.map((r) => ({
        sessionId: r.session_id,
        requestId: r.request_id,
        date: r.date,
        start: r.start,
        end: r.end,
        status: r.status,
        schoolId: r.school_id,
        schoolName: r.school_name,
        offerTitle: r.offer_title,
        staffNeeded: r.staff_needed,
        staff: r.staff,
        needsReplacement: r.needs_replacement,
        interpreterLanguage: r.interpreter_language,
        interpreterArranged: r.interpreter_arranged,
      })),
    };
  }

  async unplanned(user: AuthUser, q: UnplannedSessionsQueryDto): Promise<Page<UnplannedSessionDto>> {
    const rows: {
      session_id: string;
      request_id: string;
      request_status: UnplannedSessionDto['requestStatus'];
      school_id: string;
      school_name: string;
      offer_title: string;
      duration_minutes: number;
      staff_needed: number;
      window_from: string;
      window_to: string;
      total: string;
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.request_id, r.status AS request_status, sc.id AS school_id, sc.name AS school_name,
              o.title AS offer_title, s.duration_minutes, s.staff_needed,
              to_char(s.window_from, 'YYYY-MM-DD') AS window_from, to_char(s.window_to, 'YYYY-MM-DD') AS window_to,
              count(*) OVER () AS total
         FROM session s
         JOIN booking_request r ON r.id = s.request_id
         JOIN requester sc ON sc.id = r.requester_id
         JOIN municipality m ON m.id = sc.municipality_id
         JOIN offer o ON o.id = r.offer_id
        WHERE s.status = 'open' AND r.status = ANY($1::text[])
          AND ($2::uuid[] IS NULL OR m.region_id = ANY($2::uuid[]))
          AND ($3::uuid IS NULL OR sc.id = $3)
          AND ($4::uuid IS NULL OR r.id = $4)
        ORDER BY s.window_from, sc.name, s.id
        LIMIT $5 OFFSET $6`,
      [
        PLANNABLE,
        this.regions(user, q.regionId),
        q.schoolId ?? null,
        q.requestId ?? null,
        q.pageSize,
        (q.page - 1) * q.pageSize,
      ],
    );
    return {
      items: rows.map((r) => ({
        sessionId: r.session_id,
        requestId: r.request_id,
        requestStatus: r.request_status,
        schoolId: r.school_id,
        schoolName: r.school_name,
        offerTitle: r.offer_title,
        durationMinutes: r.duration_minutes,
        staffNeeded: r.staff_needed,
        windowFrom: r.window_from,
        windowTo: r.window_to,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /**
   * A specialist's load per ISO week of the period: their booked sessions (planned, confirmed or given) and the
   * travel the planning rules count — from home, between schools and back home — against the contract hours.
   * Planners see the specialists of their regions, admins everyone, a specialist themself; others get a 404.
   */
  async load(user: AuthUser, q: StaffLoadQueryDto): Promise<StaffLoadDto> {
    checkPeriod(q.from, q.to, MAX_LOAD_DAYS);
    const [staff]: { home_latitude: number; home_longitude: number; contract_hours_per_week: number }[] =
      await this.dataSource.query(
        `SELECT sm.home_latitude, sm.home_longitude, sm.contract_hours_per_week
           FROM staff_member sm
          WHERE sm.id = $1
            AND CASE $2::text
                  WHEN 'admin' THEN true
                  WHEN 'planner' THEN EXISTS (SELECT 1 FROM staff_region sr
                                               WHERE sr.staff_id = sm.id AND sr.region_id = ANY($3::uuid[]))
                  WHEN 'staff' THEN sm.user_id = $4::uuid
                  ELSE false
                END`,
        [q.staffId, user.role, user.regionIds, user.id],
      );
    if (!staff) throw new NotFoundException('Medewerker niet gevonden');
    const rows: { date: string; start: string; minutes: string; lat: number; lon: number }[] =
      await this.dataSource.query(
        `SELECT to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date,
                extract(hour FROM s.planned_start AT TIME ZONE 'Europe/Amsterdam') * 60
                  + extract(minute FROM s.planned_start AT TIME ZONE 'Europe/Amsterdam') AS start,
                extract(epoch FROM s.planned_end - s.planned_start) / 60 AS minutes,
                sc.latitude AS lat, sc.longitude AS lon
           FROM session_assignment a
           JOIN session s ON s.id = a.session_id
           JOIN booking_request r ON r.id = s.request_id
           JOIN requester sc ON sc.id = r.requester_id
          WHERE a.staff_id = $1 AND s.status IN ('planned', 'confirmed', 'delivered')
            AND (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
          ORDER BY s.planned_start`,
        [q.staffId, q.from, q.to],
      );
    const home = { lat: staff.home_latitude, lon: staff.home_longitude };
    const contractMinutes = staff.contract_hours_per_week * 60;
    const weeks = new Map<string, StaffWeekLoadDto>();
    for (let monday = mondayOf(q.from); monday <= q.to; monday = addDays(monday, 7)) {
      weeks.set(monday, { weekStart: monday, sessions: 0, sessionMinutes: 0, travelMinutes: 0, contractMinutes });
    }
    const byDay = new Map<string, DayBlock[]>();
    for (const r of rows) {
      const start = Number(r.start);
      const block = { start, end: start + Number(r.minutes), location: { lat: r.lat, lon: r.lon } };
      byDay.set(r.date, [...(byDay.get(r.date) ?? []), block]);
    }
    const config = travelConfig();
    for (const [date, blocks] of byDay) {
      const week = weeks.get(mondayOf(date));
      if (!week) continue; // cannot happen: every day of the period has its week
      const sessionMinutes = blocks.reduce((sum, b) => sum + b.end - b.start, 0);
      week.sessions += blocks.length;
      week.sessionMinutes += sessionMinutes;
      week.travelMinutes += occupiedDayMinutes(home, blocks, config) - sessionMinutes;
    }
    return { staffId: q.staffId, from: q.from, to: q.to, weeks: [...weeks.values()] };
  }
}
