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
export interface QueueStore {
  kind: 'redis' | 'postgres';
  url: string;
  prefix?: string;
}

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

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createQueueBackend(store: QueueStore): QueueBackend {
  const prefix = store.prefix ?? 'halt';
  return store.kind === 'redis' ? redisBackend(store.url, prefix) : postgresBackend(store.url, prefix);
}

function redisBackend(url: string, prefix: string): QueueBackend {
  // One shared connection for producers; BullMQ duplicates it for blocking worker connections.
  const connection: Redis = new IORedis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
  connection.on('error', () => undefined); // reconnects on its own; health reports the outage
  return {
    store: 'redis',
    createQueue: (name, opts) => new Queue(name, { ...opts, prefix, connection: connection as ConnectionOptions }),
    createWorker: (name, processor, opts) =>
      new Worker(name, processor, { ...opts, prefix, connection: connection as ConnectionOptions }),
    async ping() {
      const reply = await withTimeout(connection.ping(), 2000, 'Redis did not answer within 2 s');
      if (reply !== 'PONG') throw new Error(`Redis answered ${reply}`);
    },
    async close() {
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}

/** BullMQ's PostgreSQL backend: idle workers sleep until a NOTIFY (LISTEN on a connection of their own). */
function postgresBackend(url: string, prefix: string): QueueBackend {
  const classes = withBackend(createPostgresBackend);
  const connection: PostgresPoolConfig = { connectionString: url, max: 4 };
  const probe = new classes.Queue('health-probe', { prefix, connection });
  probe.on('error', () => undefined); // health reports an outage; the pool reconnects by itself
  return {
    store: 'postgres',
    createQueue: (name, opts) => new classes.Queue(name, { ...opts, prefix, connection }) as unknown as Queue,
    createWorker: (name, processor, opts) =>
      new classes.Worker(name, processor, { ...opts, prefix, connection }) as unknown as Worker,
    async ping() {
      await withTimeout(probe.getJobCounts('waiting'), 2000, 'queue store did not answer within 2 s');
    },
    async close() {
      await probe.close();
    },
  };
}

/** Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend on the portal's own database. */
export function queueStoreFor(config: { redisUrl?: string; queuePrefix: string }, databaseUrl: string): QueueStore {
  return config.redisUrl
    ? { kind: 'redis', url: config.redisUrl, prefix: config.queuePrefix }
    : { kind: 'postgres', url: databaseUrl, prefix: config.queuePrefix };
}
