import { isDatabaseBusy } from '@halt/api/database';
import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import IORedis, { type Redis } from 'ioredis';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** What `@nestjs/throttler` v6 expects back from a storage (times in seconds, rounded up). */
export interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** A store that did not answer: the call is let through (fail open), once-a-minute warning. */
const NOT_COUNTED: ThrottlerStorageRecord = { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
const WARN_EVERY_MS = 60_000;
/** How long a Redis command may take before the call goes through uncounted. */
export const REDIS_THROTTLE_TIMEOUT_MS = 500;

/**
 * Counters every replica shares, in fixed windows: the first hit of a key opens a window of `ttl`; hit `limit + 1`
 * within it blocks the key for `blockDuration` (the throttler's default: the ttl), and after the block a fresh
 * window starts. A fixed window lets a client send up to twice the limit around a window's edge; for a limit
 * against abuse (1,200 a minute) that is acceptable, and it costs one counter per key instead of one entry per hit.
 */
abstract class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  protected readonly log = new Logger('Throttler');
  private lastWarning = 0;

  abstract readonly store: 'redis' | 'postgres';
  protected abstract hit(key: string, ttl: number, limit: number, block: number): Promise<ThrottlerStorageRecord>;
  abstract onApplicationShutdown(): Promise<void>;

  /** The key already names the throttler (the guard hashes it in), so `_throttlerName` adds nothing. */
  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    _throttlerName?: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      // Without a block duration the key stays blocked for one window (the in-memory storage: until hits expire).
      return await this.hit(key, ttl, limit, blockDuration > 0 ? blockDuration : ttl);
    } catch (e) {
      // A busy database pool is a 503 (Retry-After), as for every request that needs the database then.
      if (isDatabaseBusy(e)) throw e;
      this.warn(`rate limit store (${this.store}) failed, call let through uncounted: ${(e as Error).message}`);
      return NOT_COUNTED;
    }
  }

  protected warn(message: string): void {
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = Date.now();
    this.log.warn(message);
  }
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** $1 key, $2 ttl, $3 limit, $4 block duration (ms). "Fresh": the stored window or block has ended. */
const HIT_STATEMENT = `INSERT INTO rate_limit_counter AS c (key, hits, window_ends_at, blocked_until)
  VALUES ($1, 1, now() + $2::int * interval '1 ms', CASE WHEN 1 > $3::int THEN now() + $4::int * interval '1 ms' END)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.blocked_until > now() THEN c.hits
                WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN 1
                ELSE c.hits + 1 END,
    window_ends_at = CASE WHEN c.blocked_until > now() THEN c.window_ends_at
                          WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN excluded.window_ends_at
                          ELSE c.window_ends_at END,
    blocked_until = CASE WHEN c.blocked_until > now() THEN c.blocked_until
                         WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN excluded.blocked_until
                         WHEN c.hits + 1 > $3::int THEN now() + $4::int * interval '1 ms' END
  RETURNING hits, coalesce(blocked_until > now(), false) AS blocked,
            (extract(epoch FROM window_ends_at - now()) * 1000)::float8 AS window_ms,
            (extract(epoch FROM blocked_until - now()) * 1000)::float8 AS block_ms`;

/**
 * On PostgreSQL: one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` per hit on the UNLOGGED table
 * `rate_limit_counter`, through the API's own pool; the clock is the database's, so replicas agree on windows.
 * Rows whose window and block have ended are swept once a minute.
 */
export class PostgresThrottlerStorage extends SharedThrottlerStorage implements OnModuleInit {
  readonly store = 'postgres';
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sweepEveryMs = 60_000,
  ) {
    super();
  }

  onModuleInit(): void {
    this.sweeper = setInterval(
      () => void this.sweep().catch((e) => this.warn(`sweep failed: ${e.message}`)),
      this.sweepEveryMs,
    );
    this.sweeper.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
  }

  /** Removes the counters whose window and block have ended; returns how many. */
  async sweep(): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM rate_limit_counter
        WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
    return Number(deleted ?? 0);
  }

  protected async hit(key: string, ttl: number, limit: number, block: number): Promise<ThrottlerStorageRecord> {
    // Straight on the pool TypeORM holds (same connections, same wait limit), as a prepared statement: the
    // hit runs before every request, so it skips TypeORM's query runner and PostgreSQL's parse and plan.
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query<{ hits: number; blocked: boolean; window_ms: number; block_ms: number | null }>({
      name: 'rate-limit-hit',
      text: HIT_STATEMENT,
      values: [key, ttl, limit, block],
    });
    const r = rows[0];
    return {
      totalHits: r.hits,
      timeToExpire: seconds(r.window_ms),
      isBlocked: r.blocked,
      timeToBlockExpire: r.blocked ? seconds(r.block_ms ?? 0) : 0,
    };
  }
}

/**
 * KEYS[1] the counter, KEYS[2] the block; ARGV ttl, limit, block duration (ms). Returns hits, the counter's
 * remaining ms, blocked (0/1) and the block's remaining ms. Atomic: Redis runs a script as one command.
 */
const HIT_SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[2]) or '0'), blocked, 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], hits, 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, tonumber(ARGV[3]), 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}`;

type ThrottleRedis = Redis & {
  throttleHit(counter: string, block: string, ttl: number, limit: number, blockMs: number): Promise<number[]>;
};

/**
 * On Redis (REDIS_URL): one Lua script per hit (INCR, PEXPIRE on the window's first hit, a block key with PX), keys
 * `<QUEUE_PREFIX>:throttle:{<key>}` and `…:blocked` (one hash slot). A connection of its own without an offline
 * queue and with a short command timeout: while Redis is away calls go through at once instead of waiting.
 */
export class RedisThrottlerStorage extends SharedThrottlerStorage implements OnModuleInit {
  readonly store = 'redis';
  private readonly redis: ThrottleRedis;

  constructor(
    url: string,
    private readonly prefix: string,
    timeoutMs = REDIS_THROTTLE_TIMEOUT_MS,
  ) {
    super();
    this.redis = new IORedis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      connectTimeout: 2000,
      disconnectTimeout: 200,
    }) as ThrottleRedis;
    this.redis.on('error', (e: Error) => this.warn(`rate limit store (redis): ${e.message}`));
    this.redis.defineCommand('throttleHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
  }

  /** Connects before the first request; a Redis that is down now is retried in the background. */
  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch((e: Error) => this.warn(`rate limit store (redis) not reachable: ${e.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  /** The Redis key of a throttle key (for tests and operators). */
  keyOf(key: string): string {
    return `${this.prefix}:throttle:{${key}}`;
  }

  protected async hit(key: string, ttl: number, limit: number, block: number): Promise<ThrottlerStorageRecord> {
    const counter = this.keyOf(key);
    const [hits, windowMs, blocked, blockMs] = await this.redis.throttleHit(
      counter,
      `${counter}:blocked`,
      ttl,
      limit,
      block,
    );
    return {
      totalHits: hits,
      timeToExpire: seconds(windowMs),
      isBlocked: blocked === 1,
      timeToBlockExpire: blocked === 1 ? seconds(blockMs) : 0,
    };
  }
}

/** The shared storage of the environment: Redis when REDIS_URL is set, otherwise the portal's PostgreSQL. */
export function sharedThrottlerStorage(
  config: { redisUrl?: string; queuePrefix: string },
  dataSource: DataSource,
): PostgresThrottlerStorage | RedisThrottlerStorage {
  return config.redisUrl
    ? new RedisThrottlerStorage(config.redisUrl, config.queuePrefix)
    : new PostgresThrottlerStorage(dataSource);
}
