import { startTestApi, TestApi } from '../../testing/test-api';

/** The class-code pages have their own per-IP limit: guessing codes gets a 429, signed-in work goes on. */
describe('public evaluation rate limit', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ EVALUATION_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 in Dutch after the limit and leaves signed-in endpoints alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.http().get(`/api/public/evaluations/ABCDEFG${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const refused = await t.http().get('/api/public/evaluations/ABCDEFGH');
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe('Te veel verzoeken. Wacht een minuut en probeer het opnieuw.');
    // Answering counts separately (a class first opens the form, then sends it).
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) answers.push((await t.http().post('/api/public/evaluations/ABCDEFGH').send({})).status);
    expect(answers).toEqual([400, 400, 400, 400, 400, 429]);
    const admin = await t.bearer('beheer@halt.example');
    expect((await t.http().get('/api/evaluation-forms').set('Authorization', admin)).status).toBe(200);
  });
});
