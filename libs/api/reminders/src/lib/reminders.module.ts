import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';
import { ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderRelay } from './reminder-relay.service';
import { ReminderRulesService } from './reminder-rules.service';
import { ParentMeetingsController } from './parent-meetings.controller';
import { ParentRegistrationsService } from './parent-registrations.service';
import { RemindersController } from './reminders.controller';

/** Reminder rules, the outbox relay, delivery by e-mail with a message log, and in-app notifications. */
@Module({
  imports: [CalendarModule],
  controllers: [RemindersController, ParentMeetingsController],
  providers: [
    ReminderRulesService,
    ReminderRelay,
    ReminderDeliveryService,
    MailTransport,
    NotificationsService,
    ParentRegistrationsService,
  ],
  exports: [
    ReminderRulesService,
    ReminderRelay,
    ReminderDeliveryService,
    MailTransport,
    NotificationsService,
    ParentRegistrationsService,
  ],
})
export class RemindersModule {}
