import { UnitOfWork } from '@halt/api/database';
import { SessionCleanupService } from '@halt/api/identity';
import { JOBS, QueueRegistry, QUEUES } from '@halt/api/queue';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';

/** Thin processor: picks maintenance jobs off the queue and calls the services that do the work. */
@Injectable()
export class MaintenanceProcessor implements OnApplicationBootstrap {
  private readonly log = new Logger('MaintenanceProcessor');

  constructor(
    private readonly queues: QueueRegistry,
    private readonly sessions: SessionCleanupService,
    private readonly uow: UnitOfWork,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker(QUEUES.maintenance, (job) => this.process(job), { concurrency: 1 });
  }

  async process(job: Job): Promise<{ purged: number }> {
    switch (job.name) {
      case JOBS.maintenance.purgeExpiredSessions: {
        const purged = await this.sessions.purgeExpired();
        this.log.log(`purged ${purged} expired sessions`);
        return { purged };
      }
      case JOBS.maintenance.purgeParentRegistrations: {
        // Once the meeting is over (or will not take place), the parents' addresses have served their purpose.
        const rows: { id: string }[] = await this.uow.run(
          (m) =>
            m.query(
              `WITH gone AS (
                 DELETE FROM parent_registration p USING session s
                  WHERE s.id = p.session_id
                    AND (s.status IN ('cancelled', 'delivered', 'no_show') OR s.planned_end < now())
                 RETURNING p.id)
               SELECT id FROM gone`,
            ),
          { actor: { kind: 'system', name: 'maintenance' } },
        );
        this.log.log(`deleted ${rows.length} parent e-mail address(es) of past meetings`);
        return { purged: rows.length };
      }
      default:
        throw new Error(`unknown maintenance job ${job.name}`);
    }
  }
}
