import { type AppConfig, ConfigError, loadConfig } from '@halt/api/config';
import { migrateUp, openDatabase } from '@halt/api/database';
import { configureApp } from '@halt/api/platform';
import { migrateQueueStore } from '@halt/api/queue';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { DemoActivitySeedService } from './demo/demo-activity-seed.service';
import { DemoSeedService } from './demo/demo-seed.service';

export interface RunningApi {
  app: INestApplication;
  config: AppConfig;
  databaseUrl: string;
  /** Closes the app (workers finish their jobs, queues and the pool close), then the embedded database. */
  close(): Promise<void>;
}

/** Loads the configuration or ends the process with one line that names the bad variable. */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

/**
 * Opens the database (starting the embedded PostgreSQL when DATABASE_URL is absent), applies migrations,
 * prepares the queue store, builds the Nest app and seeds the demo data when enabled. Does not listen.
 */
export async function createApi(config: AppConfig, log?: (line: string) => void): Promise<RunningApi> {
  const database = await openDatabase(config, log);
  try {
    await migrateUp(database.url);
    if (!config.redisUrl) await migrateQueueStore(database.url);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, database }), {
      bufferLogs: true,
    });
    configureApp(app, config);
    if (config.seedDemo) await app.get(DemoSeedService).seed();
    if (config.seedDemoActivity) await app.get(DemoActivitySeedService).seed();
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= app
        .close()
        .catch((e) => console.error(e))
        .then(() => database.stop()));
    return { app, config, databaseUrl: database.url, close };
  } catch (e) {
    await database.stop();
    throw e;
  }
}
