import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * The built web app is served from the API's port after every API route: files and client routes for the
 * browser, but an API path is always the API's — even when the web root holds a file of that name.
 */
describe('the web app behind the API', () => {
  const root = mkdtempSync(join(tmpdir(), 'halt-web-'));
  let t: TestApi;
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Halt</title><app-root></app-root>');
    writeFileSync(join(root, 'main-ABC123.js'), 'console.log("portal");');
    writeFileSync(join(root, 'chunk-7XWZ4D6M.js'), 'export const page = 1;');
    writeFileSync(join(root, 'favicon.ico'), 'icon');
    // Files that would shadow API paths if the web app came first.
    mkdirSync(join(root, 'api/auth'), { recursive: true });
    writeFileSync(join(root, 'api/health'), 'a file, not the health check');
    writeFileSync(join(root, 'api/auth/me'), 'a file, not the signed-in user');
    writeFileSync(join(root, 'api/unknown'), 'a file, not a 404');
    t = await startTestApi({ WEB_DIST: root });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a built file with a cache lifetime', async () => {
    const res = await t.http().get('/main-ABC123.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log("portal");');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('lets a browser keep a file named by its content for a year, other files for an hour', async () => {
    const chunk = await t.http().get('/chunk-7XWZ4D6M.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.http().get('/favicon.ico')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a client route with index.html, never cached', async () => {
    for (const path of ['/', '/aanvragen/123', '/account']) {
      const res = await t.http().get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 200`);
      expect(res.text).toContain('<app-root>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('lets no browser or proxy keep an API answer (personal data), signed in or not', async () => {
    const signedIn = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', await t.bearer('beheer@halt.example'));
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    for (const path of ['/api/auth/me', '/api/health', '/api/unknown']) {
      expect(`${path} ${(await t.http().get(path)).headers['cache-control']}`).toMatch(
        new RegExp(`^${path} .*no-store`),
      );
    }
  });

  it('answers an API path by its route even when the web root has a file of that name', async () => {
    const health = await t.http().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const me = await t.http().get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('looks at the disk for browser paths only, never for an API path', async () => {
    const stat = jest.spyOn(fs, 'stat');
    try {
      await t.http().get('/api/health');
      await t.http().get('/api/unknown');
      expect(stat).not.toHaveBeenCalled();
      await t.http().get('/main-ABC123.js');
      expect(stat).toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });

  it('answers an unknown API path, and a non-GET elsewhere, with a 404 in problem details', async () => {
    for (const [method, path] of [
      ['get', '/api/unknown'],
      ['get', '/api'],
      ['post', '/aanvragen'],
    ] as const) {
      const res = await t.http()[method](path);
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 404`);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, statusCode: 404 });
    }
  });
});
