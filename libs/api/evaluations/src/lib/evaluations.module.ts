import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
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
  ],
  providers: [EvaluationFormsService, EvaluationsService, DashboardsService, TrendsService],
  exports: [EvaluationsService, DashboardsService],
})
export class EvaluationsModule {}
