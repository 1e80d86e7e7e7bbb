import { loadConfig } from '@halt/api/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createApi } from '../bootstrap';
import { DEMO_PASSWORD } from '../demo/demo-data';

/**
 * `npm start` without DATABASE_URL: the embedded PostgreSQL under DATA_DIR, BullMQ on its PostgreSQL backend, data
 * kept across restarts.
 */
describe('embedded mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'halt-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
    });
    expect(config.embedded).toBe(true);
    expect(config.runWorkers).toBe(true);
    const api = await createApi(config);
    await api.app.init();
    return { api, http: () => request(api.app.getHttpServer() as App) };
  };

  it('seeds on first start, keeps changes after a restart and does not seed twice', async () => {
    const first = await start();
    const health = await first.http().get('/api/health');
    expect(health.body.details.queue).toEqual({ status: 'up', store: 'postgres' });
    const login = await first
      .http()
      .post('/api/auth/login')
      .send({ email: 'contact@maaslands.school.example', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const schoolId = login.body.user.organisation.id;
    const patched = await first
      .http()
      .patch(`/api/schools/${schoolId}`)
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ dayStart: '08:00' });
    expect(patched.status).toBe(200);
    await first.api.close();

    const second = await start();
    try {
      const again = await second
        .http()
        .post('/api/auth/login')
        .send({ email: 'contact@maaslands.school.example', password: DEMO_PASSWORD });
      expect(again.status).toBe(200);
      const school = await second
        .http()
        .get(`/api/schools/${schoolId}`)
        .set('Authorization', `Bearer ${again.body.accessToken}`);
      expect(school.body.dayStart).toBe('08:00');
      const admin = await second
        .http()
        .post('/api/auth/login')
        .send({ email: 'beheer@halt.example', password: DEMO_PASSWORD });
      const users = await second.http().get('/api/users').set('Authorization', `Bearer ${admin.body.accessToken}`);
      expect(users.body.total).toBe(51);
    } finally {
      await second.api.close();
    }
  });
});
