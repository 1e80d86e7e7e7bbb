import { preparedRead } from '@halt/api/database';
import type { SchoolCalendarDto, SchoolDto } from '@halt/contracts';
import { daysBetween, eachDate, type LocalDate, SchoolCalendar } from '@halt/domain';
import { SchoolsService } from '@halt/api/organisation';
import type { AuthUser } from '@halt/api/security';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DateHolidaysProvider } from './date-holidays.provider';
import { SchoolClosedDay } from './school-closed-day.entity';
import type { SchoolHoliday } from './school-holiday.entity';
import { SchoolHolidaysService } from './school-holidays.service';

const MAX_DAYS = 400;

/** What {@link CALENDARS} answers: one row with the requesters, their regions' holidays and their closed days. */
interface CalendarsRow {
  schools: { id: string; holiday_region: SchoolHoliday['region']; day_start: string; day_end: string }[] | null;
  holidays: { name: SchoolHoliday['name']; region: SchoolHoliday['region']; start: string; end: string }[] | null;
  closed: { school_id: string; date: string; reason: string }[] | null;
}

/** The calendars' data of requesters $1 for [$2, $3]: each holiday period once per region, by start date. */
const CALENDARS = `
  WITH r AS (SELECT id, holiday_region, day_start, day_end FROM requester WHERE id = ANY($1::uuid[]))
  SELECT (SELECT json_agg(json_build_object('id', r.id, 'holiday_region', r.holiday_region, 'day_start', r.day_start,
                                            'day_end', r.day_end)) FROM r) AS schools,
         (SELECT json_agg(json_build_object('name', h.name, 'region', h.region, 'start', to_char(h.start_date, 'YYYY-MM-DD'),
                                            'end', to_char(h.end_date, 'YYYY-MM-DD')) ORDER BY h.start_date)
            FROM school_holiday h
           WHERE h.region IN (SELECT holiday_region FROM r) AND h.start_date <= $3::date AND h.end_date >= $2::date) AS holidays,
         (SELECT json_agg(json_build_object('school_id', d.school_id, 'date', to_char(d.date, 'YYYY-MM-DD'), 'reason', d.reason))
            FROM school_closed_day d WHERE d.school_id = ANY($1::uuid[]) AND d.date BETWEEN $2::date AND $3::date) AS closed`;

/** Builds a school's calendar (holidays of its region, public holidays, its closed days and school-day hours). */
@Injectable()
export class SchoolCalendarService {
  private readonly publicHolidays = new DateHolidaysProvider();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schools: SchoolsService,
    private readonly holidays: SchoolHolidaysService,
  ) {}

  /**
   * Calendars of many requesters (schools, clubs, wijkpartners, gemeenten: the view `requester`; a club's or
   * partner's holiday region is its gemeente's) at once for [from, to], without a user scope: for the planner's own
   * calculations (matching, the auto-planner), which are authorised by the caller. One statement (their hours and
   * holiday regions, those regions' holidays, their closed days), on `m` when given (inside a unit of work: never
   * a second connection while the transaction holds one), else as a prepared statement.
   */
  async calendarsFor(
    schoolIds: string[],
    from: LocalDate,
    to: LocalDate,
    m?: EntityManager,
  ): Promise<Map<string, SchoolCalendar>> {
    const out = new Map<string, SchoolCalendar>();
    if (schoolIds.length === 0) return out;
    const values = [schoolIds, from, to];
    const [{ schools, holidays, closed }]: CalendarsRow[] = m
      ? await m.query(CALENDARS, values)
      : await preparedRead<CalendarsRow>(this.dataSource, CALENDARS, values);
    const publicHolidays = this.publicHolidays.publicHolidays(from, to);
    for (const school of schools ?? []) {
      out.set(
        school.id,
        new SchoolCalendar({
          region: school.holiday_region,
          holidays: (holidays ?? []).filter((h) => h.region === school.holiday_region),
          publicHolidays,
          closedDays: (closed ?? [])
            .filter((d) => d.school_id === school.id)
            .map((d) => ({ date: d.date, reason: d.reason })),
          hours: { start: school.day_start.slice(0, 5), end: school.day_end.slice(0, 5) },
        }),
      );
    }
    return out;
  }

  /** The domain calendar of a school the user may see (404 otherwise), loaded for [from, to]. */
  async calendarOf(
    user: AuthUser,
    schoolId: string,
    from: LocalDate,
    to: LocalDate,
  ): Promise<{ calendar: SchoolCalendar; dto: Omit<SchoolCalendarDto, 'days'>; school: SchoolDto }> {
    const school = await this.schools.get(user, schoolId);
    const [holidays, closedDays] = await Promise.all([
      this.holidays.forRegion(school.holidayRegion, from, to),
      this.dataSource
        .getRepository(SchoolClosedDay)
        .createQueryBuilder('d')
        .where('d.school_id = :schoolId AND d.date BETWEEN :from AND :to', { schoolId, from, to })
        .getMany(),
    ]);
    const calendar = new SchoolCalendar({
      region: school.holidayRegion,
      holidays: holidays.map((h) => ({
        name: h.name,
        region: h.region,
        start: h.startDate,
        end: h.endDate,
      })),
      publicHolidays: this.publicHolidays.publicHolidays(from, to),
      closedDays: closedDays.map((d) => ({ date: d.date, reason: d.reason })),
      hours: { start: school.dayStart, end: school.dayEnd },
    });
    return {
      calendar,
      dto: { schoolId, holidayRegion: school.holidayRegion, dayStart: school.dayStart, dayEnd: school.dayEnd },
      school,
    };
  }

  async days(user: AuthUser, schoolId: string, from: LocalDate, to: LocalDate): Promise<SchoolCalendarDto> {
    if (to < from)
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'to', message: 'mag niet voor de begindatum liggen' }],
      });
    if (daysBetween(from, to) >= MAX_DAYS) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'to', message: `de periode mag hoogstens ${MAX_DAYS} dagen zijn` }],
      });
    }
    const { calendar, dto } = await this.calendarOf(user, schoolId, from, to);
    return {
      ...dto,
      days: eachDate(from, to).map((date) => {
        const reason = calendar.whyNotSchoolDay(date);
        return reason
          ? { date, schoolDay: false, reason: { code: reason.code, message: reason.message } }
          : { date, schoolDay: true };
      }),
    };
  }
}
