import type { SchoolCalendarDto } from '@halt/contracts';
import { daysBetween, eachDate, type LocalDate, SchoolCalendar } from '@halt/domain';
import { SchoolsService } from '@halt/api/organisation';
import type { AuthUser } from '@halt/api/security';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DateHolidaysProvider } from './date-holidays.provider';
import { SchoolClosedDay } from './school-closed-day.entity';
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

  /** The domain calendar of a school the user may see (404 otherwise), loaded for [from, to]. */
  async calendarOf(
    user: AuthUser,
    schoolId: string,
    from: LocalDate,
    to: LocalDate,
  ): Promise<{ calendar: SchoolCalendar; dto: Omit<SchoolCalendarDto, 'days'> }> {
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
