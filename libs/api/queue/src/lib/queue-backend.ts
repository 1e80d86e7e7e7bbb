import {
  BackendFactory,
  ConnectionOptions,
  createPostgresBackend,
  PostgresConnectionOptions,
  PostgresQueueBackend,
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
  /**
   * Embedded PGlite is one session behind its socket: a NOTIFY is answered on the notifying connection and
   * never reaches a worker's LISTEN connection. Idle workers then poll every this many seconds instead of
   * sleeping until a NOTIFY (up to an hour, BullMQ's ceiling for PostgreSQL).
   */
  pollSeconds?: number;
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
  return store.kind === 'redis'
    ? redisBackend(store.url, prefix)
    : postgresBackend(store.url, prefix, store.pollSeconds);
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

/** BullMQ's PostgreSQL backend whose blocking wait never exceeds `pollSeconds` (see QueueStore.pollSeconds). */
function pollingPostgresBackend(pollSeconds: number): BackendFactory<PostgresQueueBackend, PostgresConnectionOptions> {
  return (name, opts, factoryOpts) => {
    const backend = createPostgresBackend(name, opts, factoryOpts);
    Object.defineProperty(backend, 'maximumBlockTimeout', { get: () => pollSeconds });
    return backend;
  };
}

function postgresBackend(url: string, prefix: string, pollSeconds?: number): QueueBackend {
  const classes = withBackend(pollSeconds ? pollingPostgresBackend(pollSeconds) : createPostgresBackend);
  const drain = pollSeconds ? { drainDelay: pollSeconds } : {};
  const connection: PostgresPoolConfig = { connectionString: url, max: 4 };
  const probe = new classes.Queue('health-probe', { prefix, connection });
  probe.on('error', () => undefined); // health reports an outage; the pool reconnects by itself
  return {
    store: 'postgres',
    createQueue: (name, opts) => new classes.Queue(name, { ...opts, prefix, connection }) as unknown as Queue,
    createWorker: (name, processor, opts) =>
      new classes.Worker(name, processor, { ...drain, ...opts, prefix, connection }) as unknown as Worker,
    async ping() {
      await withTimeout(probe.getJobCounts('waiting'), 2000, 'queue store did not answer within 2 s');
    },
    async close() {
      await probe.close();
    },
  };
}

/** Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend on the portal's own database. */
export function queueStoreFor(
  config: { redisUrl?: string; queuePrefix: string },
  database: { url: string; embedded: boolean },
): QueueStore {
  return config.redisUrl
    ? { kind: 'redis', url: config.redisUrl, prefix: config.queuePrefix }
    : {
        kind: 'postgres',
        url: database.url,
        prefix: config.queuePrefix,
        pollSeconds: database.embedded ? 1 : undefined,
      };
}
