import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * Every error is problem details (RFC 9457): `application/problem+json` with `type`, `title`, `status` and
 * `detail`, and beside them the portal's own fields the web app reads (`statusCode`, `message`, `errors`,
 * `requestId`), with the same Dutch texts.
 */
describe('errors are problem details', () => {
  let t: TestApi;
  let school: string;
  let schoolId: string;
  beforeAll(async () => {
    t = await startTestApi();
    const s = await t.login('contact@kempenhuis.school.example');
    school = `Bearer ${s.accessToken}`;
    schoolId = s.user.organisation.id as string;
  });
  afterAll(() => t.close());

  it('answers invalid input with a 400 naming each field, in Dutch', async () => {
    const res = await t
      .http()
      .patch(`/api/schools/${schoolId}`)
      .set('Authorization', school)
      .set('X-Request-Id', 'problem-details-400')
      .send({ postcode: '12345' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Controleer de invoer',
      statusCode: 400,
      message: 'Controleer de invoer',
      requestId: 'problem-details-400',
      errors: [{ field: 'postcode', message: 'moet een Nederlandse postcode zijn, bijvoorbeeld 1012 AB' }],
    });
  });

  it('answers a missing token with a 401', async () => {
    const res = await t.http().get('/api/requests');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Unauthorized', status: 401, statusCode: 401 });
    expect(res.body.detail).toBe(res.body.message);
  });

  it('answers an unknown path with a 404', async () => {
    const res = await t.http().get('/api/no-such-thing').set('Authorization', school);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    expect(typeof res.body.detail).toBe('string');
  });

  it('answers malformed JSON with a 400 in the same shape', async () => {
    const res = await t
      .http()
      .patch(`/api/schools/${schoolId}`)
      .set('Authorization', school)
      .set('Content-Type', 'application/json')
      .send('{"postcode": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, statusCode: 400 });
    expect(res.body.detail).toBe(res.body.message);
  });
});
