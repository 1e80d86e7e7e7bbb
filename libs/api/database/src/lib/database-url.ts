import type { AppConfig } from '@halt/api/config';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  /**
   * True when the database is PGlite (one session behind a socket): started here in embedded mode, or
   * reached through DATABASE_URL (tests). Notifications then do not cross connections.
   */
  embedded: boolean;
  stop(): Promise<void>;
}

async function isPglite(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return /PGlite/i.test(rows[0]?.version ?? '');
  } finally {
    await client.end();
  }
}

/** Returns DATABASE_URL, or starts the embedded PGlite under DATA_DIR/pgdata and returns its local URL. */
export async function openDatabase(config: AppConfig): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: await isPglite(config.databaseUrl), stop: async () => undefined };
  }
  const pg = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pgdata'), port: config.embeddedDbPort });
  return { url: pg.url, embedded: true, stop: () => pg.stop() };
}
