import { JOBS, QUEUES, QueueRegistry } from '@halt/api/queue';
import { MaintenanceScheduler } from '@halt/api/platform';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

const stores: [string, Record<string, string>][] = [['PostgreSQL backend', { REDIS_URL: '' }]];
if (process.env['REDIS_URL']) stores.push(['Redis', { REDIS_URL: process.env['REDIS_URL'] }]);

describe.each(stores)('maintenance jobs on the %s', (_name, env) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ ...env, RUN_WORKERS: 'true' });
  });
  afterAll(() => t.close());

  it('registers the daily scheduler and a worker purges expired sessions', async () => {
    const queues = t.api.app.get(QueueRegistry);
    const queue = queues.queue(QUEUES.maintenance);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain('purge-expired-sessions-daily');

    const ds = t.api.app.get(DataSource);
    const session = await t.login('beheer@halt.example');
    // A sign-in of last month that expired three days ago: its session and its refresh token go.
    await ds.query(
      `WITH s AS (INSERT INTO auth_session (user_id, created_at, last_used_at, expires_at)
                  VALUES ($1, now() - interval '30 days', now() - interval '10 days', now() - interval '3 days')
                  RETURNING id)
       INSERT INTO refresh_token (user_id, session_id, token_hash, expires_at)
       SELECT $1, id, 'expired-token-hash', now() - interval '3 days' FROM s`,
      [session.user.id],
    );
    const before = await ds.query(`SELECT count(*)::int AS n FROM refresh_token`);
    const sessionsBefore = await ds.query(`SELECT count(*)::int AS n FROM auth_session`);

    const jobId = await t.api.app.get(MaintenanceScheduler).purgeNow();
    const job = await queue.getJob(jobId!);
    expect(job?.name).toBe(JOBS.maintenance.purgeExpiredSessions);
    const deadline = Date.now() + 20_000;
    let state = await job!.getState();
    while (state !== 'completed' && state !== 'failed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      state = await job!.getState();
    }
    expect(state).toBe('completed');
    const done = await queue.getJob(jobId!);
    expect(done?.returnvalue).toEqual({ purged: 2 });
    const after = await ds.query(`SELECT count(*)::int AS n FROM refresh_token`);
    expect(after[0].n).toBe(before[0].n - 1);
    const sessionsAfter = await ds.query(`SELECT count(*)::int AS n FROM auth_session`);
    expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n - 1);
  });
});
