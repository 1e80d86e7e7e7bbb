import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const main = join(__dirname, '../../../dist/apps/api/main.js');

test.describe('configuration check at boot', () => {
  for (const [env, line] of [
    [{ PORT: 'drie-duizend' }, 'Invalid configuration: PORT must be an integer number (got "drie-duizend")'],
    [
      { DATABASE_URL: 'mysql://db/halt' },
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL',
    ],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' },
      'Invalid configuration: JWT_SECRET is required in production (at least 32 characters)',
    ],
  ] as const) {
    test(`refuses ${Object.keys(env).join('+')} with one line and exit code 1`, () => {
      const r = spawnSync(process.execPath, [main], {
        env: { PATH: process.env['PATH'], ...env },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(line);
      expect(r.stdout).toBe('');
    });
  }
});
