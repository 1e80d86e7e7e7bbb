// Serves the built portal as production runs it, for the first-day journey (apps/web-e2e/src/production/): NODE_ENV=production,
// SEED_DEMO=false, an empty database on a PostgreSQL server, secrets from the environment, e-mail over SMTP.
//
// - The database: a fresh one on the server of DATABASE_URL when set (dropped on exit), otherwise a throw-away
//   embedded PostgreSQL server started here — to the API it is just a server at a URL, as production requires.
// - E-mail: a real SMTP server in this process. What it receives is readable for the test at
//   http://127.0.0.1:<E2E_PORT + 1>/mail?to=<address> (JSON, newest last), like a developer mailbox.
// - The API reads nothing from this script but its environment. The test runs `create-admin` itself with the
//   same environment, which it reads from http://127.0.0.1:<E2E_PORT + 1>/env.
//
// Run with tools/testing/run-ts.mjs (the webServer of apps/web-e2e/playwright.production.config.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startSmtp } from '../../apps/api/src/testing/test-smtp';
import { serveApi } from '../../apps/web-e2e/src/support/serve-api.cjs';
import { startEmbeddedPostgres } from '@halt/api/database';

const root = join(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4320);
const cleanups: (() => Promise<unknown>)[] = [];

/** Quoted-printable soft line breaks and escapes undone, so links in a mail read whole. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function database(): Promise<string> {
  const base = process.env['DATABASE_URL'];
  if (base) {
    const name = `halt_e2e_prod_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const dir = mkdtempSync(join(tmpdir(), 'halt-e2e-prod-'));
  const server = await startEmbeddedPostgres({ dir, ephemeral: true });
  cleanups.push(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return server.url;
}

async function main(): Promise<void> {
  const smtp = await startSmtp();
  cleanups.push(() => smtp.close());
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    SEED_DEMO: 'false',
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: await database(),
    JWT_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Halt Preventieportaal <portaal@halt.example>',
    RUN_WORKERS: 'true',
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `e2eprod${Date.now().toString(36)}`,
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
  };

  const mailbox = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/env') return res.end(JSON.stringify(env));
    if (url.pathname === '/mail') {
      const to = (url.searchParams.get('to') ?? '').toLowerCase();
      return res.end(
        JSON.stringify(
          smtp.received
            .filter((m) => m.to.includes(to))
            .map((m) => ({ to: m.to, subject: m.subject, text: decodeQuotedPrintable(m.raw) })),
        ),
      );
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((done) => mailbox.listen(port + 1, '127.0.0.1', done));
  cleanups.push(() => new Promise((done) => mailbox.close(done)));

  serveApi(root, env, async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });
}

main().catch(async (err) => {
  console.error(err);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(1);
});
