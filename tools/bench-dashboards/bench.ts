import { loadConfig } from '@halt/api/config';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/app/bootstrap';
import { DEMO_ADMIN, DEMO_PASSWORD } from '../../apps/api/src/app/demo/demo-data';
import {
  FIRST_SCHOOL_YEAR,
  generate,
  type GenerateOptions,
  generationReport,
  parseGenerateOptions,
  SCHOOL_YEARS,
} from './generate';
import {
  countRows,
  fmt,
  fmtBytes,
  type LatencyStats,
  type Period,
  PERIOD_KINDS,
  type PeriodKind,
  periodMix,
  summarise,
} from './stats';

/**
 * Response times of the dashboard endpoints on three school years of data (see README.md): a fresh database,
 * the real API in-process (createApi, demo seed, no workers), generate.ts, then sequential HTTP requests over
 * a mix of periods per endpoint, next to a `SELECT 1` through the API's own DataSource.
 */

type Role = 'admin' | 'gemeente' | 'school';

interface Endpoint {
  name: string;
  role: Role;
  url: (p: Period) => string;
  /** An endpoint that exists already, to check the harness against (and to compare with). */
  reference?: boolean;
}

const range = (p: Period) => `from=${p.from}&to=${p.to}`;
const yearOf = (p: Period) => p.from.slice(0, 4);

/** The endpoints measured, in this order. A 404 is reported as "missing". */
const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/dashboards/halt', role: 'admin', url: (p) => `/api/dashboards/halt?${range(p)}` },
  {
    name: 'GET /api/dashboards/halt/months.csv',
    role: 'admin',
    url: (p) => `/api/dashboards/halt/months.csv?${range(p)}`,
  },
  { name: 'GET /api/dashboards/gemeente', role: 'gemeente', url: (p) => `/api/dashboards/gemeente?${range(p)}` },
  { name: 'GET /api/dashboards/school', role: 'school', url: (p) => `/api/dashboards/school?${range(p)}` },
  { name: 'GET /api/trends?q=vapen', role: 'admin', url: (p) => `/api/trends?${range(p)}&q=vapen` },
  { name: 'GET /api/trends', role: 'admin', url: (p) => `/api/trends?${range(p)}` },
  {
    name: 'GET /api/package-orders/results?year=',
    role: 'gemeente',
    url: (p) => `/api/package-orders/results?year=${yearOf(p)}`,
    reference: true,
  },
  {
    name: 'GET /api/package-orders/results?year=',
    role: 'admin',
    url: (p) => `/api/package-orders/results?year=${yearOf(p)}`,
    reference: true,
  },
  { name: 'GET /api/requests', role: 'school', url: () => `/api/requests`, reference: true },
];

/** An HTTP round trip through the same stack with almost no database work (guard + one user lookup). */
const HTTP_BASELINE: Endpoint = { name: 'GET /api/auth/me', role: 'admin', url: () => '/api/auth/me' };

const P95_TARGET_MS = 300;

interface Options {
  iterations: number;
  warmup: number;
  keep: boolean;
  databaseUrl?: string;
  generateOnly: boolean;
  pgUrl: string;
  only: string[];
  emails: Record<Role, string>;
  generator: Partial<GenerateOptions>;
}

const HELP = `Usage: npm run bench:dashboards -- [options]
  --iterations N        timed requests per endpoint (default 100), after --warmup N (default 5)
  --keep                keep the scratch database (its URL is printed)
  --database-url URL    use this database, already generated: no generation, not dropped
  --generate-only       create and fill a database, keep it, print its URL and stop
                        (with --database-url: generate into that database)
  --pg-url URL          server for the scratch database; default $BENCH_PG_URL, $DATABASE_URL or
                        postgres://postgres@127.0.0.1:5432/postgres
  --only TEXT           only endpoints whose name contains TEXT (repeatable)
  --admin-email E       default ${DEMO_ADMIN.email}
  --gemeente-email E    default beleid@amsterdam.gemeente.example
  --school-email E      default contact@amstellyceum.school.example
Generator: --seed N, --sessions N (45000), --responses N (1000000), --schools N (1500), --unplanned N (300).
Redis: REDIS_URL from the environment when set (else BullMQ's PostgreSQL backend in the scratch database).`;

function parseOptions(argv: string[]): Options {
  const { options: generator, rest } = parseGenerateOptions(argv);
  const opts: Options = {
    iterations: 100,
    warmup: 5,
    keep: false,
    generateOnly: false,
    pgUrl: process.env['BENCH_PG_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    only: [],
    emails: {
      admin: DEMO_ADMIN.email,
      gemeente: 'beleid@amsterdam.gemeente.example',
      school: 'contact@amstellyceum.school.example',
    },
    generator,
  };
  const whole = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, got ${value}`);
    return n;
  };
  const text = (flag: string, value: string | undefined) => {
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    return value;
  };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    switch (flag) {
      case '--iterations':
        opts.iterations = whole(flag, rest[++i], 1);
        break;
      case '--warmup':
        opts.warmup = whole(flag, rest[++i], 1);
        break;
      case '--keep':
        opts.keep = true;
        break;
      case '--database-url':
        opts.databaseUrl = text(flag, rest[++i]);
        break;
      case '--generate-only':
        opts.generateOnly = true;
        break;
      case '--pg-url':
        opts.pgUrl = text(flag, rest[++i]);
        break;
      case '--only':
        opts.only.push(text(flag, rest[++i]));
        break;
      case '--admin-email':
        opts.emails.admin = text(flag, rest[++i]);
        break;
      case '--gemeente-email':
        opts.emails.gemeente = text(flag, rest[++i]);
        break;
      case '--school-email':
        opts.emails.school = text(flag, rest[++i]);
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
// Clean-up, however the run ends (also on Ctrl-C), last registered first.

const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    const step = cleanups.pop()!;
    await Promise.race([
      step.run(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60_000).unref()),
    ]).catch((err) => console.error(`cleanup: ${step.what}: ${err instanceof Error ? err.message : err}`));
  }
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Deletes this run's BullMQ keys (`<prefix>:*`) from Redis. */
async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

interface Sample {
  status: number;
  ms: number;
  bytes: number;
  rows: number;
  body: string;
}

async function call(base: string, path: string, token: string | null): Promise<Sample> {
  const t0 = performance.now();
  const res = await fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await res.text();
  const ms = performance.now() - t0;
  return {
    status: res.status,
    ms,
    bytes: Buffer.byteLength(body),
    rows: res.ok ? countRows(res.headers.get('content-type') ?? '', body) : 0,
    body,
  };
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) {
    throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(body)}`);
  }
  return body.accessToken;
}

interface EndpointResult {
  endpoint: Endpoint;
  /** `ok`, `missing` (404), or `error <status>`. */
  outcome: string;
  detail: string;
  stats: LatencyStats | null;
  perKind: Partial<Record<PeriodKind, LatencyStats>>;
  rows: number;
  bytes: number;
  errors: number;
}

async function measure(
  base: string,
  endpoint: Endpoint,
  token: string,
  periods: Period[],
  warmup: number,
): Promise<EndpointResult> {
  const result: EndpointResult = {
    endpoint,
    outcome: 'ok',
    detail: '',
    stats: null,
    perKind: {},
    rows: NaN,
    bytes: NaN,
    errors: 0,
  };
  const warm = periodMix(warmup, FIRST_SCHOOL_YEAR, SCHOOL_YEARS);
  for (const p of warm) {
    const s = await call(base, endpoint.url(p), token);
    if (s.status === 404) {
      return { ...result, outcome: 'missing', detail: s.body.slice(0, 120) };
    }
    if (s.status >= 400) {
      return { ...result, outcome: `error ${s.status}`, detail: s.body.slice(0, 200) };
    }
  }
  const samples: (Sample & { kind: PeriodKind })[] = [];
  for (const p of periods) {
    const s = await call(base, endpoint.url(p), token);
    if (s.status >= 400) result.errors++;
    samples.push({ ...s, body: '', kind: p.kind });
  }
  const ok = samples.filter((s) => s.status < 400);
  result.stats = summarise(ok.map((s) => s.ms));
  for (const kind of PERIOD_KINDS) {
    const of = ok.filter((s) => s.kind === kind);
    if (of.length) result.perKind[kind] = summarise(of.map((s) => s.ms));
  }
  result.rows = summarise(ok.map((s) => s.rows)).p50;
  result.bytes = summarise(ok.map((s) => s.bytes)).p50;
  if (result.errors) result.detail = `${result.errors} of ${samples.length} requests failed`;
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const ms = (n: number) => fmt(n, n < 10 ? 2 : 1);

function resultsTable(results: EndpointResult[], baseline: LatencyStats, http: LatencyStats | null): string {
  const lines = [
    `| Endpoint | Role | n | p50 ms | p95 ms | max ms | rows (median) | bytes (median) | p95 < ${P95_TARGET_MS} ms | ` +
      `p95 ÷ SELECT 1 p95 | p95 ÷ HTTP p95 |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const r of results) {
    const name = r.endpoint.reference ? `${r.endpoint.name} (existing, for comparison)` : r.endpoint.name;
    if (!r.stats) {
      lines.push(`| ${name} | ${r.endpoint.role} | – | – | – | – | – | – | ${r.outcome} | – | – |`);
      continue;
    }
    const s = r.stats;
    const verdict = (s.p95 < P95_TARGET_MS ? 'yes' : 'NO') + (r.errors ? ` (${r.errors} errors)` : '');
    lines.push(
      `| ${name} | ${r.endpoint.role} | ${s.n} | ${ms(s.p50)} | **${ms(s.p95)}** | ${ms(s.max)} | ${fmt(r.rows)} | ` +
        `${fmtBytes(r.bytes)} | ${verdict} | ${fmt(s.p95 / baseline.p95, 0)}× | ` +
        `${http ? `${fmt(s.p95 / http.p95, 1)}×` : '–'} |`,
    );
  }
  return lines.join('\n');
}

function perKindTable(results: EndpointResult[]): string {
  const measured = results.filter((r) => r.stats);
  if (!measured.length) return '';
  return [
    '| Endpoint | Role | ' + PERIOD_KINDS.map((k) => `${k} p50 / p95 ms`).join(' | ') + ' |',
    '| --- | --- |' + PERIOD_KINDS.map(() => ' ---: |').join(''),
    ...measured.map(
      (r) =>
        `| ${r.endpoint.name} | ${r.endpoint.role} | ` +
        PERIOD_KINDS.map((k) => {
          const s = r.perKind[k];
          return s ? `${ms(s.p50)} / ${ms(s.p95)}` : '–';
        }).join(' | ') +
        ' |',
    ),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

  // 1. The database: a scratch one (dropped at the end unless kept), or the one given.
  let url: string;
  let database: string;
  let generateNow: boolean;
  if (opts.databaseUrl) {
    url = opts.databaseUrl;
    database = new URL(url).pathname.slice(1);
    generateNow = opts.generateOnly;
  } else {
    database = `bench_dashboards_${stamp}_${process.pid}`;
    await withClient(opts.pgUrl, (c) => c.query(`CREATE DATABASE "${database}"`));
    const u = new URL(opts.pgUrl);
    u.pathname = `/${database}`;
    url = u.toString();
    generateNow = true;
    if (!opts.keep && !opts.generateOnly) {
      cleanups.push({
        what: `drop database ${database}`,
        run: () => withClient(opts.pgUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)),
      });
    }
  }
  console.log(`bench:dashboards — database ${database}`);

  // 2. The real API in-process: migrations, queue store, demo seed; no workers, no logs.
  let t = performance.now();
  const prefix = `bench-dash-${stamp.slice(2)}-${process.pid}`;
  const redisUrl = process.env['REDIS_URL'];
  if (redisUrl) {
    // The scheduler registers its repeatable jobs at boot: remove this run's keys once the API is closed.
    cleanups.push({ what: `delete Redis keys ${prefix}:*`, run: () => deleteRedisKeys(redisUrl, prefix) });
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    QUEUE_PREFIX: prefix,
    SEED_DEMO: 'true',
    SEED_DEMO_ACTIVITY: 'false', // the generator below fills the database
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    WEB_DIST: '/nonexistent',
  });
  const api = await createApi(config);
  cleanups.push({ what: 'close the API', run: () => api.close() });
  console.log(`API started (migrations, demo seed) in ${fmt((performance.now() - t) / 1000, 1)} s`);

  // 3. The data.
  let generation = '';
  if (generateNow) {
    console.log('generating…');
    const result = await generate(url, { ...opts.generator, log: (line) => console.log(line) });
    generation = generationReport(result);
    console.log(`\n${generation}\n`);
  }
  if (opts.generateOnly) {
    await cleanUp();
    console.log(`Generated database kept: ${url}\nMeasure it with: npm run bench:dashboards -- --database-url ${url}`);
    return;
  }
  const ds = api.app.get(DataSource);
  const [data] = (await ds.query(
    `SELECT (SELECT count(*)::int FROM session WHERE status = 'delivered') AS sessions,
            (SELECT count(*)::int FROM evaluation_response) AS responses,
            (SELECT count(*)::int FROM school) AS schools,
            (SELECT count(*)::int FROM evaluation_trend) AS trends,
            (SELECT count(*)::int FROM session se JOIN booking_request r ON r.id = se.request_id
               JOIN school s ON s.id = r.school_id JOIN app_user u ON u.municipality_id = s.municipality_id
              WHERE se.status = 'delivered' AND lower(u.email) = lower($1)) AS gemeente_sessions,
            (SELECT count(*)::int FROM session se JOIN booking_request r ON r.id = se.request_id
               JOIN app_user u ON u.school_id = r.school_id
              WHERE se.status = 'delivered' AND lower(u.email) = lower($2)) AS school_sessions`,
    [opts.emails.gemeente, opts.emails.school],
  )) as {
    sessions: number;
    responses: number;
    schools: number;
    trends: number;
    gemeente_sessions: number;
    school_sessions: number;
  }[];
  if (data.responses === 0) console.warn('warning: the database has no evaluation answers (generate it first)');

  // 4. Listen on a free port and sign in.
  await api.app.listen(0, '127.0.0.1');
  const port = (api.app.getHttpServer().address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const tokens: Record<Role, string> = {
    admin: await login(base, opts.emails.admin),
    gemeente: await login(base, opts.emails.gemeente),
    school: await login(base, opts.emails.school),
  };

  // 5. Baselines: SELECT 1 through the API's DataSource, and an HTTP round trip with almost no database work.
  for (let i = 0; i < 50; i++) await ds.query('SELECT 1');
  const selectOne: number[] = [];
  for (let i = 0; i < Math.max(1000, opts.iterations); i++) {
    t = performance.now();
    await ds.query('SELECT 1');
    selectOne.push(performance.now() - t);
  }
  const baseline = summarise(selectOne);
  const httpBaseline = await measure(
    base,
    HTTP_BASELINE,
    tokens.admin,
    periodMix(Math.max(200, opts.iterations), FIRST_SCHOOL_YEAR, SCHOOL_YEARS),
    20,
  );

  // 6. The endpoints, one after the other, each over the same mix of periods.
  const periods = periodMix(opts.iterations, FIRST_SCHOOL_YEAR, SCHOOL_YEARS);
  const endpoints = opts.only.length
    ? ENDPOINTS.filter((e) => opts.only.some((o) => `${e.name} ${e.role}`.includes(o)))
    : ENDPOINTS;
  const results: EndpointResult[] = [];
  for (const endpoint of endpoints) {
    t = performance.now();
    const r = await measure(base, endpoint, tokens[endpoint.role], periods, opts.warmup);
    results.push(r);
    const summary = r.stats ? `p50 ${ms(r.stats.p50)} ms, p95 ${ms(r.stats.p95)} ms` : r.outcome;
    console.log(
      `${endpoint.name} (${endpoint.role}): ${summary}${r.detail ? ` — ${r.detail}` : ''} ` +
        `[${fmt((performance.now() - t) / 1000, 1)} s]`,
    );
  }

  const [{ server_version: pgVersion }] = (await ds.query('SHOW server_version')) as { server_version: string }[];
  const missing = results.filter((r) => r.outcome === 'missing').map((r) => r.endpoint.name);
  const kinds = PERIOD_KINDS.map((k) => `${periods.filter((p) => p.kind === k).length} ${k}`).join(', ');
  await cleanUp();

  console.log(
    [
      '',
      `## Dashboard endpoints — ${fmt(data.sessions)} delivered sessions, ${fmt(data.responses)} evaluation answers, ` +
        `${fmt(data.schools)} schools, ${fmt(data.trends)} trend answers`,
      '',
      `Node ${process.version}, PostgreSQL ${pgVersion}, ${cpus().length} CPUs; queue store ` +
        `${config.redisUrl ? 'Redis' : 'PostgreSQL'}; database ${database} ` +
        `${opts.databaseUrl ? '(given)' : opts.keep ? `kept: ${url}` : 'dropped'}; ` +
        `total ${fmt((performance.now() - started) / 1000, 1)} s.`,
      `Sequential requests over HTTP (keep-alive) to the API in this process: ${opts.warmup} warm-up + ` +
        `${opts.iterations} timed per endpoint, periods ${kinds}. ` +
        `Users: ${opts.emails.admin} (admin), ${opts.emails.gemeente} (gemeente, ${fmt(data.gemeente_sessions)} ` +
        `delivered sessions in its municipality), ${opts.emails.school} (school, ${fmt(data.school_sessions)} sessions).`,
      '',
      `Baseline: \`SELECT 1\` through the API's DataSource: p50 ${ms(baseline.p50)} ms, p95 ${ms(baseline.p95)} ms ` +
        `(n ${baseline.n}). HTTP round trip ${HTTP_BASELINE.name}: ` +
        (httpBaseline.stats
          ? `p50 ${ms(httpBaseline.stats.p50)} ms, p95 ${ms(httpBaseline.stats.p95)} ms.`
          : `${httpBaseline.outcome}.`),
      '',
      resultsTable(results, baseline, httpBaseline.stats),
      '',
      '### p50 / p95 per kind of period',
      '',
      perKindTable(results),
      ...(missing.length ? ['', `Missing (404): ${missing.join(', ')}.`] : []),
      ...(generation ? ['', '### Generated data', '', generation] : []),
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
