import { loadConfig } from '@halt/api/config';
import { UnitOfWork } from '@halt/api/database';
import { createTestDatabase, TestDatabase, testQueuePrefix } from '@halt/api/testing';
import type { AuthSessionDto } from '@halt/contracts';
import type { App } from 'supertest/types';
import request from 'supertest';
import { createApi, RunningApi } from '../app/bootstrap';
import { DEMO_PASSWORD } from '../app/demo/demo-data';

export interface TestApi {
  api: RunningApi;
  db: TestDatabase;
  http: () => ReturnType<typeof request>;
  /** Signs in a demo user and returns the session. */
  login(email: string, password?: string): Promise<AuthSessionDto>;
  /** Signs in and returns the `Authorization` header value. */
  bearer(email: string): Promise<string>;
  /**
   * Runs SQL as a test fixture (to move a session into the past, to try what the database itself refuses): in a
   * unit of work acting as the system job `test-fixture`, as every write to an audited table must.
   */
  fixture<T = unknown>(text: string, params?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real API on a fresh database of the run's PostgreSQL (the embedded one, or DATABASE_URL's) with the
 * demo data, the queue store of the environment (Redis when REDIS_URL is set) under a unique prefix.
 * `replicaOf`: a second replica of a running test API instead — the same database, Redis and prefix; its
 * `close()` leaves the database to the first.
 */
export async function startTestApi(env: Record<string, string> = {}, replicaOf?: TestApi): Promise<TestApi> {
  const db = replicaOf?.db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
    QUEUE_PREFIX: replicaOf?.api.config.queuePrefix ?? testQueuePrefix(),
    SEED_DEMO: 'true',
    // The small seed (organisations and users) the tests build on; a test may ask for the activity too.
    SEED_DEMO_ACTIVITY: 'false',
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const api = await createApi(config);
  await api.app.init();
  const server = api.app.getHttpServer() as App;
  const http = () => request(server);
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await http().post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as AuthSessionDto;
  };
  return {
    api,
    db,
    http,
    login,
    bearer: async (email) => `Bearer ${(await login(email)).accessToken}`,
    fixture: (text, params = []) =>
      api.app.get(UnitOfWork).run((m) => m.query(text, params), { actor: { kind: 'system', name: 'test-fixture' } }),
    async close() {
      await api.close();
      if (!replicaOf) await db.drop();
    },
  };
}
