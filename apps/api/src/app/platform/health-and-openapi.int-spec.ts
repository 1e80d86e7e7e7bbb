import { startTestApi, TestApi } from '../../testing/test-api';

describe('operations endpoints', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('reports database and queue store up on /api/health', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.queue).toEqual({ status: 'up', store: process.env['REDIS_URL'] ? 'redis' : 'postgres' });
  });

  it('publishes the OpenAPI document with bearer auth', async () => {
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/schools/{id}', '/api/health']),
    );
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
  });

  it('sets security headers and echoes a request id', async () => {
    const res = await t.http().get('/api/health').set('X-Request-Id', 'abc-12345678');
    expect(res.headers['x-request-id']).toBe('abc-12345678');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t
      .http()
      .get('/api/bestaat-niet')
      .set('Authorization', await t.bearer('beheer@halt.example'));
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });
});
