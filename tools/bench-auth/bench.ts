import { loadConfig } from '@halt/api/config';
import { RedisThrottlerStorage } from '@halt/api/identity';
import { getStorageToken, ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import IORedis from 'ioredis';
import jwt from 'jsonwebtoken';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSecretKey } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { createApi } from '../../apps/api/src/app/bootstrap';
import { DEMO_PASSWORD } from '../../apps/api/src/app/demo/demo-data';
import { drive as driveUrl } from '../testing/bench-http';

/**
 * `npm run bench:auth`: what a signed-in request costs before any work of its own. In one process:
 *
 * 1. the token check alone: jsonwebtoken's verify with the secret as a string (it tries the string as a PEM key
 *    first, on every call) and with a KeyObject made once;
 * 2. `GET /api/auth/me` of the real API (guard, session check, user lookup, JSON), next to a bare `http` + `pg`
 *    handler that verifies the same token with a KeyObject and runs the same user-and-session lookup — driven by
 *    autocannon at c=10 and c=50;
 * 3. the same API with each rate limit store in turn: the throttler's in-memory storage (per process, the
 *    baseline), the shared PostgreSQL table and Redis. The store is swapped on the one storage instance the
 *    throttler guard holds, so nothing else differs. Every call is the same user: one hot counter, the worst case.
 *
 * Options: --seconds N (per run, default 10), --pg-url URL (a PostgreSQL server; default BENCH_PG_URL or
 * postgres://postgres@127.0.0.1:5432/postgres), --redis-url URL (default BENCH_REDIS_URL or
 * redis://127.0.0.1:6379; not reachable: the Redis rows are left out, said so). A scratch database is created and
 * dropped.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SECONDS = Number(option('seconds', '10'));
const PG_URL = option('pg-url', process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = option('redis-url', process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
const EMAIL = 'contact@domstad.school.example';
const SECRET = 'bench-auth-secret-of-at-least-32-characters-long';

/** The guard's lookup, as one statement: the active user with school, gemeente and regions, in an open session. */
const LOOKUP = `
  SELECT u.id, u.email, u.name, u.role, u.language, s.name AS school, m.name AS municipality,
         coalesce(array_agg(r.name ORDER BY r.name) FILTER (WHERE r.id IS NOT NULL), '{}') AS regions
    FROM app_user u
    JOIN auth_session a ON a.id = $2 AND a.user_id = u.id AND a.revoked_at IS NULL AND a.expires_at > now()
    LEFT JOIN school s ON s.id = u.school_id
    LEFT JOIN municipality m ON m.id = u.municipality_id
    LEFT JOIN user_region ur ON ur.user_id = u.id
    LEFT JOIN region r ON r.id = ur.region_id
   WHERE u.id = $1 AND u.active
   GROUP BY u.id, s.name, m.name`;

/** The same lookup for a token without a session id (an API from before sessions, measured for a baseline). */
const LOOKUP_WITHOUT_SESSION = LOOKUP.replace(/\n\s+JOIN auth_session[^\n]+/, '').replace('$2', '$1');

function verifyRate(token: string, key: string | ReturnType<typeof createSecretKey>): number {
  const iterations = 20_000;
  for (let i = 0; i < 2000; i++) jwt.verify(token, key, { algorithms: ['HS256'] });
  const started = performance.now();
  for (let i = 0; i < iterations; i++) jwt.verify(token, key, { algorithms: ['HS256'] });
  return iterations / ((performance.now() - started) / 1000);
}

const drive = (url: string, token: string, connections: number, seconds = SECONDS) =>
  driveUrl(url, token, connections, seconds);

async function incrementRate(increment: ThrottlerStorage['increment']): Promise<{ perSecond: number; p99: number }> {
  const run = `bench-${Date.now()}`;
  let n = 0;
  const latencies: number[] = [];
  const end = performance.now() + 3000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        await increment(`${run}-${n++ % 1000}`, 60_000, 1e9, 60_000, 'default');
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / 3, p99: latencies[Math.floor(latencies.length * 0.99)] };
}

async function redisAnswers(url: string): Promise<boolean> {
  const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function bareHandler(pool: Pool): Server {
  const key = createSecretKey(Buffer.from(SECRET, 'utf8'));
  return createServer((req, res) => {
    const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
    let claims: { sub: string; sid?: string } | undefined;
    try {
      claims = match
        ? (jwt.verify(match[1], key, { algorithms: ['HS256'] }) as { sub: string; sid?: string })
        : undefined;
    } catch {
      claims = undefined;
    }
    if (!claims) {
      res.writeHead(401).end();
      return;
    }
    const query = claims.sid
      ? pool.query(LOOKUP, [claims.sub, claims.sid])
      : pool.query(LOOKUP_WITHOUT_SESSION, [claims.sub]);
    query.then(
      ({ rows }) => {
        if (!rows[0]) return void res.writeHead(401).end();
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(rows[0]));
      },
      () => res.writeHead(500).end(),
    );
  });
}

async function main(): Promise<void> {
  const database = `bench_auth_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  const cleanups: (() => Promise<unknown>)[] = [
    () => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end()),
  ];
  try {
    const api = await createApi(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        SEED_DEMO: 'true',
        SEED_DEMO_ACTIVITY: 'false',
        RUN_WORKERS: 'false',
        LOG_LEVEL: 'silent',
        JWT_SECRET: SECRET,
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
        RATE_LIMIT_PER_MINUTE: '10000000',
        QUEUE_PREFIX: `bench-auth-${process.pid}`,
        WEB_DIST: '/nonexistent',
      }),
    );
    cleanups.unshift(() => api.close());
    await api.app.listen(0, '127.0.0.1');
    const apiUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    const login = await fetch(`${apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };

    const pool = new Pool({ connectionString: url.toString(), max: 10 });
    cleanups.unshift(() => pool.end());
    const bare = bareHandler(pool);
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    cleanups.unshift(() => new Promise((resolve) => bare.close(resolve)));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

    console.log(`bench:auth — ${SECONDS} s per run, database ${database}\n`);
    const asString = verifyRate(accessToken, SECRET);
    const asKey = verifyRate(accessToken, createSecretKey(Buffer.from(SECRET, 'utf8')));
    console.log('token check alone (jsonwebtoken.verify, HS256, one core):');
    console.log(`  secret as a string   ${Math.round(asString).toLocaleString('en')} /s`);
    console.log(
      `  secret as KeyObject  ${Math.round(asKey).toLocaleString('en')} /s  (${(asKey / asString).toFixed(1)}×)\n`,
    );

    // The rate limit stores, swapped on the guard's storage instance (the API starts with the PostgreSQL one).
    const storage = api.app.get<ThrottlerStorage>(getStorageToken());
    const memory = new ThrottlerStorageService();
    cleanups.unshift(async () => memory.onApplicationShutdown());
    const stores: [string, ThrottlerStorage['increment']][] = [
      ['in-memory (per process)', memory.increment.bind(memory)],
      ['PostgreSQL', storage.increment.bind(storage)],
    ];
    if (await redisAnswers(REDIS_URL)) {
      const redis = new RedisThrottlerStorage(REDIS_URL, `bench-auth-${process.pid}`);
      await redis.onModuleInit();
      cleanups.unshift(() => redis.onApplicationShutdown());
      stores.push(['Redis', redis.increment.bind(redis)]);
    } else {
      console.log(`Redis at ${REDIS_URL} does not answer: no Redis rows.\n`);
    }

    // The store alone: increments spread over 1,000 keys (users), 10 at a time, for 3 s each.
    console.log('rate limit store alone (increments over 1,000 keys, 10 concurrent):');
    for (const [name, increment] of stores) {
      const { perSecond, p99 } = await incrementRate(increment);
      console.log(
        `  ${name.padEnd(24)} ${Math.round(perSecond).toLocaleString('en').padStart(9)} /s  p99 ${p99.toFixed(2)} ms`,
      );
    }
    console.log('');

    const bareOk = await fetch(bareUrl, { headers: { authorization: `Bearer ${accessToken}` } });
    const apiOk = await fetch(`${apiUrl}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (bareOk.status !== 200 || apiOk.status !== 200) throw new Error(`bare ${bareOk.status}, API ${apiOk.status}`);
    console.log('| endpoint | rate limit store | c | req/s | p50 ms | p99 ms | of bare | of in-memory |');
    console.log('|---|---|---|---|---|---|---|---|');
    // A warm-up first (JIT, pools), then each store twice per concurrency, in turn and in reverse order: on a
    // shared machine the mean of the two evens out a neighbour's burst.
    await drive(`${apiUrl}/api/auth/me`, accessToken, 10, 3);
    for (const connections of [10, 50]) {
      const baseline = await drive(bareUrl, accessToken, connections);
      console.log(
        `| bare http + pg, same lookup | — | ${connections} | ${Math.round(baseline.rps)} | ${baseline.p50} | ${baseline.p99} | 100 % | |`,
      );
      const runs = new Map<string, Awaited<ReturnType<typeof drive>>[]>();
      for (const [name, increment] of [...stores, ...[...stores].reverse()]) {
        storage.increment = increment;
        runs.set(name, [...(runs.get(name) ?? []), await drive(`${apiUrl}/api/auth/me`, accessToken, connections)]);
      }
      const mean = (name: string, of: 'rps' | 'p50' | 'p99') =>
        (runs.get(name) ?? []).reduce((sum, r) => sum + r[of], 0) / 2;
      const inMemory = mean(stores[0][0], 'rps');
      for (const [name] of stores) {
        const rps = mean(name, 'rps');
        const share = (of: number) => `${Math.round((rps / of) * 100)} %`;
        console.log(
          `| GET /api/auth/me | ${name} | ${connections} | ${Math.round(rps)} | ${mean(name, 'p50')} | ${mean(name, 'p99')} | ${share(baseline.rps)} | ${share(inMemory)} |`,
        );
      }
    }
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => console.error(e));
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
