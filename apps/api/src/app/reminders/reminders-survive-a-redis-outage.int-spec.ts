import type { BookingRequestDto } from '@halt/contracts';
import { QueueRegistry, QUEUES } from '@halt/api/queue';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

const hasRedisServer = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A redis-server of this test's own (no persistence, like the CI one), so stopping it disturbs nobody else. */
function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 60_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const run = hasRedisServer ? describe : describe.skip;

run('reminders survive Redis being down for 30 seconds', () => {
  let t: TestApi;
  let redis: ChildProcess;
  let redisPort: number;
  let smtp: SMTPServer;
  const received: string[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = startRedis(redisPort);
    await until('redis', () => {
      try {
        return execFileSync('redis-cli', ['-p', String(redisPort), 'ping'])
          .toString()
          .includes('PONG');
      } catch {
        return false;
      }
    });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          received.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    t = await startTestApi({
      CLOCK_TODAY: TODAY,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?tls=off`,
      RUN_WORKERS: 'true',
      OUTBOX_RELAY_INTERVAL_MS: '200',
      REMINDER_RECONCILE_INTERVAL_MS: '1000',
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    redis?.kill('SIGKILL');
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('delivers every reminder exactly once after Redis returns — those planned before (lost with its memory) and during the outage', async () => {
    const admin = await t.bearer('beheer@halt.example');
    const school = await t.bearer('contact@domstad.school.example');
    const planner = await t.bearer('planner.midden@halt.example');
    const offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
    // The 14-day reminder goes out at 12:01, one minute after the pinned "now" (noon): it waits in Redis.
    expect(
      (
        await t
          .http()
          .put('/api/reminder-rules/school_before_14d')
          .set('Authorization', admin)
          .send({ offsetAmount: 14, sendTime: '12:01', enabled: true })
      ).status,
    ).toBe(200);
    const planFor = async (email: string, name: string) => {
      const r = (
        await t
          .http()
          .post('/api/requests')
          .set('Authorization', school)
          .send(
            onlineSafetyRequest(offerId, {
              groups: [{ name, level: 'vo-1-2', pupilCount: 25 }],
              windows: [
                { from: '2026-09-15', to: '2026-09-30', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
              ],
              contact: { name: 'J. de Boer', email },
            }),
          )
      ).body as BookingRequestDto;
      const planned = await t
        .http()
        .patch(`/api/sessions/${r.sessions[0].id}/plan`)
        .set('Authorization', planner)
        .send({ date: '2026-09-15', time: '09:00' });
      expect(planned.status).toBe(200);
      return r;
    };

    await planFor('voor@domstad.school.example', '5A');
    const queue = t.api.app.get(QueueRegistry).queue(QUEUES.reminders);
    await until('the job in Redis', async () => (await queue.getJobCounts('delayed')).delayed > 0);

    // Redis goes away (and with it, without persistence, every job it held) for 30 seconds.
    execFileSync('redis-cli', ['-p', String(redisPort), 'shutdown', 'nosave']);
    await until('redis down', () => redis.exitCode !== null || redis.signalCode !== null, 10_000);
    const during = planFor('tijdens@domstad.school.example', '5B'); // the API keeps working: the outbox holds it
    await during;
    await new Promise((r) => setTimeout(r, 30_000));
    redis = startRedis(redisPort);

    await until(
      'both reminders',
      () => received.includes('voor@domstad.school.example') && received.includes('tijdens@domstad.school.example'),
      120_000,
    );
    await new Promise((r) => setTimeout(r, 2_000));
    expect(received.filter((x) => x === 'voor@domstad.school.example')).toHaveLength(1);
    expect(received.filter((x) => x === 'tijdens@domstad.school.example')).toHaveLength(1);
  }, 200_000);
});
