import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Processor, Queue, Worker, WorkerOptions } from 'bullmq';
import { createQueueBackend, type QueueBackend, QueueStore } from './queue-backend';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queue.constants';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

/**
 * Hands out one Queue per name and tracks the workers it created, so that on shutdown (SIGTERM) workers
 * finish their active jobs first, then queues and the store connection close.
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly log = new Logger('Queues');
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(@Inject(QUEUE_BACKEND) readonly backend: QueueBackend) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name, { defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', (err) => this.log.warn(`queue ${name}: ${err.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  worker(name: QueueName, processor: Processor, opts: Omit<WorkerOptions, 'connection'> = {}): Worker {
    const worker = this.backend.createWorker(name, processor, {
      concurrency: 4,
      maxStalledCount: 2,
      stalledInterval: 30_000,
      ...opts,
    });
    worker.on('failed', (job, err) =>
      this.log.warn(
        `job ${name}/${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? 0}): ${err.message}`,
      ),
    );
    worker.on('error', (err) => this.log.warn(`worker ${name}: ${err.message}`));
    this.workers.push(worker);
    return worker;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await this.backend.close();
  }
}

@Module({})
export class QueueModule {
  static forRoot(store: QueueStore): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      providers: [{ provide: QUEUE_BACKEND, useFactory: () => createQueueBackend(store) }, QueueRegistry],
      exports: [QUEUE_BACKEND, QueueRegistry],
    };
  }
}
