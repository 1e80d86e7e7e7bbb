import type { AppConfig } from '@halt/api/config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  /** Stops the embedded server when this process started one; nothing for DATABASE_URL. */
  stop(): Promise<void>;
}

/** Returns DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR and returns its local URL. */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<DatabaseRuntime> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const pg = await startEmbeddedPostgres({
    dir: config.dataDir,
    port: config.embeddedDbPort,
    runAsUser: config.embeddedDbUser,
    detached: true,
    log,
  });
  return { url: pg.url, stop: () => pg.stop() };
}
