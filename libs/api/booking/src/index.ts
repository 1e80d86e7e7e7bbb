export * from './lib/booking.module';
export * from './lib/entities';
export * from './lib/requests.service';
export * from './lib/sessions.service';
export * from './lib/outbox';
export { PlanSessionDto } from './lib/booking.dto';
export * from './lib/write/booking-writes';
export * from './lib/calendar-file';
export * from './lib/privacy/contact-privacy';
export {
  RequestSubmissionService,
  ownRequester,
  type RequesterInput,
  type SubmitRequestInput,
} from './lib/request-submission.service';
