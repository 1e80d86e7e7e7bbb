// Serves the built portal for the browser tests on a fresh database: a new database on the PostgreSQL server
// of DATABASE_URL when set (dropped on exit), otherwise the embedded PostgreSQL in a fresh data directory — the
// mode `npm start` runs in. The API is started from another working directory, without WEB_DIST.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import serveApiModule from './serve-api.cjs';

const { serveApi } = serveApiModule;

const root = new URL('../../../..', import.meta.url).pathname;
const base = process.env.DATABASE_URL;
const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: process.env.E2E_PORT ?? '4310',
  SEED_DEMO: 'true',
  // The journeys start from the small seed (organisations and users), not from a lived-in school year.
  SEED_DEMO_ACTIVITY: 'false',
  // One process serves the pages and runs the BullMQ workers (auto-planner runs), as in embedded mode.
  RUN_WORKERS: 'true',
  LOG_LEVEL: 'warn',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  QUEUE_PREFIX: `e2e${Date.now().toString(36)}`,
};
// No WEB_DIST, and another working directory: the built API finds the web app built beside it on its own.
delete env.WEB_DIST;
let cleanup = async () => undefined;

if (base) {
  const name = `halt_e2e_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'halt-e2e-'));
  env.DATA_DIR = dir;
  delete env.DATABASE_URL;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

serveApi(root, env, cleanup);
