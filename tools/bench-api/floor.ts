/**
 * The framework's floor under `GET /api/auth/me` (issue 18: `/me` at ≥ 50 % of a bare handler): the same request
 * (an HS256 bearer token verified with a KeyObject, one prepared user lookup, the row as JSON) answered by three
 * servers in one process, driven alternately by autocannon at the same concurrency:
 *
 * - **bare**: `http.createServer` and `pg`, nothing else;
 * - **nest-express**: a NestJS app with one global guard doing that work and a controller returning the row, on
 *   `@nestjs/platform-express` (the API's adapter);
 * - **nest-fastify**: the same module on `@nestjs/platform-fastify`.
 *
 * No middleware, validation, logging or rate limit: what is left is what the adapter and Nest's router cost, so
 * "of bare" for nest-express is the best the API can reach on Express however lean its own code.
 *
 *   npm run bench:floor                      # scratch database on --pg-url, 6 s per run, 2 rounds, c=10
 *   npm run bench:floor -- --seconds 10 --rounds 3 --connections 50
 */
import 'reflect-metadata';
import { type CanActivate, Controller, type ExecutionContext, Get, Injectable, Module, Req } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { type Drive, drive } from '../testing/bench-http';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help')) {
  console.log('npm run bench:floor -- [--pg-url URL] [--seconds 6] [--rounds 2] [--connections 10]');
  process.exit(0);
}
const PG_URL = option('pg-url', process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const SECONDS = Number(option('seconds', '6'));
const ROUNDS = Number(option('rounds', '2'));
const CONNECTIONS = Number(option('connections', '10'));
const USERS = 1000;

const key = createSecretKey(Buffer.from(randomUUID() + randomUUID()));
const LOOKUP = `SELECT id, email, name, role, language FROM app_user WHERE id = $1 AND active`;

let pool: pg.Pool;

/** The work of every request: the token, then the user by a prepared statement (as the API's `preparedRead`). */
async function currentUser(authorization: string | undefined): Promise<unknown> {
  const claims = jwt.verify((authorization ?? '').slice('Bearer '.length), key, { algorithms: ['HS256'] });
  const { rows } = await pool.query({ name: 'floor-user', text: LOOKUP, values: [(claims as { sub: string }).sub] });
  return rows[0];
}

@Injectable()
class UserGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string>; user?: unknown }>();
    req.user = await currentUser(req.headers['authorization']);
    return req.user !== undefined;
  }
}

@Controller('api/auth')
class MeController {
  @Get('me')
  me(@Req() req: { user: unknown }): unknown {
    return req.user;
  }
}

@Module({ controllers: [MeController], providers: [{ provide: APP_GUARD, useClass: UserGuard }] })
class FloorModule {}

const meUrl = (port: number) => `http://127.0.0.1:${port}/api/auth/me`;

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const database = `bench_floor_${Date.now()}_${process.pid}`;
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  // The scratch database is dropped WITH (FORCE) at the end: an idle connection it ends is no failure.
  pool.on('error', () => undefined);
  const servers: { close(): Promise<unknown> }[] = [];
  try {
    await pool.query(`CREATE TABLE app_user (id uuid PRIMARY KEY, email text NOT NULL, name text NOT NULL,
      role text NOT NULL, language text NOT NULL, active boolean NOT NULL)`);
    await pool.query(`INSERT INTO app_user SELECT gen_random_uuid(), 'user' || i || '@school.example', 'Gebruiker ' || i,
      'school', 'nl', true FROM generate_series(1, ${USERS}) i`);
    await pool.query('VACUUM (ANALYZE) app_user');
    const [{ id }] = (await pool.query(`SELECT id FROM app_user ORDER BY email LIMIT 1 OFFSET ${USERS / 2}`)).rows;
    const token = jwt.sign({ sub: id }, key, { algorithm: 'HS256', expiresIn: 3600 });

    const bare = http.createServer((req, res) => {
      currentUser(req.headers.authorization).then(
        (user) => {
          const body = JSON.stringify(user);
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        () => res.writeHead(401).end(),
      );
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise((resolve) => bare.close(resolve)) });
    const onExpress = await NestFactory.create(FloorModule, { logger: false });
    await onExpress.listen(0, '127.0.0.1');
    servers.push(onExpress);
    const onFastify = await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false });
    await onFastify.listen(0, '127.0.0.1');
    servers.push(onFastify);

    const ports = {
      bare: (bare.address() as AddressInfo).port,
      'nest-express': (onExpress.getHttpServer().address() as AddressInfo).port,
      'nest-fastify': (onFastify.getHttpServer().address() as AddressInfo).port,
    };
    const runs: Record<keyof typeof ports, Drive[]> = { bare: [], 'nest-express': [], 'nest-fastify': [] };
    // Warm-up: the JIT and the prepared statements.
    for (const port of Object.values(ports)) await drive(meUrl(port), token, CONNECTIONS, SECONDS);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, port] of Object.entries(ports))
        runs[name as keyof typeof ports].push(await drive(meUrl(port), token, CONNECTIONS, SECONDS));
    }

    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      return Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)];
    };
    const bareRps = median(runs.bare.map((r) => r.rps));
    console.log(`\nbench:floor — GET /api/auth/me, c=${CONNECTIONS}, ${ROUNDS} × ${SECONDS} s each, alternating\n`);
    console.log('| server | req/s (median; each run) | p50 ms | p99 ms | of bare |');
    console.log('|---|---|---|---|---|');
    for (const [name, figures] of Object.entries(runs)) {
      const rps = median(figures.map((r) => r.rps));
      const each = figures.map((r) => Math.round(r.rps).toLocaleString('en')).join(' / ');
      console.log(
        `| ${name} | ${Math.round(rps).toLocaleString('en')} (${each}) | ${median(figures.map((r) => r.p50))} | ` +
          `${median(figures.map((r) => r.p99))} | ${Math.round((100 * rps) / bareRps)} % |`,
      );
    }
  } finally {
    for (const server of servers) await server.close();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
