import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import type { BookingRequestDto, CandidatesDto, PlanningRunDto, StaffMemberDto } from '@halt/contracts';
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
  list(@CurrentUser() user: AuthUser): Promise<StaffMemberDto[]> {
    return this.staff.list(user);
  }

  @Get('staff/me')
  @Roles('staff')
  me(@CurrentUser() user: AuthUser): Promise<StaffMemberDto> {
    return this.staff.me(user);
  }

  @Put('staff/me/availability')
  @Roles('staff')
  @ApiOperation({ summary: 'A specialist sets their working pattern, preferred days and weekly unavailability' })
  availability(@CurrentUser() user: AuthUser, @Body() dto: UpdateAvailabilityDto): Promise<StaffMemberDto> {
    return this.staff.setAvailability(user, dto);
  }

  @Post('staff/me/absences')
  @Roles('staff')
  addMyAbsence(@CurrentUser() user: AuthUser, @Body() dto: CreateAbsenceDto): Promise<StaffMemberDto> {
    return this.staff.addAbsence(user, null, dto);
  }

  @Delete('staff/me/absences/:absenceId')
  @Roles('staff')
  removeMyAbsence(
    @CurrentUser() user: AuthUser,
    @Param('absenceId', idPipe) absenceId: string,
  ): Promise<StaffMemberDto> {
    return this.staff.removeAbsence(user, null, absenceId);
  }

  @Get('staff/:id')
  @Roles('planner', 'admin', 'staff')
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<StaffMemberDto> {
    return this.staff.get(user, id);
  }

  @Patch('staff/:id')
  @Roles('planner', 'admin')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateStaffDto,
  ): Promise<StaffMemberDto> {
    return this.staff.update(user, id, dto);
  }

  @Post('staff/:id/absences')
  @Roles('planner', 'admin')
  addAbsence(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateAbsenceDto,
  ): Promise<StaffMemberDto> {
    return this.staff.addAbsence(user, id, dto);
  }

  @Delete('staff/:id/absences/:absenceId')
  @Roles('planner', 'admin')
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
  })
  candidates(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Query() q: CandidatesQueryDto,
  ): Promise<CandidatesDto> {
    return this.matching.candidates(user, id, q.date, q.time);
  }

  @Patch('sessions/:id/plan')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Set the date and start time of a session by hand (planners of its region); its specialists move along',
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
  unassign(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<BookingRequestDto> {
    return this.matching.unassign(user, id);
  }

  @Post('planning-runs')
  @Roles('planner', 'admin')
  @ApiOperation({ summary: 'Ask the auto-planner for a proposal for the open sessions of a region and period' })
  createRun(@CurrentUser() user: AuthUser, @Body() dto: CreatePlanningRunDto): Promise<PlanningRunDto> {
    return this.runs.create(user, dto);
  }

  @Get('planning-runs')
  @Roles('planner', 'admin')
  listRuns(@CurrentUser() user: AuthUser, @Query() q: RegionQueryDto): Promise<PlanningRunDto[]> {
    return this.runs.list(user, q.regionId);
  }

  @Get('planning-runs/:id')
  @Roles('planner', 'admin')
  getRun(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PlanningRunDto> {
    return this.runs.get(user, id);
  }

  @Post('planning-runs/:id/apply')
  @HttpCode(200)
  @Roles('planner', 'admin')
  @ApiOperation({ summary: 'Apply a proposal atomically; when the plan changed meanwhile, 409 with the conflicts' })
  apply(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PlanningRunDto> {
    return this.runs.apply(user, id);
  }
}
