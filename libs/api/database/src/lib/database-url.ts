import type { AppConfig } from '@halt/api/config';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Returns DATABASE_URL, or starts the embedded PGlite under DATA_DIR/pgdata and returns its local URL. */
export async function openDatabase(config: AppConfig): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const pg = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pgdata'), port: config.embeddedDbPort });
  return { url: pg.url, embedded: true, stop: () => pg.stop() };
}
