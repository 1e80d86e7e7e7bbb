import { JOBS, QueueRegistry, QUEUES } from '@halt/api/queue';
import { PlanningRunsService } from '@halt/api/staffing';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';

/** Thin processor: runs the auto-planner for a planning run (one at a time: it is CPU-bound). */
@Injectable()
export class PlanningProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueRegistry,
    private readonly runs: PlanningRunsService,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker(QUEUES.planning, (job) => this.process(job), {
      concurrency: 1,
      // A full region can take minutes of CPU: renew the lock well within that.
      lockDuration: 120_000,
    });
  }

  async process(job: Job<{ runId: string }>): Promise<void> {
    if (job.name !== JOBS.planning.autoPlan) throw new Error(`unknown planning job ${job.name}`);
    await this.runs.execute(job.data.runId);
  }
}
