import { SessionCleanupService } from '@halt/api/identity';
import { type RetentionOutcome, RetentionService } from '@halt/api/privacy';
import { JOBS, QueueRegistry, QUEUES } from '@halt/api/queue';
import { ParentRegistrationsService } from '@halt/api/reminders';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';

/** Thin processor: picks maintenance jobs off the queue and calls the services that do the work. */
@Injectable()
export class MaintenanceProcessor implements OnApplicationBootstrap {
  private readonly log = new Logger('MaintenanceProcessor');

  constructor(
    private readonly queues: QueueRegistry,
    private readonly sessions: SessionCleanupService,
    private readonly parents: ParentRegistrationsService,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker(QUEUES.maintenance, (job) => this.process(job), { concurrency: 1 });
  }

  async process(job: Job): Promise<{ purged: number } | RetentionOutcome> {
    switch (job.name) {
      case JOBS.maintenance.purgeExpiredSessions: {
        const purged = await this.sessions.purgeExpired();
        this.log.log(`purged ${purged} expired sessions`);
        return { purged };
      }
      case JOBS.maintenance.purgeParentRegistrations: {
        // Once the meeting is over (or will not take place), the parents' addresses have served their purpose.
        const purged = await this.parents.purgeAfterMeetings();
        this.log.log(`deleted ${purged} parent e-mail address(es) of past meetings`);
        return { purged };
      }
      case JOBS.maintenance.applyRetention: {
        const outcome = await this.retention.apply();
        this.log.log(
          `retention: ${outcome.requests} request contact(s) pseudonymised, ${outcome.ipAddresses} IP address(es) cut, ` +
            `${outcome.messages} message(s) pseudonymised, ${outcome.notifications} notification(s) deleted`,
        );
        return outcome;
      }
      default:
        throw new Error(`unknown maintenance job ${job.name}`);
    }
  }
}
