import { PortalClock } from '@halt/api/calendar';
import { isInQuietHours, REMINDER_KINDS, shiftOutOfQuietHours } from '@halt/domain';
import { Injectable } from '@nestjs/common';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { type MaatwerkJobData, MaatwerkMessagesDelivery } from './maatwerk-messages-delivery';
import { PlannerMessagesDelivery } from './planner-messages-delivery';
import type { ReminderJobData } from './reminder-relay.service';
import { SessionReminderDelivery } from './session-reminder-delivery';

export type { DeliveryOutcome };

/**
 * Sends one reminder job (the entry point of `RemindersProcessor`): not at night (the job waits for the morning),
 * then a session's reminder (`SessionReminderDelivery`) or the planners' escalation about a request
 * (`PlannerMessagesDelivery`), each of which checks that the job is still current, resolves the recipients, and
 * sends each one e-mail — exactly once per recipient, thanks to the message log's unique key — plus an in-app
 * notification. A recipient whose send failed makes the job fail, so BullMQ retries it with backoff; recipients
 * already served are skipped on the retry.
 */
@Injectable()
export class ReminderDeliveryService {
  constructor(
    private readonly deliveryLog: DeliveryLog,
    private readonly sessions: SessionReminderDelivery,
    private readonly planners: PlannerMessagesDelivery,
    private readonly maatwerk: MaatwerkMessagesDelivery,
    private readonly clock: PortalClock,
  ) {}

  /** A maatwerk question's notice or intake reminder: not at night. */
  async maatwerkMessage(jobId: string, data: MaatwerkJobData): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    if (isInQuietHours(now)) return { outcome: 'deferred', until: shiftOutOfQuietHours(now) };
    return 'maatwerkTransitionId' in data
      ? this.maatwerk.notice(jobId, data.maatwerkTransitionId)
      : this.maatwerk.intakeReminder(jobId, data.maatwerkQuestionId, data.intakeVersion);
  }

  async deliver(jobId: string, data: ReminderJobData): Promise<DeliveryOutcome> {
    // Never at night: a job that comes due then (e.g. after an outage) waits for the morning.
    const now = this.clock.now();
    if (isInQuietHours(now)) return { outcome: 'deferred', until: shiftOutOfQuietHours(now) };
    if (!REMINDER_KINDS.includes(data.kind)) return this.deliveryLog.skip(jobId, `onbekende soort ${data.kind}`);
    if ('requestId' in data) return this.planners.escalate(jobId, data.requestId, data.version);
    return this.sessions.deliver(jobId, data);
  }

  /** The planners' notice that an absence took a specialist off sessions: at once, but not at night. */
  async absenceNotice(jobId: string, absenceId: string): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    if (isInQuietHours(now)) return { outcome: 'deferred', until: shiftOutOfQuietHours(now) };
    return this.planners.absenceNotice(jobId, absenceId);
  }

  /** The planners' daily digest (the job scheduler's job on working days). */
  dailyDigest(): Promise<{ sent: number }> {
    return this.planners.dailyDigest();
  }
}
