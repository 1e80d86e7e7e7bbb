import { PasswordService } from '@halt/api/identity';
import { startTestApi, TestApi } from '../../testing/test-api';

const ADMIN = 'functioneel.beheer@halt.example';
const PASSWORD = 'Een-lang-wachtwoord-2026';

/**
 * The API as it runs in production (NODE_ENV=production, no demo seed): the headers a security review
 * expects, a `__Host-` refresh cookie, and no demo log-in list.
 */
describe('production mode', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'production-test-secret-of-at-least-32-characters',
      SEED_DEMO: 'false',
      PUBLIC_URL: 'https://preventie.halt.example',
    });
    const hash = await t.api.app.get(PasswordService).hash(PASSWORD);
    await t.fixture(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Functioneel beheer', 'admin', $2)`,
      [ADMIN, hash],
    );
  });
  afterAll(() => t.close());

  it('has no demo log-in list, and no demo accounts', async () => {
    const res = await t.http().get('/api/public/demo-logins');
    expect(res.status).toBe(404);
    const demo = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'beheer@halt.example', password: 'Preventie-2026!' });
    expect(demo.status).toBe(401);
  });

  it('sends HSTS, a script policy without unsafe-inline, frame-ancestors none, and no framing', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}; includeSubDomains/);
    const csp = String(res.headers['content-security-policy']);
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives).toHaveProperty('upgrade-insecure-requests');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sets the refresh token as a __Host- cookie: Secure, HttpOnly, SameSite=Strict, Path=/, no Domain', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Origin', 'https://preventie.halt.example')
      .send({ email: ADMIN, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/^__Host-halt_refresh=[\w-]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/);
    expect(cookie).not.toMatch(/Domain=/i);

    const token = cookie.split(';')[0];
    const cross = await t.http().post('/api/auth/refresh').set('Cookie', token).set('Origin', 'https://evil.example');
    expect(cross.status).toBe(403);
    const own = await t
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', token)
      .set('Origin', 'https://preventie.halt.example');
    expect(own.status).toBe(200);
    // The development cookie name is not read in production.
    expect((await t.http().post('/api/auth/refresh').set('Cookie', token.replace('__Host-', ''))).status).toBe(401);
  });
});
