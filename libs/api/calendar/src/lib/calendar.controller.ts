import type { ClosedDayDto, HolidayCoverageDto, SchoolCalendarDto, SchoolHolidayDto } from '@halt/contracts';
import { schoolYearOf } from '@halt/domain';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CalendarQueryDto,
  CreateClosedDayDto,
  CreateSchoolHolidayDto,
  HolidayQueryDto,
  UpdateSchoolHolidayDto,
} from './calendar.dto';
import { ClosedDaysService } from './closed-days.service';
import { PortalClock } from './portal-clock';
import { SchoolCalendarService } from './school-calendar.service';
import { SchoolHolidaysService } from './school-holidays.service';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    private readonly holidays: SchoolHolidaysService,
    private readonly closedDays: ClosedDaysService,
    private readonly calendars: SchoolCalendarService,
    private readonly clock: PortalClock,
  ) {}

  @Get('schools/:id/calendar')
  @ApiOperation({
    summary: 'Per day: can Halt come to this school, and if not, why not',
    description:
      'Each day of a period at one school: whether Halt can come, and if not whether it is a weekend, a school holiday of its region, a public holiday or a closed day of the school.',
  })
  calendar(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Query() query: CalendarQueryDto,
  ): Promise<SchoolCalendarDto> {
    return this.calendars.days(user, schoolId, query.from, query.to);
  }

  @Get('school-holidays')
  @ApiOperation({
    summary: 'School-holiday periods per region',
    description: 'The school-holiday periods per holiday region (noord, midden, zuid) of a school year.',
  })
  listHolidays(@Query() query: HolidayQueryDto): Promise<SchoolHolidayDto[]> {
    return this.holidays.list(query);
  }

  @Get('school-holidays/coverage')
  @Roles('admin', 'planner')
  @ApiOperation({
    summary: 'School years ahead without holidays on record (admins, planners)',
    description:
      'For the current and the next school year, the holiday regions that have no school-holiday period on record. Schools cannot ask for dates in such a year until Halt adds them.',
  })
  async holidayCoverage(): Promise<HolidayCoverageDto[]> {
    const current = schoolYearOf(this.clock.today());
    const next = `${Number(current.slice(5))}-${Number(current.slice(5)) + 1}`;
    return (await this.holidays.missingRegions([current, next])).map((y) => ({
      schoolYear: y.schoolYear,
      missingRegions: y.regions,
    }));
  }

  @Post('school-holidays')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a holiday period, e.g. for the next school year (admins)',
    description: 'Adds a school-holiday period for a holiday region. Admins only.',
  })
  addHoliday(@Body() dto: CreateSchoolHolidayDto): Promise<SchoolHolidayDto> {
    return this.holidays.create(dto);
  }

  @Patch('school-holidays/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a holiday period (admins)',
    description: 'Changes the dates of a school-holiday period. Admins only.',
  })
  updateHoliday(@Param('id', idPipe) id: string, @Body() dto: UpdateSchoolHolidayDto): Promise<SchoolHolidayDto> {
    return this.holidays.update(id, dto);
  }

  @Delete('school-holidays/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a holiday period (admins)',
    description: 'Removes a school-holiday period. Admins only.',
  })
  removeHoliday(@Param('id', idPipe) id: string): Promise<void> {
    return this.holidays.remove(id);
  }

  @Get('schools/:id/closed-days')
  @ApiOperation({
    summary: 'The days a school is closed besides holidays',
    description:
      'The days a school is closed besides the holidays (study days, sports days), on which nothing is planned.',
  })
  listClosedDays(@CurrentUser() user: AuthUser, @Param('id', idPipe) schoolId: string): Promise<ClosedDayDto[]> {
    return this.closedDays.list(user, schoolId);
  }

  @Post('schools/:id/closed-days')
  @ApiOperation({
    summary: 'Add a closed day (the school itself or an admin)',
    description: 'Adds a day on which the school is closed; nothing is planned on it.',
  })
  addClosedDay(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Body() dto: CreateClosedDayDto,
  ): Promise<ClosedDayDto> {
    return this.closedDays.add(user, schoolId, dto);
  }

  @Delete('schools/:id/closed-days/:dayId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a closed day',
    description: 'Removes a closed day of the school (the school itself or an admin).',
  })
  removeClosedDay(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Param('dayId', idPipe) dayId: string,
  ): Promise<void> {
    return this.closedDays.remove(user, schoolId, dayId);
  }
}
