import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Job, JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import {
  createQueueBackend,
  DEFAULT_JOB_OPTIONS,
  JOBS,
  migrateQueueStore,
  QUEUES,
  QueueRegistry,
  type QueueStore,
} from '@halt/api/queue';
import { reminderJobId, type SessionReminderKind } from '@halt/domain';

/**
 * Throughput of BullMQ for reminder jobs on both queue stores of the portal (see README.md). Every queue and worker
 * comes from the portal's own `createQueueBackend` + `QueueRegistry`, so job defaults, pool size and worker options
 * are the portal's; only the worker concurrency of the throughput phase is tuned.
 */

type StoreKind = QueueStore['kind'];

interface Options {
  sessions: number;
  stores: StoreKind[];
  chunk: number;
  concurrency: Record<StoreKind, number>;
  delayJobs: number;
  delaySpreadMs: number;
  /** `portal`: DEFAULT_JOB_OPTIONS; `age`: its age only; a number: its age and that count. */
  removeOnComplete: 'portal' | 'age' | 'true' | 'false' | number;
  redisUrl: string;
  pgUrl: string;
}

interface ReminderJob {
  name: string;
  data: { sessionId: string; kind: SessionReminderKind; version: number };
  opts: JobsOptions & { jobId: string; delay: number };
}

interface Stats {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface StoreResult {
  store: StoreKind;
  server: string;
  jobs: number;
  enqueueSeconds: number;
  promoteSeconds: number;
  processSeconds: number;
  processed: number;
  failed: number;
  concurrency: number;
  /** Processor start − due time (timestamp + delay), both on this process's clock. */
  lateness: Stats;
  /** processedOn − timestamp − delay; processedOn is the `now` the worker sent with its fetch (see README). */
  processedOnLateness: Stats;
  peakRssMb: number;
  leftovers: string;
}

const KINDS: SessionReminderKind[] = ['school_before_14d', 'school_before_2d', 'staff_day_before'];
const DAY_MS = 86_400_000;
/** The reminders worker of the portal (libs/api/platform/.../reminders.processor.ts). */
const PORTAL_REMINDER_CONCURRENCY = 8;
/** `REMINDER_RETRY_DELAY_MS` default (libs/api/config). */
const RETRY_DELAY_MS = 60_000;
const P99_TARGET_MS = 1000;
const RATIO_TARGET = 0.5;

const HELP = `Usage: npm run bench:reminders -- [options]
  --sessions N            sessions, 3 reminders each (default 10000 → 30000 jobs)
  --store S               redis | postgres | both (default both)
  --chunk N               jobs per addBulk / rows per INSERT (default 1000, at most 6000)
  --redis-concurrency N   worker concurrency of the Redis throughput phase (default 50)
  --pg-concurrency N      worker concurrency of the PostgreSQL throughput phase (default 8)
  --delay-jobs N          delayed jobs of the precision phase (default 1000)
  --delay-spread MS       their due times are spread over this many ms (default 10000)
  --remove-on-complete R  portal (DEFAULT_JOB_OPTIONS: 7 days, count 10000) | age (7 days, no count) |
                          N (7 days, count N) | true | false (default portal)
  --redis-url URL         default $BENCH_REDIS_URL or redis://127.0.0.1:6379
  --pg-url URL            server to create the scratch database on; default $BENCH_PG_URL or
                          postgres://postgres@127.0.0.1:5432/postgres`;

function parseOptions(argv: string[]): Options {
  const opts: Options = {
    sessions: 10_000,
    stores: ['redis', 'postgres'],
    chunk: 1000,
    concurrency: { redis: 50, postgres: 8 },
    delayJobs: 1000,
    delaySpreadMs: 10_000,
    removeOnComplete: 'portal',
    redisUrl: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    pgUrl: process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
  const int = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    i++;
    switch (flag) {
      case '--sessions':
        opts.sessions = int(flag, value, 1);
        break;
      case '--store':
        if (value === 'both') opts.stores = ['redis', 'postgres'];
        else if (value === 'redis' || value === 'postgres') opts.stores = [value];
        else throw new Error(`--store is redis, postgres or both, got ${value}`);
        break;
      case '--chunk':
        // The baseline binds 10 parameters a row; PostgreSQL allows 65 535 a statement.
        opts.chunk = int(flag, value, 1);
        if (opts.chunk > 6000) throw new Error(`--chunk is at most 6000, got ${value}`);
        break;
      case '--redis-concurrency':
        opts.concurrency.redis = int(flag, value, 1);
        break;
      case '--pg-concurrency':
        opts.concurrency.postgres = int(flag, value, 1);
        break;
      case '--delay-jobs':
        opts.delayJobs = int(flag, value, 1);
        break;
      case '--delay-spread':
        opts.delaySpreadMs = int(flag, value, 0);
        break;
      case '--remove-on-complete':
        if (value === 'portal' || value === 'age' || value === 'true' || value === 'false') {
          opts.removeOnComplete = value;
        } else if (/^\d+$/.test(value ?? '')) {
          opts.removeOnComplete = Number(value);
        } else {
          throw new Error(`--remove-on-complete is portal, age, a count, true or false, got ${value}`);
        }
        break;
      case '--redis-url':
        opts.redisUrl = String(value);
        break;
      case '--pg-url':
        opts.pgUrl = String(value);
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${flag}\n${HELP}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs

/** A deterministic session uuid per index. */
const sessionId = (i: number, run: number) =>
  `${run.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** Job options on top of the portal's: only `removeOnComplete` when it is being tuned. */
function jobOptions(opts: Options): Partial<JobsOptions> {
  const age = (DEFAULT_JOB_OPTIONS.removeOnComplete as { age: number }).age;
  switch (opts.removeOnComplete) {
    case 'portal':
      return {};
    case 'age':
      return { removeOnComplete: { age } };
    case 'true':
    case 'false':
      return { removeOnComplete: opts.removeOnComplete === 'true' };
    default:
      return { removeOnComplete: { age, count: opts.removeOnComplete } };
  }
}

function describeRemoveOnComplete(opts: Options): string {
  const keep = JSON.stringify({ ...DEFAULT_JOB_OPTIONS, ...jobOptions(opts) }.removeOnComplete);
  return opts.removeOnComplete === 'portal' ? `portal default ${keep}` : `${keep} (portal: count 10000 too)`;
}

/** What the reminder relay enqueues for `sessions` planned sessions: 3 reminders each, due 1–74 days from now. */
function reminderJobs(sessions: number, opts: Options, now: number): ReminderJob[] {
  const jobs: ReminderJob[] = [];
  const offsets: Record<string, number> = { school_before_14d: 14, school_before_2d: 2, staff_day_before: 1 };
  for (let i = 0; i < sessions; i++) {
    const id = sessionId(i, 1);
    const start = now + (15 + (i % 60)) * DAY_MS;
    for (const kind of KINDS) {
      jobs.push({
        name: JOBS.reminders.session,
        data: { sessionId: id, kind, version: 1 },
        opts: {
          jobId: reminderJobId(id, kind, 1),
          delay: start - offsets[kind] * DAY_MS - now,
          attempts: 6,
          backoff: { type: 'exponential', delay: RETRY_DELAY_MS },
          ...jobOptions(opts),
        },
      });
    }
  }
  return jobs;
}

/** `n` reminders (version 2, so new ids) due 1 s from now, then evenly over `spreadMs`. */
function delayedJobs(n: number, spreadMs: number, opts: Options): ReminderJob[] {
  return Array.from({ length: n }, (_, i) => {
    const id = sessionId(i, 2);
    const kind = KINDS[i % KINDS.length];
    return {
      name: JOBS.reminders.session,
      data: { sessionId: id, kind, version: 2 },
      opts: {
        jobId: reminderJobId(id, kind, 2),
        delay: 1000 + Math.round((i * spreadMs) / n),
        attempts: 6,
        backoff: { type: 'exponential', delay: RETRY_DELAY_MS },
        ...jobOptions(opts),
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once `count()` reaches `target`. */
function counter(target: number) {
  let n = 0;
  let last = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  if (target === 0) done();
  return {
    finished,
    tick() {
      if (++n === target) {
        last = performance.now();
        done();
      }
    },
    get n() {
      return n;
    },
    get last() {
      return last;
    },
  };
}

/** Nearest-rank percentiles. */
function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
  return { n: sorted.length, min: at(0), p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

/** Peak RSS of the process, sampled every 20 ms, per phase. */
class RssSampler {
  private peak = 0;
  private readonly timer = setInterval(() => this.sample(), 20).unref();
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
  reset(): void {
    this.peak = process.memoryUsage.rss();
  }
  peakMb(): number {
    this.sample();
    return this.peak / 2 ** 20;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
const rate = (n: number, seconds: number) => n / seconds;
const pct = (r: number) => `${fmt(r * 100)} %`;
const check = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Things to undo however the run ends (also on Ctrl-C), last registered first. */
const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    const step = cleanups.pop()!;
    await withTimeout(step.run(), 30_000, step.what).catch((err) =>
      console.error(`cleanup: ${step.what}: ${err instanceof Error ? err.message : err}`),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL scratch database and INSERT baseline

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  cleanups.push({
    what: `drop database ${name}`,
    run: () => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The same rows as BullMQ's `job` table gets from `add_jobs_bulk` (its columns, primary key and the partial index
 * a delayed row enters), written with one multi-row INSERT … ON CONFLICT DO NOTHING per chunk, in autocommit like
 * BullMQ's one statement per addBulk. Without BullMQ's per-job events, temp tables and NOTIFY.
 */
async function insertBaseline(url: string, jobs: ReminderJob[], chunk: number): Promise<number> {
  return withClient(url, async (c) => {
    await c.query(`CREATE SEQUENCE bench_job_seq`);
    await c.query(`CREATE TABLE bench_job (
      queue text NOT NULL,
      id text NOT NULL,
      seq bigint NOT NULL DEFAULT nextval('bench_job_seq'),
      name text NOT NULL,
      state text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      opts jsonb NOT NULL DEFAULT '{}'::jsonb,
      priority integer NOT NULL DEFAULT 0,
      delay_ms bigint NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 1,
      attempts_made integer NOT NULL DEFAULT 0,
      added_at_ms bigint NOT NULL,
      process_at_ms bigint,
      PRIMARY KEY (queue, id))`);
    await c.query(`CREATE INDEX bench_job_delayed_idx ON bench_job (queue, process_at_ms) WHERE state = 'delayed'`);
    const columns = 'queue, id, name, state, data, opts, delay_ms, max_attempts, added_at_ms, process_at_ms';
    const width = columns.split(',').length;
    const t0 = performance.now();
    for (let from = 0; from < jobs.length; from += chunk) {
      const slice = jobs.slice(from, from + chunk);
      const params: unknown[] = [];
      const rows: string[] = [];
      const now = Date.now();
      for (const job of slice) {
        const opts = { ...DEFAULT_JOB_OPTIONS, ...job.opts };
        const base = params.length;
        rows.push(`(${Array.from({ length: width }, (_, k) => `$${base + k + 1}`).join(', ')})`);
        params.push(
          QUEUES.reminders,
          job.opts.jobId,
          job.name,
          'delayed',
          JSON.stringify(job.data),
          JSON.stringify(opts),
          job.opts.delay,
          opts.attempts ?? 1,
          now,
          now + job.opts.delay,
        );
      }
      await c.query(
        `INSERT INTO bench_job (${columns}) VALUES ${rows.join(', ')} ON CONFLICT (queue, id) DO NOTHING`,
        params,
      );
    }
    const seconds = (performance.now() - t0) / 1000;
    const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM bench_job`);
    if (Number(rows[0].n) !== jobs.length) throw new Error(`baseline inserted ${rows[0].n} of ${jobs.length} rows`);
    await c.query(`DROP TABLE bench_job; DROP SEQUENCE bench_job_seq`);
    return seconds;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// One store

async function benchStore(
  kind: StoreKind,
  url: string,
  prefix: string,
  opts: Options,
  rss: RssSampler,
): Promise<StoreResult> {
  rss.reset();
  const concurrency = opts.concurrency[kind];
  // The portal's configuration: idle PostgreSQL workers sleep on LISTEN/NOTIFY and the next delayed job's due time.
  if (kind === 'postgres') await migrateQueueStore(url);
  const backend = createQueueBackend({ kind, url, prefix });
  const registry = new QueueRegistry(backend);
  let closed = false;
  const shutdown = async () => {
    if (closed) return;
    closed = true;
    await registry.onApplicationShutdown();
  };
  cleanups.push({ what: `close ${kind} queues`, run: shutdown });
  await backend.ping();
  const server = await serverVersion(kind, url);
  const queue = registry.queue(QUEUES.reminders);
  await queue.waitUntilReady();
  cleanups.push({ what: `obliterate ${kind} queue`, run: () => queue.obliterate({ force: true }) });

  // 1. Enqueue.
  const jobs = reminderJobs(opts.sessions, opts, Date.now());
  let t0 = performance.now();
  for (let from = 0; from < jobs.length; from += opts.chunk) await queue.addBulk(jobs.slice(from, from + opts.chunk));
  const enqueueSeconds = (performance.now() - t0) / 1000;
  const counts = await queue.getJobCounts('delayed', 'waiting');
  if (counts['delayed'] !== jobs.length) throw new Error(`${kind}: ${JSON.stringify(counts)} after enqueueing`);
  // Deterministic ids: enqueueing the first chunk again adds nothing.
  await queue.addBulk(jobs.slice(0, opts.chunk));
  const again = await queue.getJobCounts('delayed');
  if (again['delayed'] !== jobs.length) throw new Error(`${kind}: re-enqueueing added jobs: ${JSON.stringify(again)}`);

  // 2. Make them due (not part of the processing figure) and process them with a no-op worker.
  t0 = performance.now();
  await queue.promoteJobs({ count: 1000 });
  const promoteSeconds = (performance.now() - t0) / 1000;
  const waiting = await queue.getJobCounts('waiting', 'delayed');
  if (waiting['waiting'] !== jobs.length) throw new Error(`${kind}: ${JSON.stringify(waiting)} after promoting`);

  let firstStart = 0;
  const completed = counter(jobs.length);
  let failed = 0;
  const worker = registry.worker(
    QUEUES.reminders,
    async () => {
      if (!firstStart) firstStart = performance.now();
    },
    { concurrency },
  );
  worker.on('completed', () => completed.tick());
  worker.on('failed', () => failed++);
  await withTimeout(completed.finished, 240_000, `${kind}: processing ${jobs.length} jobs`);
  const processSeconds = (completed.last - firstStart) / 1000;
  await worker.close();

  // 3. Delay precision with the portal's reminder worker (concurrency 8), idle before the jobs arrive.
  const lateness: number[] = [];
  const processedOnLateness: number[] = [];
  const delayed = delayedJobs(opts.delayJobs, opts.delaySpreadMs, opts);
  const started = counter(delayed.length);
  const timer = registry.worker(
    QUEUES.reminders,
    async (job: Job) => {
      const due = job.timestamp + (job.opts.delay ?? 0);
      lateness.push(Date.now() - due);
      processedOnLateness.push((job.processedOn ?? NaN) - due);
      started.tick();
    },
    { concurrency: PORTAL_REMINDER_CONCURRENCY },
  );
  await timer.waitUntilReady();
  await sleep(1500); // let it find the queue empty and block
  for (let from = 0; from < delayed.length; from += opts.chunk) {
    await queue.addBulk(delayed.slice(from, from + opts.chunk));
  }
  await withTimeout(started.finished, opts.delaySpreadMs + 60_000, `${kind}: delayed jobs`);
  await timer.close();

  const peakRssMb = rss.peakMb();
  // Clean up now (the registered steps then have nothing left to do).
  await queue.obliterate({ force: true });
  cleanups.pop();
  await shutdown();
  cleanups.pop();
  const leftovers = kind === 'redis' ? await redisLeftovers(url, prefix) : 'database dropped at the end';

  return {
    store: kind,
    server,
    jobs: jobs.length,
    enqueueSeconds,
    promoteSeconds,
    processSeconds,
    processed: completed.n,
    failed,
    concurrency,
    lateness: stats(lateness),
    processedOnLateness: stats(processedOnLateness),
    peakRssMb,
    leftovers,
  };
}

async function serverVersion(kind: StoreKind, url: string): Promise<string> {
  if (kind === 'postgres') {
    return withClient(url, async (c) => `PostgreSQL ${(await c.query('SHOW server_version')).rows[0].server_version}`);
  }
  const redis = new IORedis(url, { maxRetriesPerRequest: 1 });
  try {
    const info = await redis.info('server');
    return `Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}`;
  } finally {
    redis.disconnect();
  }
}

/** Keys obliterate left under the scratch prefix (deleted here: they are this run's own). */
async function redisLeftovers(url: string, prefix: string): Promise<string> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    if (keys.length) await redis.del(...keys);
    return keys.length ? `${keys.length} key(s) left by obliterate, deleted: ${keys.slice(0, 5).join(', ')}` : 'none';
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function storeTable(r: StoreResult, baselineRate: number, opts: Options): string {
  const enqueueRate = rate(r.jobs, r.enqueueSeconds);
  const ratio = enqueueRate / baselineRate;
  const l = r.lateness;
  const o = r.processedOnLateness;
  const chunks = Math.ceil(r.jobs / opts.chunk);
  return [
    `### ${r.store === 'redis' ? 'Redis' : 'PostgreSQL (BullMQ backend)'} — ${r.server}`,
    '',
    '| Measure | Result | Target |',
    '| --- | --- | --- |',
    `| Enqueue: ${fmt(r.jobs)} delayed jobs, ${fmt(chunks)} × addBulk(${fmt(opts.chunk)}) | ${fmt(r.enqueueSeconds, 2)} s, **${fmt(enqueueRate)} jobs/s** | |`,
    `| Baseline: multi-row INSERT of the same rows into PostgreSQL | ${fmt(baselineRate)} rows/s | |`,
    `| Enqueue ÷ INSERT | **${pct(ratio)}** | ≥ 50 %: ${check(ratio >= RATIO_TARGET)} |`,
    `| promoteJobs (delayed → waiting, not in the next line) | ${fmt(r.promoteSeconds, 2)} s | |`,
    `| Processing: no-op worker, concurrency ${r.concurrency}, first start → last completion | ${fmt(r.processSeconds, 2)} s, **${fmt(rate(r.processed, r.processSeconds))} jobs/s** (${fmt(r.failed)} failed) | |`,
    `| Delay: processor start − due, ${fmt(l.n)} jobs due over ${fmt(opts.delaySpreadMs / 1000)} s, concurrency ${PORTAL_REMINDER_CONCURRENCY} | p50 ${fmt(l.p50)} ms · p95 ${fmt(l.p95)} ms · **p99 ${fmt(l.p99)} ms** · max ${fmt(l.max)} ms | p99 ≤ ${P99_TARGET_MS} ms: ${check(l.p99 <= P99_TARGET_MS)} |`,
    `| Delay: processedOn − timestamp − delay | p50 ${fmt(o.p50)} ms · p99 ${fmt(o.p99)} ms · min ${fmt(o.min)} ms · max ${fmt(o.max)} ms | |`,
    `| Peak RSS during this store | ${fmt(r.peakRssMb)} MB | |`,
    `| Left behind | ${r.leftovers} | |`,
  ].join('\n');
}

function summaryTable(results: StoreResult[], baselineRate: number): string {
  const redis = results.find((r) => r.store === 'redis');
  const pg = results.find((r) => r.store === 'postgres');
  const cell = (r: StoreResult | undefined, f: (r: StoreResult) => string) => (r ? f(r) : '–');
  const both = (f: (r: StoreResult) => number, text: (v: number) => string) =>
    redis && pg ? text(f(pg) / f(redis)) : '–';
  const enq = (r: StoreResult) => rate(r.jobs, r.enqueueSeconds);
  const proc = (r: StoreResult) => rate(r.processed, r.processSeconds);
  return [
    '### Ratios',
    '',
    '| | Redis | PostgreSQL | PostgreSQL ÷ Redis |',
    '| --- | --- | --- | --- |',
    `| Enqueue jobs/s | ${cell(redis, (r) => fmt(enq(r)))} | ${cell(pg, (r) => fmt(enq(r)))} | ${both(enq, pct)} |`,
    `| Enqueue ÷ PostgreSQL INSERT (${fmt(baselineRate)} rows/s) | ${cell(redis, (r) => pct(enq(r) / baselineRate))} | ${cell(pg, (r) => pct(enq(r) / baselineRate))} | |`,
    `| Processing jobs/s | ${cell(redis, (r) => fmt(proc(r)))} | ${cell(pg, (r) => fmt(proc(r)))} | ${both(proc, pct)} |`,
    `| Delay p99 ms | ${cell(redis, (r) => fmt(r.lateness.p99))} | ${cell(pg, (r) => fmt(r.lateness.p99))} | |`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const rss = new RssSampler();
  const started = performance.now();
  console.log(
    `bench:reminders — ${fmt(opts.sessions)} sessions × ${KINDS.length} reminders, stores: ${opts.stores.join(', ')}\n`,
  );

  // The scratch database holds the INSERT baseline and, for the postgres store, BullMQ's schema.
  const database = `bench_reminders_${stamp}_${process.pid}`;
  const pgUrl = await createDatabase(opts.pgUrl, database);
  const baselineJobs = reminderJobs(opts.sessions, opts, Date.now());
  await insertBaseline(pgUrl, baselineJobs.slice(0, Math.min(2000, baselineJobs.length)), opts.chunk); // warm-up
  const baselineSeconds = await insertBaseline(pgUrl, baselineJobs, opts.chunk);
  const baselineRate = rate(baselineJobs.length, baselineSeconds);
  console.log(`baseline INSERT: ${fmt(baselineJobs.length)} rows in ${fmt(baselineSeconds, 2)} s`);

  const results: StoreResult[] = [];
  for (const kind of opts.stores) {
    const url = kind === 'redis' ? opts.redisUrl : pgUrl;
    const t = performance.now();
    const result = await benchStore(kind, url, `bench-reminders-${stamp}-${process.pid}`, opts, rss);
    console.log(`${kind}: done in ${fmt((performance.now() - t) / 1000, 1)} s`);
    results.push(result);
  }
  await cleanUp();
  rss.stop();

  const bullmq = (createRequire(__filename)('bullmq/package.json') as { version: string }).version;
  console.log(
    [
      '',
      `## Reminder queue benchmark — ${fmt(opts.sessions)} sessions × ${KINDS.length} = ${fmt(opts.sessions * KINDS.length)} jobs`,
      '',
      `Node ${process.version}, BullMQ ${bullmq}, ${cpus().length} CPUs; ` +
        `removeOnComplete: ${describeRemoveOnComplete(opts)}; ` +
        `peak RSS of the whole run ${fmt(process.resourceUsage().maxRSS / 1024)} MB; ` +
        `total ${fmt((performance.now() - started) / 1000, 1)} s; scratch database ${database} dropped.`,
      '',
      ...results.flatMap((r) => [storeTable(r, baselineRate, opts), '']),
      summaryTable(results, baselineRate),
    ].join('\n'),
  );
}

process.once('SIGINT', () => {
  console.error('interrupted: cleaning up');
  void cleanUp().finally(() => process.exit(130));
});

main()
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    await cleanUp();
    process.exit(1);
  });
