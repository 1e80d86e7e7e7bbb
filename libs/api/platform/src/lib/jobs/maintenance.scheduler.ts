import { QueueRegistry, QUEUES, SCHEDULES, TIME_ZONE, JOBS } from '@halt/api/queue';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

/** The only producer of maintenance jobs: keeps the daily schedulers registered (idempotent upsert). */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  private readonly log = new Logger('MaintenanceScheduler');

  constructor(private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    const schedules = [
      [SCHEDULES.purgeExpiredSessions, JOBS.maintenance.purgeExpiredSessions],
      [SCHEDULES.purgeParentRegistrations, JOBS.maintenance.purgeParentRegistrations],
      [SCHEDULES.applyRetention, JOBS.maintenance.applyRetention],
      [SCHEDULES.plannerDailyDigest, JOBS.reminders.dailyDigest],
    ] as const;
    for (const [s, name] of schedules) {
      try {
        await this.queues
          .queue(s.queue)
          .upsertJobScheduler(s.id, { pattern: s.pattern, tz: TIME_ZONE }, { name, data: {} });
      } catch (e) {
        // The queue store may be briefly unavailable at boot; the next start registers the schedule again.
        this.log.warn(`could not register ${s.id}: ${(e as Error).message}`);
      }
    }
  }

  /** Applies the retention periods now (tests). */
  async applyRetentionNow(): Promise<string | undefined> {
    const job = await this.queues.queue(QUEUES.maintenance).add(JOBS.maintenance.applyRetention, {});
    return job.id;
  }

  /** Runs the purge now (admin action and tests). */
  async purgeNow(): Promise<string | undefined> {
    const job = await this.queues.queue(QUEUES.maintenance).add(JOBS.maintenance.purgeExpiredSessions, {});
    return job.id;
  }
}
