import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { AccountMailDelivery } from './account-mail';
import { DeliveryLog } from './delivery-log';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';
import { ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderRecipients } from './reminder-recipients';
import { ReminderRelay } from './reminder-relay.service';
import { ReminderRulesService } from './reminder-rules.service';
import { MaatwerkMessagesDelivery } from './maatwerk-messages-delivery';
import { PlannerMessagesDelivery } from './planner-messages-delivery';
import { SessionReminderDelivery } from './session-reminder-delivery';
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
    SessionReminderDelivery,
    PlannerMessagesDelivery,
    MaatwerkMessagesDelivery,
    DeliveryLog,
    ReminderRecipients,
    MailTransport,
    NotificationsService,
    ParentRegistrationsService,
    AccountMailDelivery,
  ],
  exports: [
    AccountMailDelivery,
    ReminderRulesService,
    ReminderRelay,
    ReminderDeliveryService,
    MailTransport,
    NotificationsService,
    ParentRegistrationsService,
  ],
})
export class RemindersModule {}
