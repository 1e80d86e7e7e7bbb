import { DataSource, type QueryRunner } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

/** When no database connection comes free in time the portal is busy, not broken: 503 with Retry-After. */
describe('a busy server', () => {
  let t: TestApi;
  let admin: string;
  let held: QueryRunner | undefined;
  beforeAll(async () => {
    t = await startTestApi({ DATABASE_POOL_SIZE: '1', DATABASE_POOL_WAIT_MS: '200' });
    admin = await t.bearer('beheer@halt.example');
  });
  afterAll(async () => {
    await held?.release();
    await t.close();
  });

  it('answers 503 with Retry-After while every connection is taken, and writes nothing', async () => {
    const before = (await t.http().get('/api/offers').set('Authorization', admin)).body.total;
    held = t.api.app.get(DataSource).createQueryRunner();
    await held.connect();
    await held.startTransaction(); // the pool's only connection is now in use

    const read = await t.http().get('/api/offers').set('Authorization', admin);
    expect([read.status, read.headers['retry-after'], read.body.error]).toEqual([503, '2', 'Service Unavailable']);
    expect(read.body.message).toBe('Het is nu erg druk. Probeer het over een paar seconden opnieuw.');
    const write = await t
      .http()
      .post('/api/offers')
      .set('Authorization', admin)
      .send({ code: 'voorlichting-drukte', type: 'voorlichting', title: 'Drukte', description: 'Een voorlichting.' });
    expect(write.status).toBe(503);

    await held.rollbackTransaction();
    await held.release();
    held = undefined;
    const after = await t.http().get('/api/offers').set('Authorization', admin);
    expect([after.status, after.body.total]).toEqual([200, before]);
  });
});
