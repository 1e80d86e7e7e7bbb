import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { findChromium } from '../../apps/web-e2e/src/support/find-chromium.cjs';

const port = Number(process.env['E2E_PORT'] ?? 4320);

/**
 * `npm run a11y:check`: the built portal (`npm run build` first) on a fresh database, as the browser tests serve it,
 * crawled with axe-core in Chromium for every role; the outcome goes to `libs/web/privacy/src/lib/a11y-check.json`,
 * which the accessibility statement shows.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'crawl.a11y.ts',
  outputDir: join(__dirname, '../../tmp/a11y-check-output'),
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  use: { baseURL: `http://localhost:${port}`, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] },
      },
    },
  ],
  webServer: {
    command: `node ${join(__dirname, '../../apps/web-e2e/src/support/serve-e2e.mjs')}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM first, so the portal stops its embedded PostgreSQL and removes its data (a SIGKILL left both behind).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
