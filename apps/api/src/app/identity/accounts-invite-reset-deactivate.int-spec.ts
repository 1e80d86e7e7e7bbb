import type { Page, UserDto } from '@halt/contracts';
import { SessionCleanupService } from '@halt/api/identity';
import { passwordTokenHash } from '@halt/api/security';
import { ConflictException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { passwordLinkIn, type Received, startSmtp, until } from '../../testing/test-smtp';
import { createAdminCommand, parseCreateAdminArgs, UsageError } from '../create-admin';
import { DEMO_PASSWORD } from '../demo/demo-data';

const ADMIN = 'beheer@halt.example';
const DOMSTAD = 'contact@domstad.school.example'; // main contact of Stadscollege Domstad
const UTRECHT = 'beleid@utrecht.gemeente.example'; // main contact of gemeente Utrecht
const PLANNER = 'planner.midden@halt.example';
const NEW_PASSWORD = 'een lange zin als wachtwoord';
const PUBLIC_URL = 'http://portaal.halt.test';

describe('accounts: the first admin, invitations, one-time links, reset and deactivation', () => {
  let t: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    t.api.app.get(DataSource).query(text, params);
  const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;
  const setPassword = (link: string, password = NEW_PASSWORD) =>
    t
      .http()
      .post('/api/auth/set-password')
      .send({ token: tokenOf(link), password });
  /** The next e-mail to `to` after the first `after` ones, and its link. */
  const mailTo = async (to: string, after = 0): Promise<{ mail: Received; link: string }> => {
    const mail = await until(`an e-mail to ${to}`, async () => smtp.received.filter((m) => m.to.includes(to))[after]);
    return { mail, link: passwordLinkIn(mail) as string };
  };
  const mailsTo = (to: string) => smtp.received.filter((m) => m.to.includes(to)).length;
  /** `POST /api/users` as the given caller. */
  const invite = (as: string, body: object) => t.http().post('/api/users').set('Authorization', as).send(body);
  const schoolOf = async (email: string) => (await t.login(email)).user.organisation.id as string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApi({
      SMTP_URL: smtp.url,
      RUN_WORKERS: 'true',
      OUTBOX_RELAY_INTERVAL_MS: '100',
      REMINDER_RETRY_DELAY_MS: '100',
      PUBLIC_URL,
    });
    admin = await t.bearer(ADMIN);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('create-admin', () => {
    const email = 'eerste.beheerder@halt.example';

    it('refuses a bad command line with a sentence naming the problem', () => {
      expect(() => parseCreateAdminArgs([])).toThrow(UsageError);
      expect(() => parseCreateAdminArgs([])).toThrow(/--email is required/);
      expect(() => parseCreateAdminArgs(['--email', 'geen-adres'])).toThrow(/is not an e-mail address/);
      expect(() => parseCreateAdminArgs(['--mail', 'a@b.nl'])).toThrow(/unknown argument "--mail"/);
      expect(parseCreateAdminArgs(['--email=Anna@Halt.example', '--name', 'Anna Jansen'])).toEqual({
        email: 'Anna@Halt.example',
        name: 'Anna Jansen',
      });
    });

    it('creates an admin without password through the audited write path and prints a 72-hour link; again: a new link', async () => {
      const first = await createAdminCommand(t.api.config, { email, name: 'Eerste Beheerder' });
      expect(first.created).toBe(true);
      expect(first.link).toMatch(new RegExp(`^${PUBLIC_URL}/wachtwoord-instellen\\?token=[A-Za-z0-9_-]{43}$`));
      const hours = (first.expiresAt.getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(71.9);
      expect(hours).toBeLessThanOrEqual(72);

      const [user] = await sql<{ id: string; role: string; has_password: boolean }>(
        `SELECT id, role, has_password FROM app_user WHERE email = $1`,
        [email],
      );
      expect(user).toMatchObject({ role: 'admin', has_password: false });
      // Only the hash of the link's secret is stored.
      const tokens = await sql<{ token_hash: string; purpose: string }>(
        `SELECT token_hash, purpose FROM password_token WHERE user_id = $1`,
        [user.id],
      );
      expect(tokens).toEqual([{ token_hash: passwordTokenHash(tokenOf(first.link)), purpose: 'bootstrap' }]);
      const trail = await sql(
        `SELECT actor_kind, organisation, action FROM audit_event WHERE entity = 'User' AND entity_id = $1`,
        [user.id],
      );
      expect(trail).toEqual([{ actor_kind: 'system', organisation: 'cli', action: 'create' }]);

      // The first link got lost: running the command again gives a new one, and the old one stops.
      const second = await createAdminCommand(t.api.config, { email: email.toUpperCase(), name: 'x' });
      expect(second.created).toBe(false);
      const old = await setPassword(first.link);
      expect(old.status).toBe(410);
      expect(old.body.message).toMatch(/al gebruikt of vervangen/);

      const set = await setPassword(second.link);
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ email });
      expect((await t.login(email, NEW_PASSWORD)).user.role).toBe('admin');
      // No e-mail for the command: the link is printed.
      expect(mailsTo(email)).toBe(0);
    });

    it('refuses an address that already signs in', async () => {
      await expect(createAdminCommand(t.api.config, { email, name: 'Nog een keer' })).rejects.toThrow(
        ConflictException,
      );
      await expect(createAdminCommand(t.api.config, { email: DOMSTAD, name: 'School' })).rejects.toThrow(
        /Er is al een account met het e-mailadres/,
      );
    });
  });

  describe('an invitation', () => {
    it('e-mails a one-time link; the person sets a password (rules checked) and signs in; the link then is used up', async () => {
      const schoolId = await schoolOf(DOMSTAD);
      const email = 'docent.jansen@domstad.school.example';
      const res = await invite(admin, { email, name: 'Docent Jansen', role: 'school', schoolId });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email, status: 'invited', mainContact: false, lastSignInAt: null });

      const { mail, link } = await mailTo(email);
      expect(mail.subject).toBe('Uitnodiging voor het Halt Preventieportaal');
      expect(link.startsWith(`${PUBLIC_URL}/wachtwoord-instellen?token=`)).toBe(true);
      // The message log keeps the e-mail, but not the link's secret.
      const [logged] = await sql<{ body_text: string; kind: string }>(
        `SELECT body_text, kind FROM message_log WHERE recipient = $1`,
        [email],
      );
      expect(logged.kind).toBe('account_invite');
      expect(logged.body_text).toContain('[link niet bewaard]');
      expect(logged.body_text).not.toContain(tokenOf(link));

      const short = await setPassword(link, 'kort');
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual([{ field: 'password', message: 'moet minstens 12 tekens hebben' }]);
      expect((await setPassword(link)).status).toBe(200);
      const session = await t.login(email, NEW_PASSWORD);
      expect(session.user).toMatchObject({ role: 'school', organisation: { id: schoolId } });

      const again = await setPassword(link, 'nog een ander wachtwoord');
      expect(again.status).toBe(410);
      const listed = await t.http().get('/api/users').query({ q: 'docent.jansen' }).set('Authorization', admin);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ email, status: 'active', lastSignInAt: expect.any(String) }),
      ]);
    });

    it('sent again gives a new link; the first one stops working', async () => {
      const email = 'mentor.bakker@domstad.school.example';
      const invited = await invite(admin, {
        email,
        name: 'Mentor Bakker',
        role: 'school',
        schoolId: await schoolOf(DOMSTAD),
      });
      const first = await mailTo(email);
      const resent = await t.http().post(`/api/users/${invited.body.id}/invitation`).set('Authorization', admin);
      expect(resent.status).toBe(200);
      const second = await mailTo(email, 1);
      expect(second.link).not.toBe(first.link);
      expect((await setPassword(first.link)).status).toBe(410);
      expect((await setPassword(second.link)).status).toBe(200);
      // Now that the account has a password, there is nothing to resend.
      const done = await t.http().post(`/api/users/${invited.body.id}/invitation`).set('Authorization', admin);
      expect(done.status).toBe(409);
    });

    it('of an address that has an account is a 409; a role without its organisation a 400 naming the field', async () => {
      const taken = await invite(admin, { email: PLANNER.toUpperCase(), name: 'Dubbel', role: 'admin' });
      expect(taken.status).toBe(409);
      expect(taken.body.conflict).toEqual({ email: PLANNER.toUpperCase() });
      const noSchool = await invite(admin, {
        email: 'zonder.school@example.nl',
        name: 'Zonder School',
        role: 'school',
      });
      expect(noSchool.status).toBe(400);
      expect(noSchool.body.errors).toEqual([{ field: 'schoolId', message: 'is verplicht voor een schoolaccount' }]);
      expect((await sql(`SELECT 1 FROM app_user WHERE email = 'zonder.school@example.nl'`)).length).toBe(0);
    });
  });

  describe('links', () => {
    it('an expired link is a 410 that says so; an unknown one a 400', async () => {
      const email = 'te.laat@domstad.school.example';
      await invite(admin, { email, name: 'Te Laat', role: 'school', schoolId: await schoolOf(DOMSTAD) });
      const { link } = await mailTo(email);
      await t.fixture(
        `UPDATE password_token SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
          WHERE token_hash = $1`,
        [passwordTokenHash(tokenOf(link))],
      );
      const expired = await setPassword(link);
      expect(expired.status).toBe(410);
      expect(expired.body.message).toMatch(/^Deze link is verlopen/);
      const unknown = await t
        .http()
        .post('/api/auth/set-password')
        .send({ token: 'x'.repeat(43), password: NEW_PASSWORD });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/^Deze link is ongeldig/);
    });

    it('are deleted 30 days after they were used, replaced or expired', async () => {
      const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM password_token`))[0].n;
      await t.fixture(
        `UPDATE password_token SET created_at = created_at - interval '40 days', expires_at = expires_at - interval '40 days',
                used_at = used_at - interval '40 days', revoked_at = revoked_at - interval '40 days'
          WHERE used_at IS NOT NULL OR revoked_at IS NOT NULL`,
      );
      const old = (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM password_token WHERE used_at IS NOT NULL OR revoked_at IS NOT NULL`,
        )
      )[0].n;
      expect(old).toBeGreaterThan(0);
      await t.api.app.get(SessionCleanupService).purgeExpired();
      const after = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM password_token`))[0].n;
      expect(after).toBe(before - old);
    });
  });

  describe('password reset', () => {
    const reset = (email: string) => t.http().post('/api/auth/password-reset').send({ email });

    it('answers an unknown address exactly as a known one, and e-mails only the known one', async () => {
      const email = 'contact@vechtoever.school.example';
      const t0 = Date.now();
      const known = await reset(email);
      const t1 = Date.now();
      const unknown = await reset('niemand@nergens.example');
      const t2 = Date.now();
      expect([known.status, known.body]).toEqual([202, { accepted: true }]);
      expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
      expect(t1 - t0).toBeGreaterThanOrEqual(295);
      expect(t2 - t1).toBeGreaterThanOrEqual(295);
      const { mail } = await mailTo(email);
      expect(mail.subject).toBe('Nieuw wachtwoord voor het Halt Preventieportaal');
      await new Promise((r) => setTimeout(r, 500)); // the relay ran several times since
      expect(smtp.received.filter((m) => m.to.includes('niemand@nergens.example'))).toEqual([]);
    });

    it('sets a new password and ends every session of the account; the old password stops working', async () => {
      const email = 'contact@walden.school.example';
      const before = await t.bearer(email);
      expect((await t.http().get('/api/auth/me').set('Authorization', before)).status).toBe(200);
      await reset(email);
      const { link } = await mailTo(email);
      expect((await setPassword(link)).status).toBe(200);
      expect((await t.http().get('/api/auth/me').set('Authorization', before)).status).toBe(401);
      await expect(t.login(email)).rejects.toThrow(/401/);
      expect((await t.login(email, NEW_PASSWORD)).user.email).toBe(email);
      const [ended] = await sql(
        `SELECT DISTINCT revoke_reason FROM auth_session s JOIN app_user u ON u.id = s.user_id
                                   WHERE u.email = $1 AND s.revoked_at IS NOT NULL`,
        [email],
      );
      expect(ended).toEqual({ revoke_reason: 'password_set' });
    });

    it('e-mails an address at most three times an hour (the answer stays the same)', async () => {
      const email = 'contact@lorentz.school.example';
      for (let i = 0; i < 5; i++) expect((await reset(email)).status).toBe(202);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM password_token t JOIN app_user u ON u.id = t.user_id
          WHERE u.email = $1 AND t.purpose = 'reset'`,
        [email],
      );
      expect(n).toBe(3);
      await mailTo(email, 2);
      // Only the newest link works.
      const [open] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM password_token t JOIN app_user u ON u.id = t.user_id
          WHERE u.email = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL`,
        [email],
      );
      expect(open.n).toBe(1);
    });
  });

  describe('a main contact', () => {
    it('invites users for their own school only: another school is a 403, and nothing is written', async () => {
      const contact = await t.bearer(DOMSTAD);
      const other = await schoolOf('contact@vechtoever.school.example');
      const refused = await invite(contact, {
        email: 'indringer@vechtoever.school.example',
        name: 'Indringer',
        role: 'school',
        schoolId: other,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('U kunt alleen gebruikers voor uw eigen organisatie uitnodigen');
      const asGemeente = await invite(contact, { email: 'indringer@halt.example', name: 'Indringer', role: 'admin' });
      expect(asGemeente.status).toBe(403);
      expect(await sql(`SELECT 1 FROM app_user WHERE email LIKE 'indringer@%'`)).toEqual([]);

      const own = await invite(contact, {
        email: 'conciërge@domstad.school.example',
        name: 'Conciërge',
        role: 'school',
      });
      expect(own.status).toBe(201);
      expect(own.body.organisation.id).toBe(await schoolOf(DOMSTAD));
    });

    it('sees and manages only their own organisation’s users; someone else’s are not found', async () => {
      const contact = await t.bearer(UTRECHT);
      const page = (await t.http().get('/api/users').query({ pageSize: 50 }).set('Authorization', contact))
        .body as Page<UserDto>;
      expect(page.items.length).toBeGreaterThan(0);
      expect(new Set(page.items.map((u) => u.organisation.name))).toEqual(new Set(['Gemeente Utrecht']));
      const [planner] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [PLANNER]);
      for (const path of [`/api/users/${planner.id}/deactivate`, `/api/users/${planner.id}/invitation`]) {
        expect((await t.http().post(path).set('Authorization', contact)).status).toBe(404);
      }
      expect((await t.http().get(`/api/users/${planner.id}`).set('Authorization', contact)).status).toBe(404);
    });

    it('cannot change roles; a school user who is not the main contact manages nobody', async () => {
      const contact = await t.bearer(DOMSTAD);
      const colleague = (await t.http().get('/api/users').query({ q: 'docent.jansen' }).set('Authorization', contact))
        .body.items[0] as UserDto;
      const promote = await t
        .http()
        .patch(`/api/users/${colleague.id}`)
        .set('Authorization', contact)
        .send({ role: 'admin' });
      expect(promote.status).toBe(403);
      const mark = await t
        .http()
        .patch(`/api/users/${colleague.id}`)
        .set('Authorization', contact)
        .send({ mainContact: true });
      expect(mark.status).toBe(200);
      expect(mark.body.mainContact).toBe(true);
      await t.http().patch(`/api/users/${colleague.id}`).set('Authorization', contact).send({ mainContact: false });
      const plain = `Bearer ${(await t.login('docent.jansen@domstad.school.example', NEW_PASSWORD)).accessToken}`;
      expect((await t.http().get('/api/users').set('Authorization', plain)).status).toBe(403);
      const planner = await t.bearer(PLANNER);
      expect((await t.http().get('/api/users').set('Authorization', planner)).status).toBe(403);
    });
  });

  describe('deactivation', () => {
    it('ends the account’s sessions at once; signing in fails as with a wrong password; reactivated, it signs in again', async () => {
      const planner = await t.bearer(PLANNER);
      const [{ id }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [PLANNER]);
      const res = await t.http().post(`/api/users/${id}/deactivate`).set('Authorization', admin);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('deactivated');
      expect((await t.http().get('/api/auth/me').set('Authorization', planner)).status).toBe(401);
      const wrong = await t.http().post('/api/auth/login').send({ email: PLANNER, password: 'fout wachtwoord' });
      const right = await t.http().post('/api/auth/login').send({ email: PLANNER, password: DEMO_PASSWORD });
      expect(right.status).toBe(401);
      expect(right.body.message).toBe(wrong.body.message);
      const deactivated = await t.http().get('/api/users').query({ status: 'deactivated' }).set('Authorization', admin);
      expect(deactivated.body.items.map((u: UserDto) => u.email)).toEqual([PLANNER]);

      expect((await t.http().post(`/api/users/${id}/reactivate`).set('Authorization', admin)).body.status).toBe(
        'active',
      );
      expect((await t.login(PLANNER)).user.role).toBe('planner');
    });

    it('changes a role within the rules: planner to staff ends the sessions (the role is in the token); school to planner is a 400', async () => {
      const planner = await t.bearer(PLANNER);
      const [{ id }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [PLANNER]);
      const changed = await t.http().patch(`/api/users/${id}`).set('Authorization', admin).send({ role: 'staff' });
      expect([changed.status, changed.body.role]).toEqual([200, 'staff']);
      expect((await t.http().get('/api/auth/me').set('Authorization', planner)).status).toBe(401);
      expect((await t.login(PLANNER)).user.role).toBe('staff');
      await t.http().patch(`/api/users/${id}`).set('Authorization', admin).send({ role: 'planner' });

      const [school] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [DOMSTAD]);
      const across = await t
        .http()
        .patch(`/api/users/${school.id}`)
        .set('Authorization', admin)
        .send({ role: 'planner' });
      expect(across.status).toBe(400);
      expect(across.body.errors[0].field).toBe('role');
    });

    it('leaves the last active admin: deactivating or demoting them is a 409 naming the conflict', async () => {
      const [cli] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'eerste.beheerder@halt.example'`);
      expect((await t.http().post(`/api/users/${cli.id}/deactivate`).set('Authorization', admin)).status).toBe(200);
      const me = (await t.login(ADMIN)).user.id;
      const self = await t.http().post(`/api/users/${me}/deactivate`).set('Authorization', admin);
      expect(self.status).toBe(409);
      expect(self.body.conflict).toEqual({ constraint: 'last_active_admin', userId: me });
      const demote = await t.http().patch(`/api/users/${me}`).set('Authorization', admin).send({ role: 'planner' });
      expect(demote.status).toBe(409);
      expect((await t.http().get('/api/auth/me').set('Authorization', admin)).status).toBe(200);
      await t.http().post(`/api/users/${cli.id}/reactivate`).set('Authorization', admin);
      // With another admin active again, one's own account is still not one's to deactivate.
      const own = await t.http().post(`/api/users/${me}/deactivate`).set('Authorization', admin);
      expect([own.status, own.body.conflict]).toEqual([409, { constraint: 'own_account', userId: me }]);
    });
  });
});

describe('the public password endpoints', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('have the sign-in limit per client IP, each its own: the fourth request in a minute is a 429', async () => {
    const reset = (i: number) =>
      t
        .http()
        .post('/api/auth/password-reset')
        .send({ email: `iemand${i}@nergens.example` });
    const set = () =>
      t
        .http()
        .post('/api/auth/set-password')
        .send({ token: 'y'.repeat(43), password: NEW_PASSWORD });
    const statuses: number[][] = [[], []];
    for (let i = 0; i < 4; i++) {
      statuses[0].push((await reset(i)).status);
      statuses[1].push((await set()).status);
    }
    expect(statuses).toEqual([
      [202, 202, 202, 429],
      [400, 400, 400, 429],
    ]);
  });
});
