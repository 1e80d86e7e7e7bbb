import 'reflect-metadata';
import { ConfigError, loadConfig } from '@halt/api/config';
import { migrateUp } from '@halt/api/database';
import { migrateQueueStore } from '@halt/api/queue';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { startHealthServer } from './app/health-server';
import { WorkerModule } from './app/worker.module';

/**
 * The worker process (production-like mode): runs the BullMQ processors against DATABASE_URL and
 * REDIS_URL (or BullMQ's PostgreSQL backend). In embedded mode (`npm start`) the API process runs them
 * itself, so the portal stays one command.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.error(
      'Invalid configuration: DATABASE_URL is required for the worker (in embedded mode the API runs the workers)',
    );
    process.exit(1);
  }
  await migrateUp(databaseUrl);
  if (!config.redisUrl) await migrateQueueStore(databaseUrl);

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(); // SIGTERM: workers finish their active jobs, then connections close
  await app.init();

  const healthPort = Number(process.env['HEALTH_PORT'] ?? 0);
  if (healthPort > 0) {
    const server = startHealthServer(app, healthPort);
    process.once('SIGTERM', () => server.close());
  }
  app.get(Logger).log(`worker running (queue store: ${config.redisUrl ? 'Redis' : 'PostgreSQL'})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
