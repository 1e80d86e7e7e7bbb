import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

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
 * Browser tests of real journeys in the system Chromium (playwright-core never downloads a browser here),
 * against the built app (`dist/`) served by the API: on a fresh database on the real PostgreSQL when
 * DATABASE_URL is set, otherwise on a fresh embedded PGlite.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(__dirname, '../../tmp/e2e-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
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
        launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `node ${join(__dirname, 'src/support/serve-e2e.mjs')}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
