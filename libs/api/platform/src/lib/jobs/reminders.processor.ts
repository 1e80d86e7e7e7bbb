import { JOBS, QueueRegistry, QUEUES } from '@halt/api/queue';
import {
  type AbsenceNoticeJobData,
  AccountMailDelivery,
  type AccountMailJobData,
  type MaatwerkJobData,
  ReminderDeliveryService,
  type ReminderJobData,
  ReminderRelay,
} from '@halt/api/reminders';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';

/**
 * Thin processor for reminder jobs (delivery does the work), and the outbox relay's loop, both running where
 * the workers run: the worker app, or the API itself in embedded mode.
 */
@Injectable()
export class RemindersProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('RemindersProcessor');

  constructor(
    private readonly queues: QueueRegistry,
    private readonly delivery: ReminderDeliveryService,
    private readonly relay: ReminderRelay,
    private readonly accountMail: AccountMailDelivery,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker(QUEUES.reminders, (job, token) => this.process(job, token), { concurrency: 8 });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }

  async process(
    job: Job<ReminderJobData | AccountMailJobData | AbsenceNoticeJobData | MaatwerkJobData>,
    token?: string,
  ): Promise<unknown> {
    if (job.name === JOBS.reminders.dailyDigest) return this.delivery.dailyDigest();
    const data = job.data;
    const result =
      'maatwerkTransitionId' in data || 'maatwerkQuestionId' in data
        ? await this.delivery.maatwerkMessage(String(job.id), data)
        : 'absenceId' in data
          ? await this.delivery.absenceNotice(String(job.id), data.absenceId)
          : 'tokenId' in data
            ? await this.accountMail.deliver(String(job.id), data)
            : await this.delivery.deliver(String(job.id), data);
    if (result.outcome === 'deferred') {
      // Quiet hours: wait until the morning instead of sending at night.
      await job.moveToDelayed(result.until.getTime(), token);
      throw new DelayedError();
    }
    if (result.outcome === 'skipped') this.log.log(`${job.id}: skipped (${result.reason})`);
    return result;
  }
}
