import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
// Jest loads its global setup without the moduleNameMapper, so the @halt/* alias does not resolve here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../../database/src/lib/embedded-postgres';

declare global {
  // The server this run started (embedded mode), for the teardown in the same process.
  var haltTestServer: { server: EmbeddedPostgres; dir: string } | undefined;
}

/**
 * Without DATABASE_URL the integration tests start one embedded PostgreSQL for the whole run (a throw-away
 * cluster in a temporary folder) and hand its URL to the test files as DATABASE_URL; every test file then
 * makes a database of its own on it, exactly as on a PostgreSQL server given with DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const redis = process.env['REDIS_URL'];
  let db = process.env['DATABASE_URL'];
  if (!db) {
    const dir = mkdtempSync(join(tmpdir(), 'halt-int-'));
    const server = await startEmbeddedPostgres({ dir, ephemeral: true });
    globalThis.haltTestServer = { server, dir };
    process.env['DATABASE_URL'] = db = server.adminUrl;
  }
  console.log(
    `\nintegration tests: database ${globalThis.haltTestServer ? 'embedded PostgreSQL' : 'PostgreSQL'} (${new URL(db).host}), ` +
      `queue store ${redis ? `Redis (${new URL(redis).host}) and the PostgreSQL backend` : 'the PostgreSQL backend'}`,
  );
  const c = new Client({ connectionString: db, connectionTimeoutMillis: 5000 });
  await c.connect();
  await c.end();
}
