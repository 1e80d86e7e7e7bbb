import { startTestApi, TestApi } from '../../testing/test-api';

describe('sign-in under attack', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ LOGIN_RATE_LIMIT_PER_MINUTE: '8' });
  });
  afterAll(() => t.close());

  it('slows an account down after five failures, even for the right password, and rate-limits the IP', async () => {
    const email = 'contact@hetij.school.example';
    for (let i = 0; i < 5; i++) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email, password: `fout-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await t.http().post('/api/auth/login').send({ email, password: 'Preventie-2026!' });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/^Te veel mislukte inlogpogingen\. Probeer het over \d+ seconden opnieuw\.$/);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);

    // Six requests so far from this IP; the limit is eight a minute.
    await t.http().post('/api/auth/login').send({ email: 'a@b.example', password: 'x' });
    await t.http().post('/api/auth/login').send({ email: 'a@b.example', password: 'x' });
    const limited = await t.http().post('/api/auth/login').send({ email: 'a@b.example', password: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toBe('Te veel verzoeken. Wacht een minuut en probeer het opnieuw.');
    // Other endpoints are not affected by the sign-in limit.
    expect((await t.http().get('/api/health')).status).toBe(200);
  });
});
