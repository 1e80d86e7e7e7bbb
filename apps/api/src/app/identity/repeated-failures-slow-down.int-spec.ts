import { startTestApi, TestApi } from '../../testing/test-api';

const MAX_DELAY_MS = 2000;
const PASSWORD = 'Preventie-2026!';

/**
 * Sign-in under attack: wrong passwords slow further attempts down — per account and per client IP — but never
 * lock the right password out for longer than LOGIN_MAX_DELAY_MS, whoever sent the wrong ones and from where.
 */
describe('sign-in under attack', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({
      LOGIN_RATE_LIMIT_PER_MINUTE: '12',
      LOGIN_MAX_DELAY_MS: String(MAX_DELAY_MS),
      TRUST_PROXY_HOPS: '1',
    });
  });
  afterAll(() => t.close());

  const attempt = async (email: string, password: string, ip: string) => {
    const started = performance.now();
    const res = await t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
    return { status: res.status, message: res.body.message as string, ms: performance.now() - started };
  };

  it('delays a guesser from many addresses, then still lets the right password in within the stated delay', async () => {
    const email = 'contact@hetij.school.example';
    const wrong = [];
    // Seven wrong passwords, each from another address (so no per-IP limit or delay applies).
    for (let i = 0; i < 7; i++) wrong.push(await attempt(email, `fout-${i}`, `198.51.100.${i + 1}`));
    expect(wrong.map((w) => w.status)).toEqual([401, 401, 401, 401, 401, 401, 401]);
    expect(new Set(wrong.map((w) => w.message))).toEqual(new Set(['E-mailadres of wachtwoord onjuist']));
    // The first five are answered at once; the sixth waits 1 s, the seventh 2 s (the maximum here).
    expect(Math.max(...wrong.slice(0, 5).map((w) => w.ms))).toBeLessThan(900);
    expect(wrong[5].ms).toBeGreaterThanOrEqual(1000);
    expect(wrong[6].ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);

    // The owner, from yet another address: slowed down by at most the stated delay, and in.
    const owner = await attempt(email, PASSWORD, '192.0.2.10');
    expect(owner.status).toBe(200);
    expect(owner.ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);
    expect(owner.ms).toBeLessThan(MAX_DELAY_MS + 1500);
    // A success forgets the account's failures: the next sign-in is immediate again.
    const next = await attempt(email, PASSWORD, '192.0.2.10');
    expect(next.status).toBe(200);
    expect(next.ms).toBeLessThan(900);
  });

  it('slows an unknown address exactly like a known one, so the delay reveals nothing', async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await attempt('niemand@nergens.example', 'x', `198.51.100.${50 + i}`));
    expect(results.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(results[5].ms).toBeGreaterThanOrEqual(1000);
  });

  it('limits sign-in attempts per client IP per minute, and nothing else', async () => {
    const statuses = [];
    for (let i = 0; i < 13; i++)
      statuses.push((await attempt(`iemand${i}@nergens.example`, 'x', '203.0.113.77')).status);
    expect(statuses.slice(0, 12).every((s) => s === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
    const limited = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ email: 'a@b.example', password: 'x' });
    expect(limited.body.message).toBe('Te veel verzoeken. Wacht een minuut en probeer het opnieuw.');
    // Other endpoints are not affected by the sign-in limit.
    expect((await t.http().get('/api/health').set('X-Forwarded-For', '203.0.113.77')).status).toBe(200);
  }, 120_000);
});
