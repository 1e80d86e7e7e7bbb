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
   * calculations (matching, the auto-planner), which are authorised by the caller. One query per kind of data,
   * on `m` when given (inside a unit of work: never a second connection while the transaction holds one).
   */
  async calendarsFor(
    schoolIds: string[],
    from: LocalDate,
    to: LocalDate,
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, SchoolCalendar>> {
    const out = new Map<string, SchoolCalendar>();
    if (schoolIds.length === 0) return out;
    const schools: { id: string; holiday_region: SchoolHoliday['region']; day_start: string; day_end: string }[] =
      await m.query(`SELECT id, holiday_region, day_start, day_end FROM requester WHERE id = ANY($1::uuid[])`, [
        schoolIds,
      ]);
    const regions = [...new Set(schools.map((x) => x.holiday_region))];
    const holidays = new Map(
      await Promise.all(regions.map(async (r) => [r, await this.holidays.forRegion(r, from, to, m)] as const)),
    );
    const closed: { school_id: string; date: string; reason: string }[] = await m.query(
      `SELECT school_id, to_char(date, 'YYYY-MM-DD') AS date, reason FROM school_closed_day
        WHERE school_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3`,
      [schoolIds, from, to],
    );
    const publicHolidays = this.publicHolidays.publicHolidays(from, to);
    for (const school of schools) {
      out.set(
        school.id,
        new SchoolCalendar({
          region: school.holiday_region,
          holidays: (holidays.get(school.holiday_region) ?? []).map((h) => ({
            name: h.name,
            region: h.region,
            start: h.startDate,
            end: h.endDate,
          })),
          publicHolidays,
          closedDays: closed.filter((d) => d.school_id === school.id).map((d) => ({ date: d.date, reason: d.reason })),
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
