import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { MatchingService } from './matching.service';
import { PlanningCalendarController } from './planning-calendar.controller';
import { PlanningCalendarService } from './planning-calendar.service';
import { PlanningProblemService } from './planning-problem.service';
import { PlanningRunsService } from './planning-runs.service';
import { SessionAssignments } from './session-assignments';
import { SessionPlanningService } from './session-planning.service';
import { StaffService } from './staff.service';
import { StaffingController } from './staffing.controller';

/** Specialists, matching them to sessions, and the auto-planner's runs. */
@Module({
  imports: [BookingModule, CalendarModule],
  controllers: [StaffingController, PlanningCalendarController],
  providers: [
    StaffService,
    PlanningProblemService,
    MatchingService,
    PlanningRunsService,
    SessionAssignments,
    SessionPlanningService,
    PlanningCalendarService,
  ],
  exports: [StaffService, PlanningProblemService, MatchingService, PlanningRunsService],
})
export class StaffingModule {}
