import { CalendarModule } from '@halt/api/calendar';
import { OrganisationModule } from '@halt/api/organisation';
import { PackagesModule } from '@halt/api/packages';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session, SessionTransition } from './entities';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { RequestChangesService } from './request-changes.service';
import { PlannerTodayController } from './planner-today.controller';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { RequestSubmissionService } from './request-submission.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { ContactPrivacy } from './privacy/contact-privacy';
import { BookingWrites } from './write/booking-writes';

/** School requests and the sessions they expand into. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BookingRequest,
      BookingGroup,
      BookingWindow,
      Session,
      RequestTransition,
      SessionTransition,
    ]),
    CalendarModule,
    OrganisationModule,
    PackagesModule,
  ],
  controllers: [RequestsController, SessionsController, CalendarFeedController, PlannerTodayController],
  providers: [
    RequestsService,
    RequestSubmissionService,
    RequestChangesService,
    SessionsService,
    CalendarFeedService,
    BookingWrites,
    ContactPrivacy,
  ],
  exports: [RequestsService, RequestSubmissionService, SessionsService, BookingWrites, ContactPrivacy],
})
export class BookingModule {}
