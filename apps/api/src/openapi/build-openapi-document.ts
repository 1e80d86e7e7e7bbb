import { loadConfig } from '@halt/api/config';
import { API_PREFIX, createOpenApiDocument, type ResponseSchemas } from '@halt/api/platform';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app/app.module';

/**
 * The API's OpenAPI document, built from the app's modules without a database: Nest's preview mode registers
 * the modules and controllers but instantiates no provider, so nothing connects. The URL below is never opened.
 */
export async function buildOpenApiDocument(responses?: ResponseSchemas): Promise<OpenAPIObject> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/never-opened',
    RUN_WORKERS: 'false',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
  });
  const database = { url: config.databaseUrl as string, stop: async () => undefined };
  const app = await NestFactory.create(AppModule.forRoot({ config, database }), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX);
  try {
    return createOpenApiDocument(app, responses);
  } finally {
    await app.close();
  }
}
