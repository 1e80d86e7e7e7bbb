import type { BookingRequestDto, MessageLogDto } from '@halt/contracts';
import { QueueRegistry, QUEUES } from '@halt/api/queue';
import { ReminderDeliveryService } from '@halt/api/reminders';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { startSmtp, until } from '../../testing/test-smtp';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

const stores = [
  { name: 'Redis', env: {} as Record<string, string>, enabled: !!process.env['REDIS_URL'] },
  { name: 'the PostgreSQL backend', env: { REDIS_URL: '' } as Record<string, string>, enabled: true },
];

describe.each(stores.filter((s) => s.enabled))('reminders through the outbox, on $name', ({ env }) => {
  let t: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let school: string;
  let planner: string;
  let admin: string;
  let offerId: string;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApi({
      CLOCK_TODAY: TODAY, // Tuesday 1 September 2026, noon
      SMTP_URL: smtp.url,
      RUN_WORKERS: 'true',
      OUTBOX_RELAY_INTERVAL_MS: '100',
      REMINDER_RETRY_DELAY_MS: '100',
      ...env,
    });
    school = await t.bearer('contact@domstad.school.example');
    planner = await t.bearer('planner.midden@halt.example');
    admin = await t.bearer('beheer@halt.example');
    offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A request for one class, in the two weeks from 15 September (the lead time's first day). */
  const submit = async (contactEmail: string, className = '1A') => {
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offerId, {
          groups: [{ name: className, level: 'vo-1-2', pupilCount: 25 }],
          windows: [
            { from: '2026-09-15', to: '2026-09-30', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
          ],
          contact: { name: 'J. de Boer', email: contactEmail },
        }),
      );
    expect(res.status).toBe(201);
    return res.body as BookingRequestDto;
  };
  const plan = async (sessionId: string, date: string, time: string) => {
    const res = await t
      .http()
      .patch(`/api/sessions/${sessionId}/plan`)
      .set('Authorization', planner)
      .send({ date, time });
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
  };
  const jobs = (sessionId: string) =>
    sql(`SELECT job_id, kind, version, due_at, state FROM reminder_job WHERE session_id = $1 ORDER BY kind, version`, [
      sessionId,
    ]) as Promise<{ job_id: string; kind: string; version: number; due_at: Date; state: string }[]>;
  const queue = () => t.api.app.get(QueueRegistry).queue(QUEUES.reminders);
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email.toLowerCase()));

  it('planning a session schedules its reminders; one that is due goes out once, in Dutch, with the calendar file', async () => {
    const r = await submit('planning@domstad.school.example');
    await plan(r.sessions[0].id, '2026-09-15', '09:00');
    const scheduled = await until('reminder jobs', async () => {
      const rows = await jobs(r.sessions[0].id);
      return rows.length >= 3 && rows;
    });
    expect(scheduled.map((j) => j.kind)).toEqual(['planner_staff_lost', 'school_before_14d', 'school_before_2d']);
    expect(scheduled.every((j) => !j.job_id.includes(':'))).toBe(true);
    // Two days before is Sunday 13 September: no sends on Sundays, so Monday 07:30 (05:30 UTC in summer time).
    expect(new Date(scheduled.find((j) => j.kind === 'school_before_2d')!.due_at).toISOString()).toBe(
      '2026-09-14T05:30:00.000Z',
    );
    const two = await queue().getJob(scheduled.find((j) => j.kind === 'school_before_2d')!.job_id);
    expect(two?.data).toEqual({ sessionId: r.sessions[0].id, kind: 'school_before_2d', version: expect.any(Number) });

    // 14 days before was this morning 08:00: four hours late, within the grace period, so it goes now.
    const [mail] = await until(
      'the 14-day reminder',
      async () => mailTo('planning@domstad.school.example').length > 0 && mailTo('planning@domstad.school.example'),
    );
    expect(mail.subject).toContain('Over twee weken');
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=halt-AV-2026-\d+\.ics/);
    const ics = Buffer.from(
      /filename=halt-AV-2026-\d+\.ics\s+([A-Za-z0-9+/=\s]+?)\s+----/.exec(mail.raw)?.[1] ?? '',
      'base64',
    ).toString();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`UID:sessie-${r.sessions[0].id}@halt-preventieportaal`);
    await new Promise((r2) => setTimeout(r2, 500));
    expect(mailTo('planning@domstad.school.example')).toHaveLength(1);
    const log = (await t.http().get('/api/message-log?recipient=planning@').set('Authorization', admin)).body
      .items as MessageLogDto[];
    expect(log).toEqual([
      expect.objectContaining({ status: 'sent', transport: 'smtp', attempts: 1, kind: 'school_before_14d' }),
    ]);
    const page = (
      await t.http().get('/api/message-log?recipient=planning@&pageSize=1&page=2').set('Authorization', admin)
    ).body;
    expect(page).toEqual({ items: [], total: 1, page: 2, pageSize: 1 });
  });

  it('the day after a delivered lesson the school contact gets the evaluation request with the teacher link and the class code', async () => {
    const r = await submit('evaluatie@domstad.school.example', '5F');
    const id = r.sessions[0].id;
    await plan(id, '2026-09-15', '09:00');
    // The lesson is on Tuesday 15 September and reported at noon: the request is due Wednesday 08:00.
    await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 14 }).expect(200);
    try {
      const delivered = await t
        .http()
        .post(`/api/sessions/${id}/deliver`)
        .set('Authorization', planner)
        .send({ pupilsReached: 24 });
      expect(delivered.status).toBe(200);
      const job = await until('the evaluation job', async () =>
        (await jobs(id)).find((j) => j.kind === 'evaluation_day_after' && j.state === 'scheduled'),
      );
      expect(new Date(job.due_at).toISOString()).toBe('2026-09-16T06:00:00.000Z');
      // Wednesday: the job comes due and the worker hands it to delivery.
      await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 15 }).expect(200);
      await t.api.app
        .get(ReminderDeliveryService)
        .deliver(job.job_id, { sessionId: id, kind: 'evaluation_day_after', version: job.version });
      // The lesson's other reminders (two weeks before was today) may reach the same contact as well.
      const mail = await until('the evaluation request', async () =>
        mailTo('evaluatie@domstad.school.example').find((m) => m.subject.includes('Uw mening in twee minuten')),
      );
      const [code] = await sql(`SELECT code, teacher_token FROM evaluation_code WHERE session_id = $1`, [id]);
      const text = mail.raw.replace(/=\r?\n/g, '');
      expect(text).toContain(`/evaluatie/docent/${code.teacher_token}`);
      expect(text).toContain(`klascode ${code.code.slice(0, 4)} ${code.code.slice(4)}`);
      expect(text).toContain(`/evaluatie/${code.code}`);
    } finally {
      await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 0 }).expect(200);
    }
  });

  it('moving a session reschedules its reminders (the old ones never arrive); cancelling removes them', async () => {
    const r = await submit('verplaatst@domstad.school.example');
    await plan(r.sessions[0].id, '2026-09-29', '09:00');
    const before = await until('first schedule', async () => {
      const rows = (await jobs(r.sessions[0].id)).filter((j) => j.state === 'scheduled');
      return rows.length >= 2 && rows;
    });
    await plan(r.sessions[0].id, '2026-09-30', '11:00');
    const after = await until('reschedule', async () => {
      const rows = await jobs(r.sessions[0].id);
      const removed = rows.filter((j) => j.state === 'removed');
      return removed.length === before.length && rows;
    });
    for (const old of before) expect(await queue().getJob(old.job_id)).toBeUndefined();
    const current = after.filter((j) => j.state === 'scheduled');
    expect(current.length).toBeGreaterThanOrEqual(2);
    expect(new Set(current.map((j) => j.version)).size).toBe(1);
    expect(current[0].version).toBeGreaterThan(before[0].version);

    const cancelled = await t
      .http()
      .post(`/api/requests/${r.id}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Excursie' });
    expect(cancelled.status).toBe(200);
    await until('removal', async () => (await jobs(r.sessions[0].id)).every((j) => j.state !== 'scheduled'));
    for (const j of current) expect(await queue().getJob(j.job_id)).toBeUndefined();
    expect(mailTo('verplaatst@domstad.school.example')).toEqual([]);
  });

  it('retries with backoff while the mail server refuses, then delivers once; after the last attempt the failure is in the log', async () => {
    smtp.refuse.set('later@domstad.school.example', 2);
    smtp.refuse.set('nooit@domstad.school.example', Infinity);
    const a = await submit('later@domstad.school.example', '2B');
    const b = await submit('nooit@domstad.school.example', '2C');
    await plan(a.sessions[0].id, '2026-09-15', '11:00');
    await plan(b.sessions[0].id, '2026-09-15', '13:00');
    await until('delivery after two refusals', async () => mailTo('later@domstad.school.example').length === 1);
    const [later] = (await t.http().get('/api/message-log?recipient=later@').set('Authorization', admin)).body
      .items as MessageLogDto[];
    expect(later).toMatchObject({ status: 'sent', attempts: 3, error: null });

    const failed = await until(
      'the last attempt',
      async () => {
        const [row] = (await t.http().get('/api/message-log?recipient=nooit@').set('Authorization', admin)).body
          .items as MessageLogDto[];
        return row?.attempts === 6 && row;
      },
      30_000,
    );
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('451') });
    expect(mailTo('nooit@domstad.school.example')).toEqual([]);
    const job = await queue().getJob(
      (await jobs(b.sessions[0].id)).find((j) => j.kind === 'school_before_14d')!.job_id,
    );
    expect(await job?.getState()).toBe('failed'); // failed jobs stay visible
  }, 45_000);

  it('a reminder due at 23:00 is scheduled for 07:30 the next morning', async () => {
    const rule = await t
      .http()
      .put('/api/reminder-rules/school_before_2d')
      .set('Authorization', admin)
      .send({ offsetAmount: 2, sendTime: '23:00', enabled: true });
    expect(rule.status).toBe(200);
    try {
      const r = await submit('nacht@domstad.school.example', '3A');
      await plan(r.sessions[0].id, '2026-09-24', '09:00'); // Thursday: two days before is Tuesday 22 September, 23:00
      const row = await until('schedule', async () =>
        (await jobs(r.sessions[0].id)).find((j) => j.kind === 'school_before_2d'),
      );
      expect(new Date(row.due_at).toISOString()).toBe('2026-09-23T05:30:00.000Z'); // Wednesday 07:30 in Amsterdam
    } finally {
      await t
        .http()
        .put('/api/reminder-rules/school_before_2d')
        .set('Authorization', admin)
        .send({ offsetAmount: 2, sendTime: '08:00', enabled: true });
    }
  });

  it('tells the planners when a request is still unplanned 10 school days before its first window', async () => {
    // A request whose first window starts in exactly 10 school days: the escalation is due (and sent) now.
    const r = await submit('escalatie@domstad.school.example', '4E');
    const planners = await until('the escalation', async () => {
      const got = smtp.received.filter((m) => m.subject.includes(`Nog niet ingepland: ${r.reference}`));
      return got.length > 0 && got;
    });
    expect(planners.flatMap((m) => m.to)).toEqual(['planner.midden@halt.example']);
    await until('the job to be done', async () => {
      const [job] = await sql(`SELECT state FROM reminder_job WHERE request_id = $1`, [r.id]);
      return job?.state === 'done';
    });
    const bell = await t.http().get('/api/notifications').set('Authorization', planner);
    expect(bell.body.unread).toBeGreaterThan(0);
    expect(bell.body.items[0]).toMatchObject({
      kind: 'planner_unplanned_escalation',
      link: `/planner/aanvragen/${r.id}`,
    });
    // The planner's home counts it as escalated, and the inbox filter lists it.
    const today = (await t.http().get('/api/planner/today').set('Authorization', planner)).body;
    const escalated = (await t.http().get('/api/requests?attention=escalated').set('Authorization', planner)).body;
    expect(escalated.items.map((x: { id: string }) => x.id)).toContain(r.id);
    expect(today.escalations).toBe(escalated.total);
  });

  it('sends the planners a daily digest on working days (registered for 07:30, Monday to Friday), once per day', async () => {
    const schedulers = await queue().getJobSchedulers();
    expect(schedulers.map((x) => [x.key ?? x.id, x.pattern])).toContainEqual(['planner-daily-digest', '30 7 * * 1-5']);
    const delivery = t.api.app.get(ReminderDeliveryService);
    const first = await delivery.dailyDigest();
    expect(first.sent).toBeGreaterThan(0);
    const digest = await until('the digest', async () => {
      const got = smtp.received.filter((m) => m.subject.startsWith('Dagoverzicht 2026-09-01'));
      return got.length > 0 && got;
    });
    expect(digest.flatMap((m) => m.to)).toContain('planner.midden@halt.example');
    await delivery.dailyDigest(); // a repeat the same day sends nothing new
    expect(
      smtp.received.filter(
        (m) => m.subject.startsWith('Dagoverzicht 2026-09-01') && m.to.includes('planner.midden@halt.example'),
      ),
    ).toHaveLength(1);
  });

  it('keeps reminder rules and the message log for admins only, and job data free of personal data', async () => {
    expect((await t.http().get('/api/reminder-rules').set('Authorization', planner)).status).toBe(403);
    expect((await t.http().get('/api/message-log').set('Authorization', school)).status).toBe(403);
    const bad = await t
      .http()
      .put('/api/reminder-rules/school_before_2d')
      .set('Authorization', admin)
      .send({ offsetAmount: 99, sendTime: '25:00', enabled: 'ja' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'enabled',
      'offsetAmount',
      'sendTime',
    ]);
    const all = await queue().getJobs(['delayed', 'waiting', 'completed', 'failed']);
    for (const j of all.filter((x) => x.name !== 'planner-daily-digest')) {
      expect([
        ['kind', 'sessionId', 'version'],
        ['kind', 'requestId', 'version'],
      ]).toContainEqual(Object.keys(j.data).sort());
    }
  });
});
