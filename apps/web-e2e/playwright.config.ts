import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { findChromium } from './src/support/find-chromium.cjs';

const port = Number(process.env['E2E_PORT'] ?? 4310);
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Browser tests of real journeys in Chromium (found by support/find-chromium.cjs; `npm test` installs
 * Playwright's own when the machine has none), against the built app (`dist/`) served by the API: on a fresh
 * database on the PostgreSQL server of DATABASE_URL when set, otherwise on a fresh embedded PostgreSQL.
 */
export default defineConfig({
  testDir: './src',
  // The first day in production has its own server (playwright.production.config.ts).
  testIgnore: 'production/**',
  outputDir: join(__dirname, '../../tmp/e2e-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000, // the longest journeys take ~45 s on a quiet 2-core machine
  expect: { timeout: 10_000 },
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `node ${join(__dirname, 'src/support/serve-e2e.mjs')}`,
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
