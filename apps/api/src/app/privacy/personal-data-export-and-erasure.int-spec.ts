import type { BookingRequestDto, PersonalDataExportDto } from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

const ME = 'contact@domstad.school.example';

/** A person's data for download (JSON, CSV) and erasure on request: who may, what is in it, what is left after. */
describe('personal data: export and erasure', () => {
  let t: TestApi;
  let ds: DataSource;
  let school: string;
  let meId: string;
  let mine: BookingRequestDto;
  let someoneElses: BookingRequestDto;

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY, RUN_WORKERS: 'true', OUTBOX_RELAY_INTERVAL_MS: '100' });
    ds = t.api.app.get(DataSource);
    const session = await t.login(ME);
    meId = session.user.id;
    school = `Bearer ${session.accessToken}`;
    const offerId = (await offerByCode(t, school, 'voorlichting-pesten')).id;
    const submit = async (contact: { name: string; email: string; phone?: string }) => {
      const res = await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(onlineSafetyRequest(offerId, { contact }));
      expect(res.status).toBe(201);
      return res.body as BookingRequestDto;
    };
    mine = await submit({ name: 'Contact Domstad', email: ME, phone: '030 765 43 21' });
    someoneElses = await submit({ name: 'J. de Boer', email: 'j.deboer@domstad.school.example' });
    // A mail to the person (a password reset, sent by the worker through the outbox) is in the message log.
    expect((await t.http().post('/api/auth/password-reset').send({ email: ME })).status).toBe(202);
    for (const deadline = Date.now() + 20_000; (await mailsToMe()) === 0; ) {
      if (Date.now() > deadline) throw new Error('the password-reset mail was not delivered');
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(() => t.close());

  const mailsToMe = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM message_log WHERE lower(recipient) = $1`, [ME]))[0].n as number;

  it('gives a user their own data as JSON: account, the requests they are the contact of, their audit events', async () => {
    const res = await t.http().get(`/api/users/${meId}/personal-data`).set('Authorization', school);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="persoonsgegevens.json"/);
    const d = res.body as PersonalDataExportDto;
    expect(d.account).toMatchObject({ id: meId, email: ME, role: 'school', organisation: expect.any(String) });
    expect(d.requests.map((r) => r.reference)).toEqual([mine.reference]);
    expect(d.requests[0]).toMatchObject({ contactEmail: ME, contactPhone: '030 765 43 21' });
    // The e-mail sent to them, as the message log keeps it; no notifications yet.
    expect(d.messages).toEqual([
      expect.objectContaining({
        kind: 'account_reset',
        status: 'sent',
        subject: expect.stringMatching(/wachtwoord/i),
        text: expect.stringContaining('Beste '),
      }),
    ]);
    expect(d.notifications).toEqual([]);
    expect(d.auditEvents.some((e) => e.action === 'sign_in' && e.entityId === meId)).toBe(true);
    expect(
      d.auditEvents.some((e) => e.entity === 'BookingRequest' && e.entityId === mine.id && e.relation === 'actor'),
    ).toBe(true);
  });

  it('gives the same data as CSV', async () => {
    const res = await t.http().get(`/api/users/${meId}/personal-data.csv`).set('Authorization', school);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.startsWith('\ufeffSoort,Id,Tijdstip,Wat,Gegevens\r\n')).toBe(true);
    expect(res.text).toContain(`aanvraag,${mine.reference},`);
    expect(res.text).toMatch(/\r\ne-mail,[0-9a-f-]{36},[^,]+,account_reset \(sent\): /);
    expect(res.text).not.toContain(someoneElses.reference);
  });

  it('answers 404 to anyone but the person and admins, and records every download', async () => {
    // Another school's user, the gemeente of this school, a Halt planner.
    for (const other of [
      'contact@vechtoever.school.example',
      'beleid@utrecht.gemeente.example',
      'planner.midden@halt.example',
    ]) {
      const auth = await t.bearer(other);
      const res = await t.http().get(`/api/users/${meId}/personal-data`).set('Authorization', auth);
      expect(res.status).toBe(404);
      expect((await t.http().get(`/api/users/${meId}/personal-data.csv`).set('Authorization', auth)).status).toBe(404);
    }
    const admin = await t.bearer('beheer@halt.example');
    const byAdmin = await t.http().get(`/api/users/${meId}/personal-data`).set('Authorization', admin);
    expect(byAdmin.status).toBe(200);
    expect((byAdmin.body as PersonalDataExportDto).requests).toHaveLength(1);
    const downloads = await ds.query(
      `SELECT actor_email FROM audit_event WHERE action = 'personal_data_exported' AND entity_id = $1 ORDER BY id`,
      [meId],
    );
    expect(downloads.map((d: { actor_email: string }) => d.actor_email)).toEqual([ME, ME, 'beheer@halt.example']);
    // Only admins erase.
    expect((await t.http().post(`/api/users/${meId}/erasure`).set('Authorization', school)).status).toBe(403);
  });

  it('refuses an erasure while the person is the contact of a running request, naming it', async () => {
    const admin = await t.bearer('beheer@halt.example');
    const res = await t.http().post(`/api/users/${meId}/erasure`).set('Authorization', admin);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(mine.reference);
    expect((await ds.query(`SELECT email, erased_at FROM app_user WHERE id = $1`, [meId]))[0]).toEqual({
      email: ME,
      erased_at: null,
    });
  });

  it('erases the person everywhere with one pseudonym, keeps the trail consistent and records it', async () => {
    await t.http().post(`/api/requests/${mine.id}/cancel`).set('Authorization', school).send({ reason: 'Vervalt' });
    const mails = await mailsToMe();
    expect(mails).toBeGreaterThan(0);
    const admin = await t.bearer('beheer@halt.example');
    const res = await t.http().post(`/api/users/${meId}/erasure`).set('Authorization', admin);
    expect(res.status).toBe(200);
    const pseudonym: string = res.body.pseudonym;
    expect(pseudonym).toMatch(/^verwijderd-[0-9a-f]{12}@pseudoniem\.invalid$/);
    expect(res.body.requests).toBe(1);
    expect(res.body.auditEvents).toBeGreaterThan(0);
    // The messages sent to the person keep only that they went out; their notifications are gone.
    expect(res.body.messages).toBe(mails);
    expect(await mailsToMe()).toBe(0);
    expect(
      await ds.query(`SELECT DISTINCT recipient, body_text FROM message_log WHERE pseudonymised_at IS NOT NULL`),
    ).toEqual([{ recipient: pseudonym, body_text: '' }]);
    expect(res.body.notifications).toBe(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [meId]))[0].n).toBe(0);

    const [user] = await ds.query(`SELECT email, name, active, has_password, erased_at FROM app_user WHERE id = $1`, [
      meId,
    ]);
    expect(user).toMatchObject({ email: pseudonym, active: false, has_password: false });
    expect(user.name).toMatch(/^Verwijderd [0-9a-f]{12}$/);
    expect(user.erased_at).not.toBeNull();
    const [request] = await ds.query(
      `SELECT contact_name, contact_email, contact_phone FROM booking_request WHERE id = $1`,
      [mine.id],
    );
    expect(request).toEqual({ contact_name: user.name, contact_email: pseudonym, contact_phone: null });
    // The other contact of the same school keeps their request.
    const [other] = await ds.query(`SELECT contact_email FROM booking_request WHERE id = $1`, [someoneElses.id]);
    expect(other.contact_email).toBe('j.deboer@domstad.school.example');
    // Nothing in the trail names the person any more; their events stay theirs (the same id, the pseudonym).
    expect((await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_email = $1`, [ME]))[0].n).toBe(0);
    const theirs = await ds.query(`SELECT DISTINCT actor_email FROM audit_event WHERE actor_id = $1`, [meId]);
    expect(theirs).toEqual([{ actor_email: pseudonym }]);
    const erased = await ds.query(
      `SELECT actor_email, entity_id FROM audit_event WHERE action = 'person_erased' ORDER BY id`,
    );
    expect(erased).toEqual([{ actor_email: 'beheer@halt.example', entity_id: meId }]);
    // The account signs in no more, and a second erasure is a 409.
    expect(
      (
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: ME, password: 'x'.repeat(12) })
      ).status,
    ).toBe(401);
    expect((await t.http().post(`/api/users/${meId}/erasure`).set('Authorization', admin)).status).toBe(409);
  });
});
