import {
  ConnectionOptions,
  createPostgresBackend,
  PostgresPoolConfig,
  Processor,
  Queue,
  QueueOptions,
  runMigrations,
  withBackend,
  Worker,
  WorkerOptions,
} from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { Client } from 'pg';

/** Where BullMQ keeps its jobs: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend. */
export type QueueStore = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string };

export interface QueueBackend {
  store: QueueStore['kind'];
  createQueue(name: string, opts?: Omit<QueueOptions, 'connection'>): Queue;
  createWorker(name: string, processor: Processor, opts?: Omit<WorkerOptions, 'connection'>): Worker;
  /** Fails when the store does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Creates the PostgreSQL backend's schema (idempotent, serialised by BullMQ's advisory lock). */
export async function migrateQueueStore(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await runMigrations(client);
  } finally {
    await client.end();
  }
}

export function createQueueBackend(store: QueueStore): QueueBackend {
  return store.kind === 'redis' ? redisBackend(store.url) : postgresBackend(store.url);
}

function redisBackend(url: string): QueueBackend {
  // One shared connection for producers; BullMQ duplicates it for blocking worker connections.
  const connection: Redis = new IORedis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
  connection.on('error', () => undefined); // reconnects on its own; health reports the outage
  return {
    store: 'redis',
    createQueue: (name, opts) => new Queue(name, { ...opts, connection: connection as ConnectionOptions }),
    createWorker: (name, processor, opts) =>
      new Worker(name, processor, { ...opts, connection: connection as ConnectionOptions }),
    async ping() {
      const reply = await Promise.race([
        connection.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000)),
      ]);
      if (reply !== 'PONG') throw new Error(`Redis answered ${reply}`);
    },
    async close() {
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}

function postgresBackend(url: string): QueueBackend {
  const classes = withBackend(createPostgresBackend);
  const connection: PostgresPoolConfig = { connectionString: url, max: 4 };
  const probe = new classes.Queue('__health', { connection });
  return {
    store: 'postgres',
    createQueue: (name, opts) => new classes.Queue(name, { ...opts, connection }) as unknown as Queue,
    createWorker: (name, processor, opts) =>
      new classes.Worker(name, processor, { ...opts, connection }) as unknown as Worker,
    async ping() {
      await Promise.race([
        probe.getJobCounts('waiting'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('queue store did not answer within 2 s')), 2000)),
      ]);
    },
    async close() {
      await probe.close();
    },
  };
}
