import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import type { BookingRequestDto, CandidatesDto, Page, PlanningRunDto, StaffMemberDto } from '@halt/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchingService } from './matching.service';
import { PlanningRunsService } from './planning-runs.service';
import { SessionPlanningService } from './session-planning.service';
import { PlanSessionDto } from '@halt/api/booking';
import { StaffService } from './staff.service';
import {
  AssignStaffDto,
  CandidatesQueryDto,
  CreateAbsenceDto,
  CreatePlanningRunDto,
  RegionQueryDto,
  StaffQueryDto,
  UpdateAvailabilityDto,
  UpdateStaffDto,
} from './staffing.dto';

@ApiTags('staff and planning')
@ApiBearerAuth()
@Controller()
export class StaffingController {
  constructor(
    private readonly staff: StaffService,
    private readonly matching: MatchingService,
    private readonly runs: PlanningRunsService,
    private readonly planning: SessionPlanningService,
  ) {}

  @Get('staff')
  @Roles('planner', 'admin', 'staff')
  @ApiOperation({
    summary: 'Specialists, a page at a time',
    description:
      'Halt’s prevention specialists with their regions, skills, languages and contract hours, by name: admins all, planners those of their regions, a specialist themselves. `q` searches name, regions and skills. At most 50 a page (`page`, `pageSize`) with the total.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: StaffQueryDto): Promise<Page<StaffMemberDto>> {
    return this.staff.list(user, query);
  }

  @Get('staff/me')
  @Roles('staff')
  @ApiOperation({
    summary: 'The signed-in specialist',
    description: 'The specialist record of the signed-in staff member, with their availability and absences.',
  })
  me(@CurrentUser() user: AuthUser): Promise<StaffMemberDto> {
    return this.staff.me(user);
  }

  @Put('staff/me/availability')
  @Roles('staff')
  @ApiOperation({
    summary: 'A specialist sets their working pattern, preferred days and weekly unavailability',
    description:
      'A specialist sets the hours per weekday, the preferred weekdays and weekly recurring unavailability; the planner and auto-planner respect them.',
  })
  availability(@CurrentUser() user: AuthUser, @Body() dto: UpdateAvailabilityDto): Promise<StaffMemberDto> {
    return this.staff.setAvailability(user, dto);
  }

  @Post('staff/me/absences')
  @Roles('staff')
  @ApiOperation({
    summary: 'Add an absence (the specialist)',
    description:
      'A specialist records leave, sickness or training for a period (optionally part of a day); assignments in it are refused from then on.',
  })
  addMyAbsence(@CurrentUser() user: AuthUser, @Body() dto: CreateAbsenceDto): Promise<StaffMemberDto> {
    return this.staff.addAbsence(user, null, dto);
  }

  @Delete('staff/me/absences/:absenceId')
  @Roles('staff')
  @ApiOperation({ summary: 'Remove an own absence', description: 'A specialist removes one of their own absences.' })
  removeMyAbsence(
    @CurrentUser() user: AuthUser,
    @Param('absenceId', idPipe) absenceId: string,
  ): Promise<StaffMemberDto> {
    return this.staff.removeAbsence(user, null, absenceId);
  }

  @Get('staff/:id')
  @Roles('planner', 'admin', 'staff')
  @ApiOperation({
    summary: 'One specialist',
    description: 'One specialist with regions, skills, working pattern and absences.',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<StaffMemberDto> {
    return this.staff.get(user, id);
  }

  @Patch('staff/:id')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Change a specialist (planners, admins)',
    description:
      'Changes a specialist’s home location, regions, contract hours, maximum sessions per day, languages, skills or whether they are active.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateStaffDto,
  ): Promise<StaffMemberDto> {
    return this.staff.update(user, id, dto);
  }

  @Post('staff/:id/absences')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Add an absence for a specialist',
    description: 'A planner or admin records an absence for a specialist.',
  })
  addAbsence(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateAbsenceDto,
  ): Promise<StaffMemberDto> {
    return this.staff.addAbsence(user, id, dto);
  }

  @Delete('staff/:id/absences/:absenceId')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Remove a specialist’s absence',
    description: 'A planner or admin removes an absence of a specialist.',
  })
  removeAbsence(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Param('absenceId', idPipe) absenceId: string,
  ): Promise<StaffMemberDto> {
    return this.staff.removeAbsence(user, id, absenceId);
  }

  @Get('sessions/:id/candidates')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Specialists for a session at a date and time: ranked with the score analysis, and who is excluded why',
    description:
      'For a session at a given date and time: the specialists who may do it, ranked by score with the analysis per goal (the best `limit`, 20 unless asked, at most 50, with the total), and the excluded ones with the hard rules that exclude them (at most 50, by name, with the total).',
  })
  candidates(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Query() q: CandidatesQueryDto,
  ): Promise<CandidatesDto> {
    return this.matching.candidates(user, id, q.date, q.time, q.limit);
  }

  @Patch('sessions/:id/plan')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Set the date and start time of a session by hand (planners of its region); its specialists move along',
    description:
      'A planner of the session’s region (or an admin) sets its date and start time; its assigned specialists move along. A clash is a 409 naming it.',
  })
  plan(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: PlanSessionDto,
  ): Promise<BookingRequestDto> {
    return this.planning.plan(user, id, dto);
  }

  @Put('sessions/:id/staff')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Put specialists on a planned session; a double booking or broken rule is a 409 with the reason',
    description:
      'Puts specialists on a planned session. The database refuses a specialist in two overlapping sessions (travel time included); a broken hard rule is a 409 naming it.',
  })
  assign(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: AssignStaffDto,
  ): Promise<BookingRequestDto> {
    return this.matching.assign(user, id, dto.staffIds, dto.pinned ?? true);
  }

  @Delete('sessions/:id/staff')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Take the specialists off a session',
    description: 'Removes the specialists from a session (planners of its region, admins).',
  })
  unassign(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<BookingRequestDto> {
    return this.matching.unassign(user, id);
  }

  @Post('planning-runs')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Ask the auto-planner for a proposal for the open sessions of a region and period',
    description:
      'Starts a planning run: the auto-planner proposes dates, times and specialists for the open sessions of a region and period. The run is a job; read GET /api/planning-runs/{id} until it is done.',
  })
  createRun(@CurrentUser() user: AuthUser, @Body() dto: CreatePlanningRunDto): Promise<PlanningRunDto> {
    return this.runs.create(user, dto);
  }

  @Get('planning-runs')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Planning runs',
    description: 'The planning runs, newest first, with their state, period and score.',
  })
  listRuns(@CurrentUser() user: AuthUser, @Query() q: RegionQueryDto): Promise<PlanningRunDto[]> {
    return this.runs.list(user, q.regionId);
  }

  @Get('planning-runs/:id')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'One planning run',
    description: 'A planning run with its proposal (the changes per session) and the score of the plan.',
  })
  getRun(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PlanningRunDto> {
    return this.runs.get(user, id);
  }

  @Post('planning-runs/:id/apply')
  @HttpCode(200)
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Apply a proposal atomically; when the plan changed meanwhile, 409 with the conflicts',
    description:
      'Applies every change of a finished proposal in one transaction; when the sessions or specialists changed since, nothing is applied and the 409 lists the conflicts.',
  })
  apply(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PlanningRunDto> {
    return this.runs.apply(user, id);
  }
}
