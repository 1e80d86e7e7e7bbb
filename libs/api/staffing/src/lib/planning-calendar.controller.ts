import type { Page, PlanningCalendarDto, StaffLoadDto, UnplannedSessionDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlanningCalendarQueryDto, StaffLoadQueryDto, UnplannedSessionsQueryDto } from './planning-calendar.dto';
import { PlanningCalendarService } from './planning-calendar.service';

@ApiTags('staff and planning')
@ApiBearerAuth()
@Controller('planning')
export class PlanningCalendarController {
  constructor(private readonly calendar: PlanningCalendarService) {}

  @Get('calendar')
  @Roles('planner', 'admin', 'staff')
  @ApiOperation({
    summary: 'The planning calendar: planned sessions of a period, per region, specialist or school',
    description:
      'The planned sessions from `from` to `to` (at most 42 days) in the planner’s regions (admins: all; a specialist: their own sessions, "Mijn agenda"), optionally of one region, specialist or school, with school, offer, specialists and their travel before the session, by date and time.',
  })
  get(@CurrentUser() user: AuthUser, @Query() q: PlanningCalendarQueryDto): Promise<PlanningCalendarDto> {
    return this.calendar.calendar(user, q);
  }

  @Get('unplanned-sessions')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Sessions still waiting for a date, a page at a time',
    description:
      'The open sessions of plannable requests in the planner’s regions (admins: all), optionally of one region, school or request, by their first window day, at most 50 a page with the total.',
  })
  unplanned(@CurrentUser() user: AuthUser, @Query() q: UnplannedSessionsQueryDto): Promise<Page<UnplannedSessionDto>> {
    return this.calendar.unplanned(user, q);
  }

  @Get('staff-load')
  @Roles('planner', 'admin', 'staff')
  @ApiOperation({
    summary: 'A specialist’s load per week against the contract hours',
    description:
      'Per ISO week from `from` to `to` (at most 91 days): the specialist’s booked sessions, their minutes and the travel the planning rules count (from home, between schools and back home), with the contract hours in minutes. Planners for the specialists of their regions, admins for everyone, a specialist for themself; otherwise 404.',
  })
  load(@CurrentUser() user: AuthUser, @Query() q: StaffLoadQueryDto): Promise<StaffLoadDto> {
    return this.calendar.load(user, q);
  }
}
