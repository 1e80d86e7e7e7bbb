import type { AuthSessionDto, SignInSessionDto } from '@halt/contracts';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

const SCHOOL = 'contact@domstad.school.example';
const OTHER_SCHOOL = 'contact@hetij.school.example';
const PASSWORD = 'Preventie-2026!';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/**
 * Sessions the server can end: every access token names its sign-in session, and the guard admits it only while
 * that session is open — so signing out, ending a session on the account page, reusing a refresh token or a
 * deactivated account stop the tokens at once, not when they expire 15 minutes later.
 */
describe('sessions the server can end', () => {
  let t: TestApi;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  async function signIn(email = SCHOOL, userAgent = FIREFOX_WINDOWS) {
    const res = await t.http().post('/api/auth/login').set('User-Agent', userAgent).send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('halt_refresh='))
      ?.split(';')[0] as string;
    const body = res.body as AuthSessionDto;
    return { bearer: `Bearer ${body.accessToken}`, cookie, user: body.user };
  }
  const me = (bearer: string) => t.http().get('/api/auth/me').set('Authorization', bearer);

  it('signing out makes the old access token 401 at once — by cookie, or with only the token', async () => {
    const a = await signIn();
    expect((await me(a.bearer)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set('Cookie', a.cookie)).status).toBe(204);
    const after = await me(a.bearer);
    expect(after.status).toBe(401);
    expect(after.body.message).toBe('Niet ingelogd of sessie verlopen');
    expect((await t.http().post('/api/auth/refresh').set('Cookie', a.cookie)).status).toBe(401);

    const b = await signIn();
    expect((await t.http().post('/api/auth/logout').set('Authorization', b.bearer)).status).toBe(204);
    expect((await me(b.bearer)).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', b.cookie)).status).toBe(401);
    const [ended] = await sql<{ revoke_reason: string }>(
      `SELECT revoke_reason FROM auth_session WHERE revoked_at IS NOT NULL ORDER BY revoked_at DESC LIMIT 1`,
    );
    expect(ended.revoke_reason).toBe('sign_out');
  });

  it('a reused refresh token ends its whole session: the successor and every access token stop, and the trail records it', async () => {
    const a = await signIn();
    const rotated = await t.http().post('/api/auth/refresh').set('Cookie', a.cookie);
    expect(rotated.status).toBe(200);
    const successor = ([] as string[]).concat(rotated.headers['set-cookie'] ?? [])[0].split(';')[0];
    const newBearer = `Bearer ${rotated.body.accessToken}`;
    expect((await me(newBearer)).status).toBe(200);

    // The old cookie comes back (a copy a thief kept, or the user's own stale tab).
    const reused = await t.http().post('/api/auth/refresh').set('Cookie', a.cookie);
    expect(reused.status).toBe(401);
    expect(reused.body.message).toBe('Sessie verlopen; log opnieuw in');

    expect((await t.http().post('/api/auth/refresh').set('Cookie', successor)).status).toBe(401);
    expect((await me(newBearer)).status).toBe(401);
    expect((await me(a.bearer)).status).toBe(401);

    const trail = await sql<{ actor_email: string; entity: string; entity_id: string }>(
      `SELECT actor_email, entity, entity_id FROM audit_event WHERE action = 'refresh_token_reused'`,
    );
    const [session] = await sql<{ id: string; revoke_reason: string }>(
      `SELECT s.id, s.revoke_reason FROM auth_session s JOIN refresh_token t ON t.session_id = s.id
        WHERE t.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [a.cookie.replace('halt_refresh=', '')],
    );
    expect(session.revoke_reason).toBe('refresh_token_reused');
    expect(trail).toEqual([{ actor_email: SCHOOL, entity: 'AuthSession', entity_id: session.id }]);
  });

  it('lists a user’s own open sessions with device and last use, and ends one or all others', async () => {
    await t.fixture(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'sign_out' WHERE revoked_at IS NULL`);
    const laptop = await signIn(SCHOOL, FIREFOX_WINDOWS);
    const phone = await signIn(SCHOOL, SAFARI_IPHONE);
    const tablet = await signIn(SCHOOL, 'curl/8.5.0');
    const elsewhere = await signIn(OTHER_SCHOOL);

    const list = await t.http().get('/api/auth/sessions').set('Authorization', laptop.bearer);
    expect(list.status).toBe(200);
    const sessions = list.body as SignInSessionDto[];
    expect(sessions.map((s) => [s.device, s.current]).sort()).toEqual([
      ['Firefox op Windows', true],
      ['Onbekend apparaat', false],
      ['Safari op iOS', false],
    ]);
    for (const s of sessions) {
      expect(Date.parse(s.signedInAt)).toBeLessThanOrEqual(Date.parse(s.lastUsedAt));
      expect(Object.keys(s).sort()).toEqual(['current', 'device', 'id', 'lastUsedAt', 'signedInAt']);
    }

    // Another school's session is not theirs to see or end.
    const theirs = (await t.http().get('/api/auth/sessions').set('Authorization', elsewhere.bearer))
      .body as SignInSessionDto[];
    expect(theirs).toHaveLength(1);
    const foreign = await t.http().delete(`/api/auth/sessions/${theirs[0].id}`).set('Authorization', laptop.bearer);
    expect(foreign.status).toBe(404);
    expect((await me(elsewhere.bearer)).status).toBe(200);

    const phoneSession = sessions.find((s) => s.device === 'Safari op iOS') as SignInSessionDto;
    const end = await t.http().delete(`/api/auth/sessions/${phoneSession.id}`).set('Authorization', laptop.bearer);
    expect(end.status).toBe(204);
    expect((await me(phone.bearer)).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', phone.cookie)).status).toBe(401);
    expect((await me(laptop.bearer)).status).toBe(200);
    const again = await t.http().delete(`/api/auth/sessions/${phoneSession.id}`).set('Authorization', laptop.bearer);
    expect(again.status).toBe(404);

    const others = await t.http().post('/api/auth/sessions/end-others').set('Authorization', laptop.bearer);
    expect(others.status).toBe(200);
    expect(others.body).toEqual({ ended: 1 });
    expect((await me(tablet.bearer)).status).toBe(401);
    expect((await me(laptop.bearer)).status).toBe(200);

    const trail = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'session_ended' AND actor_email = $1`,
      [SCHOOL],
    );
    expect(trail[0].n).toBe(2);
  });

  it('a deactivated account’s tokens stop at once', async () => {
    const a = await signIn(OTHER_SCHOOL);
    expect((await me(a.bearer)).status).toBe(200);
    await t.fixture(`UPDATE app_user SET active = false WHERE email = $1`, [OTHER_SCHOOL]);
    expect((await me(a.bearer)).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', a.cookie)).status).toBe(401);
    await t.fixture(`UPDATE app_user SET active = true WHERE email = $1`, [OTHER_SCHOOL]);
  });

  it('refuses the cookie endpoints from another site (Origin, Fetch Metadata), not from the portal itself', async () => {
    const a = await signIn();
    const cross = (res: Response) => ({ status: res.status, message: res.body.message });
    const refused = { status: 403, message: 'Dit verzoek komt niet van het portaal zelf en is geweigerd' };
    expect(
      cross(
        await t.http().post('/api/auth/refresh').set('Cookie', a.cookie).set('Origin', 'https://kwaadaardig.example'),
      ),
    ).toEqual(refused);
    expect(
      cross(await t.http().post('/api/auth/refresh').set('Cookie', a.cookie).set('Sec-Fetch-Site', 'cross-site')),
    ).toEqual(refused);
    expect(cross(await t.http().post('/api/auth/logout').set('Cookie', a.cookie).set('Origin', 'null'))).toEqual(
      refused,
    );
    // Still signed in: the refused calls changed nothing.
    expect((await me(a.bearer)).status).toBe(200);
    const own = await t
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', a.cookie)
      .set('Origin', t.api.config.publicUrl)
      .set('Sec-Fetch-Site', 'same-origin');
    expect(own.status).toBe(200);
  });
});
