import { expect, test } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = join(__dirname, '../../../dist/apps/api/main.js');

/** Runs the built API with the most verbose logging and checks that no password or token reaches the log. */
test('the API never logs passwords, tokens or cookies, even at trace level', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'halt-log-'));
  const port = 4390;
  let output = '';
  const api: ChildProcess = spawn(process.execPath, [main], {
    env: {
      PATH: process.env['PATH'],
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
      WEB_DIST: '/nonexistent',
    },
  });
  api.stdout?.on('data', (d) => (output += d));
  api.stderr?.on('data', (d) => (output += d));
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined))?.status, {
        timeout: 60_000,
      })
      .toBe(200);
    const secret = 'Geheim-Wachtwoord-9731';
    const wrong = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@halt.example', password: secret }),
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@halt.example', password: 'Preventie-2026!' }),
    });
    const session = (await ok.json()) as { accessToken: string };
    const cookie = ok.headers.get('set-cookie') ?? '';
    const me = await fetch(`http://127.0.0.1:${port}/api/auth/me`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(me.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));

    // The JSON log (the start-up banner prints the demo password on purpose, in development only).
    const log = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .join('\n');
    expect(log).toContain('/api/auth/login'); // the requests were logged…
    expect(log).not.toContain(secret); // …without the password,
    expect(log).not.toContain('Preventie-2026!');
    expect(log).not.toContain(session.accessToken); // the bearer token
    expect(log).not.toContain(cookie.split(';')[0].split('=')[1]); // or the refresh cookie
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
