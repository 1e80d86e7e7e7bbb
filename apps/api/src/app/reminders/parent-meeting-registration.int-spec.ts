import type { BookingRequestDto } from '@halt/contracts';
import { JOBS } from '@halt/api/queue';
import { MaintenanceProcessor } from '@halt/api/platform';
import type { Job } from 'bullmq';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

describe('parents register for the reminder of a parent meeting', () => {
  let t: TestApi;
  let smtp: SMTPServer;
  const received: { to: string[]; raw: string }[] = [];
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw: Buffer.concat(chunks).toString(),
          });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    t = await startTestApi({
      CLOCK_TODAY: TODAY,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?tls=off`,
      RUN_WORKERS: 'true',
      OUTBOX_RELAY_INTERVAL_MS: '100',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('takes only an e-mail address with consent, reminds the parent, and deletes the address after the meeting', async () => {
    const school = await t.bearer('contact@domstad.school.example');
    const admin = await t.bearer('beheer@halt.example');
    const offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(offerId, {
            parentMeeting: true,
            windows: [
              { from: '2026-09-15', to: '2026-09-30', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
            ],
          }),
        )
    ).body as BookingRequestDto;
    const meeting = r.sessions.find((s) => s.kind === 'parent_meeting');
    expect(meeting).toBeDefined();
    const [{ parent_token: token }] = await sql(`SELECT parent_token FROM session WHERE id = $1`, [meeting!.id]);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const page = await t.http().get(`/api/public/parent-meetings/${token}`);
    expect(page.status).toBe(200);
    expect(Object.keys(page.body).sort()).toEqual(['location', 'meetingLink', 'open', 'schoolName', 'start', 'title']);
    expect(page.body).toMatchObject({ schoolName: 'Stadscollege Domstad', open: true });
    expect((await t.http().get('/api/public/parent-meetings/abcdefghijklmnopqrstuvwxyz012345')).status).toBe(404);

    const noConsent = await t
      .http()
      .post(`/api/public/parent-meetings/${token}/registrations`)
      .send({ email: 'ouder@example.nl', consent: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors).toEqual([
      { field: 'consent', message: 'geef toestemming om uw e-mailadres voor deze herinnering te gebruiken' },
    ]);
    const badMail = await t
      .http()
      .post(`/api/public/parent-meetings/${token}/registrations`)
      .send({ email: 'geen-adres', consent: true });
    expect(badMail.body.errors).toEqual([{ field: 'email', message: 'vul een geldig e-mailadres in' }]);
    for (const email of ['ouder@example.nl', 'OUDER@example.nl']) {
      expect(
        (await t.http().post(`/api/public/parent-meetings/${token}/registrations`).send({ email, consent: true }))
          .status,
      ).toBe(201);
    }
    expect(await sql(`SELECT email FROM parent_registration`)).toHaveLength(1);

    // The 2-day reminder of the meeting goes to the parent as well: move it to "now" for the test.
    await t
      .http()
      .put('/api/reminder-rules/school_before_2d')
      .set('Authorization', admin)
      .send({ offsetAmount: 14, sendTime: '08:00', enabled: true });
    const planner = await t.bearer('planner.midden@halt.example');
    expect(
      (
        await t
          .http()
          .patch(`/api/sessions/${meeting!.id}/plan`)
          .set('Authorization', planner)
          .send({ date: '2026-09-15', time: '14:00' })
      ).status,
    ).toBe(200);
    const end = Date.now() + 15_000;
    while (!received.some((m) => m.to.includes('ouder@example.nl')) && Date.now() < end)
      await new Promise((res) => setTimeout(res, 100));
    expect(received.filter((m) => m.to.includes('ouder@example.nl'))).toHaveLength(1);

    // After the meeting the address is gone.
    await t.fixture(
      `UPDATE session SET planned_start = now() - interval '3 hours', planned_end = now() - interval '1 hour' WHERE id = $1`,
      [meeting!.id],
    );
    const purge = await t.api.app
      .get(MaintenanceProcessor)
      .process({ name: JOBS.maintenance.purgeParentRegistrations } as Job);
    expect(purge).toEqual({ purged: 1 });
    expect(await sql(`SELECT email FROM parent_registration`)).toEqual([]);
    expect(
      (
        await t
          .http()
          .post(`/api/public/parent-meetings/${token}/registrations`)
          .send({ email: 'laat@example.nl', consent: true })
      ).status,
    ).toBe(409);
  });
});
