import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { BookingRequestDto } from '@halt/contracts';
import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

const root = join(__dirname, '../../../../..');

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 90_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stores = [
  { name: 'Redis', redisUrl: process.env['REDIS_URL'] ?? '', enabled: !!process.env['REDIS_URL'] },
  { name: 'the PostgreSQL backend', redisUrl: '', enabled: true },
];
const run = describe.each(stores.filter((s) => s.enabled));

run('a worker killed in the middle of a send, on $name', ({ redisUrl }) => {
  let t: TestApi;
  let smtp: SMTPServer;
  let worker: ChildProcess | undefined;
  let holdFirst = true;
  let heldOpen = false;
  const received: string[] = [];

  const startWorker = () => {
    const config = t.api.app.get<AppConfig>(APP_CONFIG);
    worker = spawn(process.execPath, [join(root, 'tools/testing/run-ts.mjs'), 'apps/worker/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: t.db.url,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: config.queuePrefix,
        SMTP_URL: config.smtpUrl,
        CLOCK_TODAY: TODAY,
        OUTBOX_RELAY_INTERVAL_MS: '200',
        REMINDER_RETRY_DELAY_MS: '100',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
      },
      stdio: 'ignore',
    });
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          if (holdFirst) {
            // The message is on the wire but not yet accepted: the worker is killed now.
            holdFirst = false;
            heldOpen = true;
            return; // never answer: the sender dies waiting
          }
          received.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    t = await startTestApi({
      CLOCK_TODAY: TODAY,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?tls=off`,
      RUN_WORKERS: 'false', // the separate worker process does the sending
      REDIS_URL: redisUrl,
    });
  }, 60_000);
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('retries the job after the crash and the recipient gets one message', async () => {
    const school = await t.bearer('contact@domstad.school.example');
    const planner = await t.bearer('planner.midden@halt.example');
    const offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(offerId, {
            groups: [{ name: '6A', level: 'vo-1-2', pupilCount: 25 }],
            windows: [
              { from: '2026-09-15', to: '2026-09-30', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
            ],
            contact: { name: 'J. de Boer', email: 'eenmaal@domstad.school.example' },
          }),
        )
    ).body as BookingRequestDto;
    // The 14-day reminder of a session on 15 September is due now (CLOCK_TODAY is 1 September).
    expect(
      (
        await t
          .http()
          .patch(`/api/sessions/${r.sessions[0].id}/plan`)
          .set('Authorization', planner)
          .send({ date: '2026-09-15', time: '09:00' })
      ).status,
    ).toBe(200);

    startWorker();
    await until('the send to start', () => heldOpen);
    worker?.kill('SIGKILL');
    await until('the worker to die', () => worker?.exitCode !== null || worker?.signalCode !== null);
    const sql = t.api.app.get(DataSource);
    const [half] = await sql.query(`SELECT status FROM message_log WHERE recipient = 'eenmaal@domstad.school.example'`);
    expect(half.status).toBe('sending'); // the crash left it unfinished

    // A new worker picks up the stalled job (its lock expires) and sends it; the recipient gets one message.
    startWorker();
    await until('the retry to deliver', () => received.includes('eenmaal@domstad.school.example'), 120_000);
    await new Promise((res) => setTimeout(res, 2_000));
    expect(received.filter((x) => x === 'eenmaal@domstad.school.example')).toHaveLength(1);
    const [done] = await sql.query(
      `SELECT status, attempts FROM message_log WHERE recipient = 'eenmaal@domstad.school.example'`,
    );
    expect(done).toEqual({ status: 'sent', attempts: 1 });
  }, 180_000);
});
