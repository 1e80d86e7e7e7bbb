import { loadConfig } from '@halt/api/config';
import { preparedStatementName } from '@halt/api/database';
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { createApi } from '../../apps/api/src/app/bootstrap';
import { DEMO_ADMIN } from '../../apps/api/src/app/demo/demo-data';
import { generate } from '../bench-dashboards/generate';
import { drive, signIn } from '../testing/bench-http';
import { addSpecialists } from './specialists';

/**
 * `npm run bench:api` (see README.md): the API's main endpoints on three generated school years, each next to a
 * bare `http` + `pg` handler in the same process that verifies the same token and runs the very statements the
 * API ran for that request (captured from TypeORM), then answers their rows as JSON. So "of bare" is what the
 * framework, the mapping and the JSON cost on top of the SQL; the absolute p99s are checked against the targets.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const flag = (name: string) => args.includes(`--${name}`);
if (flag('help')) {
  console.log(`Usage: npm run bench:api -- [options]
  --seconds N          per autocannon run (default 10)
  --connections LIST   default 10,50
  --only TEXT          only endpoints whose name contains TEXT
  --pg-url URL         server for the scratch database (default $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --database-url URL   a database made before (e.g. npm run bench:dashboards -- --generate-only): not generated, not dropped
  --keep               keep the scratch database
  --specialists N      specialists in the planner's region (default 200)
  --dump-sql FILE      write the captured statements per endpoint as JSON
  --plain-bare         the bare handler sends every statement unnamed (the issue's baseline), also where the API
                       runs it as a prepared statement`);
  process.exit(0);
}
const SECONDS = Number(option('seconds', '10'));
const CONNECTIONS = option('connections', '10,50').split(',').map(Number);
/** The bare handler sends every statement unnamed, as the issue's baseline did, even where the API prepares it. */
const PLAIN_BARE = flag('plain-bare');
const ONLY = option('only', '');
const PG_URL = option('pg-url', process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const GIVEN_DB = option('database-url', '');
const SPECIALISTS = Number(option('specialists', '200'));
const SECRET = 'bench-api-secret-of-at-least-32-characters-long';
const REGION = 'Zuid-Holland en Zeeland';
const USERS = {
  planner: 'planner.zuidwest@halt.example',
  gemeente: 'beleid@rotterdam.gemeente.example',
  admin: DEMO_ADMIN.email,
} as const;
type Role = keyof typeof USERS | 'school';

interface Target {
  p99AtC10?: number;
  /** Share of the bare handler's req/s, at every concurrency. */
  ofBare?: number;
}
interface Endpoint {
  name: string;
  role: Role;
  path: string;
  target: Target;
  /** A list: at most 50 items a page, with a total. */
  list?: boolean;
}
/** A statement the API sent; `name` when it ran it as a named prepared statement (`preparedRead`). */
interface Statement {
  query: string;
  parameters: unknown[];
  name?: string;
}
interface Captured {
  endpoint: Endpoint;
  statements: Statement[];
  skipped: number;
  bytes: number;
  items?: number;
  total?: number;
}

/** Records every statement TypeORM sends while `work` runs (nothing else runs: no workers, one request). */
async function capture(dataSource: DataSource, work: () => Promise<void>) {
  const statements: Statement[] = [];
  const original = dataSource.logger;
  const recorder: Logger = {
    logQuery: (query, parameters) =>
      void statements.push({ query, parameters: parameters ?? [], name: preparedStatementName(query) }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(dataSource, { logger: recorder });
  try {
    await work();
  } finally {
    Object.assign(dataSource, { logger: original });
  }
  return statements;
}

/** Reads (SELECT / WITH) are replayed; a passing write of the request (a session's last use) is not. */
const isRead = (query: string) => /^\s*(SELECT|WITH)\b/i.test(query);

function bareHandler(pool: Pool, captured: Captured[]): Server {
  const key = createSecretKey(Buffer.from(SECRET, 'utf8'));
  return createServer((req, res) => {
    const index = Number(/^\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
    const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
    const entry = captured[index];
    try {
      if (!entry || !match) throw new Error('no');
      jwt.verify(match[1], key, { algorithms: ['HS256'] });
    } catch {
      res.writeHead(401).end();
      return;
    }
    (async () => {
      const client = await pool.connect();
      try {
        const results: unknown[] = [];
        for (const s of entry.statements) {
          const { rows } = await client.query(
            s.name && !PLAIN_BARE
              ? { name: s.name, text: s.query, values: s.parameters }
              : { text: s.query, values: s.parameters },
          );
          results.push(rows);
        }
        return results;
      } finally {
        client.release();
      }
    })().then(
      (results) =>
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(results)),
      () => res.writeHead(500).end(),
    );
  });
}

/** The ids the endpoints need: the school with most requests in the region, its latest request, a session to staff. */
async function pickSubjects(url: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const [school] = (
      await c.query(
        `SELECT u.email, (SELECT r.id FROM booking_request r WHERE r.school_id = s.id ORDER BY r.created_at DESC LIMIT 1) AS request_id
           FROM app_user u JOIN school s ON s.id = u.school_id JOIN municipality m ON m.id = s.municipality_id
           JOIN region rg ON rg.id = m.region_id
          WHERE u.role = 'school' AND u.active AND rg.name = $1
          ORDER BY (SELECT count(*) FROM booking_request r WHERE r.school_id = s.id) DESC, u.email LIMIT 1`,
        [REGION],
      )
    ).rows;
    const [session] = (
      await c.query(
        `SELECT se.id, w.from_date::text AS day
           FROM session se JOIN booking_request r ON r.id = se.request_id JOIN school s ON s.id = r.school_id
           JOIN municipality m ON m.id = s.municipality_id JOIN region rg ON rg.id = m.region_id
           JOIN LATERAL (SELECT d::date AS from_date FROM booking_window bw,
                                generate_series(bw.from_date, bw.to_date, interval '1 day') d
                          WHERE bw.request_id = r.id AND bw.superseded_at IS NULL AND extract(isodow FROM d) < 6
                          ORDER BY d LIMIT 1) w ON true
          WHERE r.status = 'submitted' AND se.planned_start IS NULL AND rg.name = $1 AND se.staff_needed = 1
          ORDER BY r.submitted_at, se.sequence LIMIT 1`,
        [REGION],
      )
    ).rows;
    const [year] = (await c.query(`SELECT max(delivered_on) AS last FROM session`)).rows;
    if (!school?.request_id || !session) throw new Error('the database has no generated requests (run the generator)');
    const last = new Date(year.last);
    const from = `${last.getUTCMonth() >= 7 ? last.getUTCFullYear() : last.getUTCFullYear() - 1}-08-01`;
    const to = `${Number(from.slice(0, 4)) + 1}-07-31`;
    return { schoolEmail: school.email as string, requestId: school.request_id as string, session, from, to };
  } finally {
    await c.end();
  }
}

const fmtMs = (n: number) => `${n}`;
const pct = (n: number) => `${Math.round(n * 100)} %`;

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  let url = GIVEN_DB;
  if (!url) {
    const database = `bench_api_${Date.now()}_${process.pid}`;
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const u = new URL(PG_URL);
    u.pathname = `/${database}`;
    url = u.toString();
    cleanups.push(async () => {
      if (flag('keep')) console.log(`\nkept: ${url}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    });
  }
  try {
    const api = await createApi(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url,
        SEED_DEMO: 'true',
        SEED_DEMO_ACTIVITY: 'false',
        RUN_WORKERS: 'false',
        LOG_LEVEL: 'silent',
        JWT_SECRET: SECRET,
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
        RATE_LIMIT_PER_MINUTE: '10000000',
        QUEUE_PREFIX: `bench-api-${process.pid}`,
        // Queues and the rate-limit counters on Redis when REDIS_URL is set (as in production), else on PostgreSQL.
        ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
        WEB_DIST: '/nonexistent',
      }),
    );
    cleanups.unshift(() => api.close());
    const dataSource = api.app.get(DataSource);
    let [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM session`);
    if (n < 1000) {
      console.log('generating three school years (bench-dashboards generator) …');
      await generate(url, { log: () => undefined });
      [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM session`);
    }
    const specialists = await addSpecialists(url, REGION, SPECIALISTS);
    // What autovacuum does on a production server (the test server runs without it): without it the generator's
    // updates leave dead rows behind, and no index answers a read on its own (the visibility map is empty).
    await dataSource.query('VACUUM (ANALYZE)');
    await api.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    const s = await pickSubjects(url);
    const tokens: Record<Role, string> = {
      planner: await signIn(base, USERS.planner),
      gemeente: await signIn(base, USERS.gemeente),
      admin: await signIn(base, USERS.admin),
      school: await signIn(base, s.schoolEmail),
    };
    const all: Endpoint[] = [
      { name: 'GET /api/auth/me', role: 'school', path: '/api/auth/me', target: { ofBare: 0.5 } },
      { name: 'GET /api/offers', role: 'school', path: '/api/offers', target: { ofBare: 0.5 }, list: true },
      {
        name: 'planner inbox GET /api/requests?status=submitted',
        role: 'planner',
        path: '/api/requests?status=submitted',
        target: { p99AtC10: 50 },
        list: true,
      },
      { name: "school's own GET /api/requests", role: 'school', path: '/api/requests', target: {}, list: true },
      {
        name: 'request detail GET /api/requests/:id',
        role: 'school',
        path: `/api/requests/${s.requestId}`,
        target: {},
      },
      {
        name: 'GET /api/dashboards/gemeente (a school year)',
        role: 'gemeente',
        path: `/api/dashboards/gemeente?from=${s.from}&to=${s.to}`,
        target: { p99AtC10: 300 },
      },
      {
        name: `candidates GET /api/sessions/:id/candidates (${specialists} specialists)`,
        role: 'planner',
        path: `/api/sessions/${s.session.id}/candidates?date=${s.session.day}&time=10:00`,
        target: { p99AtC10: 200 },
      },
    ];
    const endpoints = all.filter((e) => e.name.includes(ONLY));

    const captured: Captured[] = [];
    for (const endpoint of endpoints) {
      const get = () =>
        fetch(`${base}${endpoint.path}`, { headers: { authorization: `Bearer ${tokens[endpoint.role]}` } });
      const first = await get();
      if (!first.ok) throw new Error(`${endpoint.name}: ${first.status} ${await first.text()}`);
      let body = '';
      const statements = await capture(dataSource, async () => {
        body = await (await get()).text();
      });
      const json = JSON.parse(body);
      const items = Array.isArray(json) ? json.length : Array.isArray(json?.items) ? json.items.length : undefined;
      captured.push({
        endpoint,
        statements: statements.filter((x) => isRead(x.query)),
        skipped: statements.filter((x) => !isRead(x.query)).length,
        bytes: Buffer.byteLength(body),
        items,
        total: Array.isArray(json) ? undefined : json?.total,
      });
    }

    const dump = option('dump-sql', '');
    if (dump) writeFileSync(dump, JSON.stringify(captured, null, 1));
    const pool = new Pool({ connectionString: url, max: 10 });
    cleanups.unshift(() => pool.end());
    const bare = bareHandler(pool, captured);
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    cleanups.unshift(() => new Promise((resolve) => bare.close(resolve)));
    const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

    console.log(
      `\nbench:api — ${SECONDS} s per run, ${n.toLocaleString('en')} sessions, ${specialists} specialists in ${REGION}, ` +
        `rate-limit counters and queues on ${process.env['REDIS_URL'] ? 'Redis' : 'PostgreSQL'}\n`,
    );
    console.log('| endpoint | statements | body | items/page (total) |');
    console.log('|---|---|---|---|');
    for (const c of captured) {
      const page = c.items === undefined ? '–' : `${c.items}${c.total === undefined ? ' (no total)' : ` (${c.total})`}`;
      console.log(
        `| ${c.endpoint.name} | ${c.statements.length}${c.skipped ? ` (+${c.skipped} write)` : ''} | ${(c.bytes / 1024).toFixed(1)} kB | ${page} |`,
      );
    }
    console.log(
      '\n| endpoint | c | API req/s | p50 ms | p99 ms | bare req/s | bare p50 | bare p99 | of bare | target | met |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    const misses: string[] = [];
    captured.forEach((c) => {
      if (c.endpoint.list && (c.items === undefined || c.items > 50 || c.total === undefined)) {
        misses.push(`${c.endpoint.name}: not paged (≤ 50 items with a total)`);
      }
    });
    for (const [i, c] of captured.entries()) {
      for (const connections of CONNECTIONS) {
        const token = tokens[c.endpoint.role];
        const b = await drive(`${bareBase}/${i}`, token, connections, SECONDS);
        const a = await drive(`${base}${c.endpoint.path}`, token, connections, SECONDS);
        const share = a.rps / b.rps;
        const t = c.endpoint.target;
        const goals: string[] = [];
        let met = true;
        if (t.p99AtC10 !== undefined && connections === 10) {
          goals.push(`p99 ≤ ${t.p99AtC10} ms`);
          met &&= a.p99 <= t.p99AtC10;
        }
        if (t.ofBare !== undefined) {
          goals.push(`≥ ${pct(t.ofBare)} of bare`);
          met &&= share >= t.ofBare;
        }
        if (goals.length && !met) misses.push(`${c.endpoint.name} at c=${connections}: ${goals.join(', ')}`);
        console.log(
          `| ${c.endpoint.name} | ${connections} | ${Math.round(a.rps)} | ${fmtMs(a.p50)} | ${fmtMs(a.p99)} | ${Math.round(b.rps)} | ${fmtMs(b.p50)} | ${fmtMs(b.p99)} | ${pct(share)} | ${goals.join(', ') || '–'} | ${goals.length ? (met ? 'yes' : 'NO') : '–'} |`,
        );
      }
    }
    console.log(misses.length ? `\nmissed:\n- ${misses.join('\n- ')}` : '\nevery target met');
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
