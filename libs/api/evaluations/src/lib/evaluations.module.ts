import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { CouncilReportController } from './council-report.controller';
import { CouncilReportService } from './council-report.service';
import { DashboardsController } from './dashboards.controller';
import { DashboardsService } from './dashboards.service';
import {
  EvaluationFormsController,
  PublicEvaluationsController,
  SessionEvaluationsController,
} from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { EvaluationFormsService } from './forms.service';
import { TrendsService } from './trends.service';

/** Evaluation forms, class codes and answers, staff reports, dashboards and trend signals. */
@Module({
  imports: [BookingModule, CalendarModule],
  controllers: [
    EvaluationFormsController,
    PublicEvaluationsController,
    SessionEvaluationsController,
    DashboardsController,
    CouncilReportController,
  ],
  providers: [EvaluationFormsService, EvaluationsService, DashboardsService, TrendsService, CouncilReportService],
  exports: [EvaluationsService, DashboardsService],
})
export class EvaluationsModule {}
