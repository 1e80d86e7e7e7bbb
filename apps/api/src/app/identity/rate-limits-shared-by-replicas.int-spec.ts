import { PostgresThrottlerStorage, REDIS_THROTTLE_TIMEOUT_MS, RedisThrottlerStorage } from '@halt/api/identity';
import { getStorageToken } from '@nestjs/throttler';
import IORedis from 'ioredis';
import { AddressInfo, createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '@halt/api/testing';
import { startTestApi, TestApi } from '../../testing/test-api';
import { DEMO_PASSWORD } from '../demo/demo-data';

const LIMIT = 6;
const TOO_MANY = 'Te veel verzoeken. Wacht een minuut en probeer het opnieuw.';
const SCHOOL = 'contact@domstad.school.example';
const GEMEENTE = 'beleid@utrecht.gemeente.example';

const stores: [string, string][] = [['PostgreSQL', '']];
if (process.env['REDIS_URL']) stores.push(['Redis', process.env['REDIS_URL']]);

/**
 * Two replicas of the API on one database (and one Redis when REDIS_URL is set) count against one limit: a user
 * who spreads calls over both gets the limit once, not twice. Signed-in calls count per user, anonymous ones per
 * client IP.
 */
describe.each(stores)('rate limits shared by two replicas on %s', (store, redisUrl) => {
  let a: TestApi;
  let b: TestApi;
  beforeAll(async () => {
    const env = {
      REDIS_URL: redisUrl,
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      TRUST_PROXY_HOPS: '1',
      // Replicas share their signing secret, as in production.
      JWT_SECRET: 'rate-limit-test-secret-of-at-least-32-characters',
    };
    a = await startTestApi(env);
    b = await startTestApi(env, a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it(`keeps its counters in ${store}`, () => {
    const expected = redisUrl ? RedisThrottlerStorage : PostgresThrottlerStorage;
    expect(a.api.app.get(getStorageToken())).toBeInstanceOf(expected);
    expect(b.api.app.get(getStorageToken())).toBeInstanceOf(expected);
  });

  it('lets a signed-in user make the limit of calls over both replicas, refuses the next in Dutch, and not another user', async () => {
    // Sign-ins from their own addresses: they count against the sign-in endpoint's limit, not /me's.
    const school = `Bearer ${(await a.http().post('/api/auth/login').set('X-Forwarded-For', '192.0.2.1').send({ email: SCHOOL, password: DEMO_PASSWORD })).body.accessToken}`;
    const gemeente = `Bearer ${(await b.http().post('/api/auth/login').set('X-Forwarded-For', '192.0.2.2').send({ email: GEMEENTE, password: DEMO_PASSWORD })).body.accessToken}`;
    // The whole office behind one NAT address: the address does not matter for a signed-in user.
    const me = (t: TestApi, token: string) =>
      t.http().get('/api/auth/me').set('Authorization', token).set('X-Forwarded-For', '198.51.100.9');

    const statuses = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await me(i % 2 ? b : a, school)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));

    const refused = await me(a, school);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe(TOO_MANY);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
    expect((await me(b, school)).status).toBe(429);

    // Another user from the same address: a limit of their own, on either replica.
    expect((await me(b, gemeente)).status).toBe(200);
    expect((await me(a, gemeente)).status).toBe(200);
  });

  it('counts concurrent calls exactly: of twice the limit at once, the limit passes', async () => {
    const planner = await a.bearer('planner.midden@halt.example');
    const calls = Array.from({ length: 2 * LIMIT }, (_, i) =>
      (i % 2 ? b : a).http().get('/api/auth/me').set('Authorization', planner),
    );
    const statuses = (await Promise.all(calls)).map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
  });

  it('counts anonymous calls per client IP over both replicas', async () => {
    const health = (t: TestApi, ip: string) => t.http().get('/api/health').set('X-Forwarded-For', ip);
    const statuses = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await health(i % 2 ? a : b, '203.0.113.5')).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));
    const refused = await health(a, '203.0.113.5');
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe(TOO_MANY);
    expect((await health(b, '203.0.113.6')).status).toBe(200);
  });

  it('forgets a counter after its window', async () => {
    const storage = a.api.app.get<PostgresThrottlerStorage | RedisThrottlerStorage>(getStorageToken());
    const key = `forget-${Date.now()}`;
    expect(await storage.increment(key, 300, 1, 300, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
    const blocked = await storage.increment(key, 300, 1, 300, 'default');
    expect(blocked).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 1 });
    await new Promise((r) => setTimeout(r, 400));
    expect(await storage.increment(key, 300, 1, 300, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
    if (storage instanceof PostgresThrottlerStorage) {
      await new Promise((r) => setTimeout(r, 400));
      expect(await storage.sweep()).toBeGreaterThanOrEqual(1);
      const left = await a.api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM rate_limit_counter WHERE window_ends_at < now()`);
      expect(left[0].n).toBe(0);
    } else {
      const redis = new IORedis(redisUrl);
      try {
        await new Promise((r) => setTimeout(r, 400));
        expect(await redis.exists(storage.keyOf(key), `${storage.keyOf(key)}:blocked`)).toBe(0);
      } finally {
        redis.disconnect();
      }
    }
  });
});

describe('a rate limit store that does not answer', () => {
  it('lets calls through (fail open) when PostgreSQL cannot count them', async () => {
    const db = await createTestDatabase(); // no migrations: the table is missing, every hit fails
    const dataSource = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 1 } }).initialize();
    try {
      const storage = new PostgresThrottlerStorage(dataSource);
      const records = [];
      for (let i = 0; i < 3; i++) records.push(await storage.increment('k', 60_000, 1, 60_000, 'default'));
      expect(records.map((r) => r.isBlocked)).toEqual([false, false, false]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });

  it('lets calls through at once (fail open) when Redis is not reachable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));

    const storage = new RedisThrottlerStorage(`redis://127.0.0.1:${port}`, 'unreachable');
    await storage.onModuleInit();
    try {
      const started = Date.now();
      const record = await storage.increment('k', 60_000, 1, 60_000, 'default');
      const again = await storage.increment('k', 60_000, 1, 60_000, 'default');
      expect([record.isBlocked, again.isBlocked]).toEqual([false, false]);
      expect(Date.now() - started).toBeLessThan(2 * REDIS_THROTTLE_TIMEOUT_MS);
    } finally {
      await storage.onApplicationShutdown();
    }
  });
});
