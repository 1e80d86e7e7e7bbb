import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { findChromium } from './src/support/find-chromium.cjs';

const port = Number(process.env['E2E_PRODUCTION_PORT'] ?? 4320);

/**
 * The first day in production (src/production/): the built portal with NODE_ENV=production and SEED_DEMO=false,
 * on an empty database, with e-mail over a real SMTP server — see tools/testing/serve-production.ts.
 */
export default defineConfig({
  testDir: './src/production',
  outputDir: join(__dirname, '../../tmp/e2e-production-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
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
        launchOptions: {
          executablePath: findChromium(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `node ${join(__dirname, '../../tools/testing/run-ts.mjs')} ${join(__dirname, '../../tools/testing/serve-production.ts')}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM first, so the script stops the API, then its PostgreSQL, and removes the data (a SIGKILL left it).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
