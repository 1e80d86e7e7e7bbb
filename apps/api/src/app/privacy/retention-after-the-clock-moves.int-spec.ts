import { PortalClock } from '@halt/api/calendar';
import { MaintenanceScheduler } from '@halt/api/platform';
import { JOBS, QUEUES, QueueRegistry } from '@halt/api/queue';
import type { BookingRequestDto } from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * The retention job, run through the maintenance queue while the portal's clock moves forward: the audit trail's IP
 * addresses are cut after RETENTION_AUDIT_IP_DAYS, the contact details of finished requests pseudonymised after
 * RETENTION_CONTACT_MONTHS — and a request that is still running keeps its contact, however old. The message log's
 * recipients and texts are pseudonymised after RETENTION_MESSAGE_DAYS, in-app notifications deleted after
 * RETENTION_NOTIFICATION_DAYS (a real invitation mail and a real maatwerk notice, sent by the workers).
 */
describe('retention periods as the clock moves', () => {
  let t: TestApi;
  let ds: DataSource;
  let clock: PortalClock;
  let finished: string;
  let running: string;
  /** Days from the portal's (pinned) clock to the real time the rows below are written at. */
  let lag: number;

  beforeAll(async () => {
    t = await startTestApi({
      CLOCK_TODAY: TODAY,
      RUN_WORKERS: 'true',
      RETENTION_CONTACT_MONTHS: '6',
      RETENTION_AUDIT_IP_DAYS: '30',
      RETENTION_MESSAGE_DAYS: '120',
      RETENTION_NOTIFICATION_DAYS: '60',
      OUTBOX_RELAY_INTERVAL_MS: '100',
    });
    ds = t.api.app.get(DataSource);
    clock = t.api.app.get(PortalClock);
    lag = Math.max(0, Math.ceil((Date.now() - clock.now().getTime()) / 86_400_000));
    const school = await t.bearer('contact@domstad.school.example');
    const offerId = (await offerByCode(t, school, 'voorlichting-pesten')).id;
    const submit = async () => {
      const res = await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offerId));
      expect(res.status).toBe(201);
      return (res.body as BookingRequestDto).id;
    };
    finished = await submit();
    running = await submit();
    const cancelled = await t
      .http()
      .post(`/api/requests/${finished}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Toetsweek verschoven' });
    expect(cancelled.status).toBe(200);

    // A mail to a person (an invitation) and an in-app notification (a gemeente's maatwerk intake), both delivered
    // by the workers through the outbox.
    const admin = await t.bearer('beheer@halt.example');
    const schoolId = (await t.login('contact@domstad.school.example')).user.organisation.id;
    const invited = await t
      .http()
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: INVITED, name: 'Docent Retentie', role: 'school', schoolId });
    expect(invited.status).toBe(201);
    const gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    gemeenteUserId = (await t.login('beleid@utrecht.gemeente.example')).user.id;
    const question = await t.http().post('/api/maatwerk-questions').set('Authorization', gemeente).send({
      title: 'Overlast rond het winkelcentrum',
      situation: 'Groepjes jongeren zorgen na school voor overlast.',
      levels: ['vo-1-2'],
      ages: '12–14 jaar',
      groupCount: 1,
      participantCount: 25,
      urgency: 'within_month',
      preferredFrom: '2026-10-05',
      preferredTo: '2026-12-18',
      contact: { name: 'Sanne de Wit', email: 'jeugd@utrecht.gemeente.example' },
    });
    expect(question.status).toBe(201);
    const planned = await t
      .http()
      .post(`/api/maatwerk-questions/${question.body.id}/intake`)
      .set('Authorization', await t.bearer('planner.midden@halt.example'))
      .send({ startsAt: '2026-09-10T08:00:00.000Z', mode: 'online', link: 'https://meet.halt.example/mw' });
    expect(planned.status).toBe(200);
    const deadline = Date.now() + 20_000;
    while ((await delivered()) < 2) {
      if (Date.now() > deadline) throw new Error('the invitation and the maatwerk notice were not delivered');
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(() => t.close());

  const INVITED = 'docent.retentie@domstad.school.example';
  let gemeenteUserId: string;
  /** The invitation in the log (sent) plus the gemeente's notification. */
  const delivered = async () =>
    (
      await ds.query(
        `SELECT (SELECT count(*)::int FROM message_log WHERE recipient = $1 AND status = 'sent')
              + (SELECT count(*)::int FROM notification WHERE user_id = $2) AS n`,
        [INVITED, gemeenteUserId],
      )
    )[0].n as number;
  const NOTHING = { requests: 0, ipAddresses: 0, messages: 0, notifications: 0 };

  const runJob = async () => {
    const queue = t.api.app.get(QueueRegistry).queue(QUEUES.maintenance);
    const id = await t.api.app.get(MaintenanceScheduler).applyRetentionNow();
    const deadline = Date.now() + 20_000;
    for (;;) {
      const job = await queue.getJob(id!);
      const state = await job!.getState();
      if (state === 'completed') {
        // Read the job again: the one fetched before its state may have been taken while it was still running.
        const done = await queue.getJob(id!);
        expect(done!.name).toBe(JOBS.maintenance.applyRetention);
        return done!.returnvalue as typeof NOTHING;
      }
      if (state === 'failed' || Date.now() > deadline) throw new Error(`retention job ${state}: ${job!.failedReason}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const contact = async (id: string) =>
    (
      await ds.query(
        `SELECT contact_name, contact_email, contact_phone, contact_pseudonymised_at FROM booking_request WHERE id = $1`,
        [id],
      )
    )[0];
  const uncutIps = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE ip IS DISTINCT FROM audit_cut_ip(ip)`))[0].n;

  it('registers the daily retention scheduler', async () => {
    const schedulers = await t.api.app.get(QueueRegistry).queue(QUEUES.maintenance).getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain('apply-retention-daily');
  });

  it('changes nothing while the periods have not passed', async () => {
    clock.setOffsetDays(lag);
    expect(await uncutIps()).toBeGreaterThan(0);
    expect(await runJob()).toEqual(NOTHING);
    expect((await contact(finished)).contact_email).toBe('j.deboer@domstad.school.example');
    expect(await delivered()).toBe(2);
  });

  it('cuts the IP addresses after 30 days, and keeps the contacts until 6 months', async () => {
    clock.setOffsetDays(lag + 40);
    const before = await uncutIps();
    const outcome = await runJob();
    expect(outcome).toMatchObject({ requests: 0, messages: 0, notifications: 0 });
    expect(outcome.ipAddresses).toBe(before);
    expect(await uncutIps()).toBe(0);
    const ips: { ip: string }[] = await ds.query(`SELECT DISTINCT ip FROM audit_event WHERE ip IS NOT NULL`);
    expect(ips.length).toBeGreaterThan(0);
    for (const { ip } of ips) expect(ip).toMatch(/^\d+\.\d+\.\d+\.0$|::$/);
    expect((await contact(finished)).contact_email).toBe('j.deboer@domstad.school.example');
  });

  it('deletes the notifications after 60 days and keeps the messages until 120', async () => {
    clock.setOffsetDays(lag + 70);
    const notifications = (await ds.query(`SELECT count(*)::int AS n FROM notification`))[0].n;
    expect(notifications).toBeGreaterThan(0);
    expect(await runJob()).toEqual({ ...NOTHING, notifications });
    expect((await ds.query(`SELECT count(*)::int AS n FROM notification`))[0].n).toBe(0);
    const [mail] = await ds.query(`SELECT body_text, pseudonymised_at FROM message_log WHERE recipient = $1`, [INVITED]);
    expect(mail.body_text).toContain('Docent Retentie');
    expect(mail.pseudonymised_at).toBeNull();
  });

  it('pseudonymises the messages after 120 days: no recipient, no text, the proof it went out stays', async () => {
    clock.setOffsetDays(lag + 130);
    const logged = (await ds.query(`SELECT count(*)::int AS n FROM message_log WHERE status <> 'sending'`))[0].n;
    expect(logged).toBeGreaterThan(0);
    expect(await runJob()).toEqual({ ...NOTHING, messages: logged });
    expect((await ds.query(`SELECT count(*)::int AS n FROM message_log WHERE recipient = $1`, [INVITED]))[0].n).toBe(0);
    const rows = await ds.query(
      `SELECT DISTINCT recipient, body_text, error, idempotency_key LIKE 'pseudoniem/%' AS keyed,
              pseudonymised_at IS NOT NULL AS marked
         FROM message_log`,
    );
    expect(rows).toEqual([
      { recipient: 'geanonimiseerd@pseudoniem.invalid', body_text: '', error: null, keyed: true, marked: true },
    ]);
    const invitation = await ds.query(`SELECT kind, status, subject FROM message_log WHERE kind = 'account_invite'`);
    expect(invitation).toEqual([
      { kind: 'account_invite', status: 'sent', subject: 'Uitnodiging voor het Halt Preventieportaal' },
    ]);
    // The database refuses a pseudonymised row that still carries a text.
    await expect(t.fixture(`UPDATE message_log SET body_text = 'Beste Docent Retentie'`)).rejects.toThrow(
      /ck_message_log_pseudonymised/,
    );
  });

  it('pseudonymises the finished request after 6 months and leaves the running one alone', async () => {
    clock.setOffsetDays(lag + 200);
    const outcome = await runJob();
    expect(outcome.requests).toBe(1);
    const gone = await contact(finished);
    expect(gone).toMatchObject({
      contact_name: 'Geanonimiseerd',
      contact_email: 'geanonimiseerd@pseudoniem.invalid',
      contact_phone: null,
    });
    expect(gone.contact_pseudonymised_at).not.toBeNull();
    expect(await contact(running)).toMatchObject({
      contact_name: 'J. de Boer',
      contact_email: 'j.deboer@domstad.school.example',
      contact_phone: '030 123 45 67',
      contact_pseudonymised_at: null,
    });
    // The job recorded itself, and the request's change is on the trail (field names, never values).
    const events = await ds.query(
      `SELECT actor_kind, organisation, changed_fields FROM audit_event
        WHERE action = 'retention_applied' ORDER BY id`,
    );
    expect(events).toEqual([
      { actor_kind: 'system', organisation: 'retention', changed_fields: ['ip'] },
      { actor_kind: 'system', organisation: 'retention', changed_fields: ['notifications'] },
      { actor_kind: 'system', organisation: 'retention', changed_fields: ['messageRecipients'] },
      { actor_kind: 'system', organisation: 'retention', changed_fields: ['contactDetails'] },
    ]);
    const changed = await ds.query(
      `SELECT changed_fields FROM audit_event WHERE entity = 'BookingRequest' AND entity_id = $1 AND action = 'update'
        ORDER BY id DESC LIMIT 1`,
      [finished],
    );
    expect(changed[0].changed_fields).toEqual([
      'contactEmail',
      'contactName',
      'contactPhone',
      'contactPseudonymisedAt',
    ]);
    // A second run finds nothing left to do.
    expect(await runJob()).toEqual(NOTHING);
  });

  it('keeps the trail append-only outside the maintenance path, and narrow inside it', async () => {
    await expect(t.fixture(`UPDATE audit_event SET ip = NULL`)).rejects.toThrow(/append-only/);
    await expect(t.fixture(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(
      t.fixture(`SELECT set_config('halt.audit_maintenance', 'retention', true);
                 UPDATE audit_event SET entity = 'Other'`),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.fixture(`SELECT set_config('halt.audit_maintenance', 'retention', true);
                 UPDATE audit_event SET actor_email = 'verwijderd-000000000000@pseudoniem.invalid' WHERE actor_email IS NOT NULL`),
    ).rejects.toThrow(/append-only/);
  });
});
