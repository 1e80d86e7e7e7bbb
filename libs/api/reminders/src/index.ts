export * from './lib/reminders.module';
export * from './lib/reminder-relay.service';
export * from './lib/reminder-delivery.service';
export * from './lib/reminder-rules.service';
export * from './lib/parent-registrations.service';
export * from './lib/mail-transport';
export * from './lib/templates';
export * from './lib/account-mail';
export type { AbsenceNoticeJobData } from './lib/planner-messages-delivery';
