import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

const SCHOOL = 'contact@domstad.school.example';
const PASSWORD = 'Preventie-2026!';

function refreshCookie(setCookie: string[] | string | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = all.find((x) => x.startsWith('halt_refresh='));
  if (!c) throw new Error(`no refresh cookie in ${JSON.stringify(all)}`);
  return c;
}

describe('sign-in, refresh and sign-out', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password: access token in the body, refresh token only in an httpOnly SameSite cookie', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.9')
      .send({ email: SCHOOL.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.body.expiresIn).toBe(900);
    expect(res.body.user).toMatchObject({
      email: SCHOOL,
      role: 'school',
      organisation: { kind: 'school', name: 'Stadscollege Domstad' },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    const cookie = refreshCookie(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(SCHOOL);
  });

  it('refuses a wrong password with 401 and a Dutch message, and records the failure', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: SCHOOL, password: 'fout-wachtwoord' });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('E-mailadres of wachtwoord onjuist');
    const unknown = await t.http().post('/api/auth/login').send({ email: 'niemand@nergens.example', password: 'x' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toBe('E-mailadres of wachtwoord onjuist');

    const ds = t.api.app.get(DataSource);
    const failed = await ds.query(`SELECT entity_id FROM audit_event WHERE action = 'sign_in_failed'`);
    expect(failed.length).toBe(2);
  });

  it('rotates the refresh token: the new cookie works, the old one does not', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: SCHOOL, password: PASSWORD });
    const first = refreshCookie(login.headers['set-cookie']).split(';')[0];

    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', first);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.email).toBe(SCHOOL);
    const second = refreshCookie(refreshed.headers['set-cookie']).split(';')[0];
    expect(second).not.toBe(first);

    const third = await t.http().post('/api/auth/refresh').set('Cookie', second);
    expect(third.status).toBe(200);
    expect(refreshCookie(third.headers['set-cookie']).split(';')[0]).not.toBe(second);
  });

  it('signs out: the session ends and refreshing afterwards is refused', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: SCHOOL, password: PASSWORD });
    const cookie = refreshCookie(login.headers['set-cookie']).split(';')[0];
    const out = await t.http().post('/api/auth/logout').set('Cookie', cookie);
    expect(out.status).toBe(204);
    expect(refreshCookie(out.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(after.status).toBe(401);
  });

  it('requires authentication everywhere except the public endpoints', async () => {
    for (const path of [
      '/api/auth/me',
      '/api/schools',
      '/api/regions',
      '/api/users',
      '/api/audit-events',
      '/api/municipalities',
    ]) {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
    const forged = await t
      .http()
      .get('/api/schools')
      .set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(forged.status).toBe(401);
    expect((await t.http().get('/api/health')).status).toBe(200);
    expect((await t.http().get('/api/public/demo-logins')).status).toBe(200);
  });

  it('lets a user switch language and keeps it', async () => {
    const auth = await t.bearer(SCHOOL);
    const bad = await t.http().patch('/api/auth/me').set('Authorization', auth).send({ language: 'de' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'language', message: 'moet nl of en zijn' }]);
    const ok = await t.http().patch('/api/auth/me').set('Authorization', auth).send({ language: 'en' });
    expect(ok.status).toBe(200);
    expect((await t.login(SCHOOL)).user.language).toBe('en');
  });
});
