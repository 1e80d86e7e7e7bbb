#!/usr/bin/env node
// `npm test`: lint, the API contract (Spectral; the committed document and types), type checks, unit tests,
// integration tests (the PostgreSQL server / Redis of DATABASE_URL / REDIS_URL when set, else one embedded
// PostgreSQL + BullMQ's PostgreSQL backend), a production build, and the Playwright suite in Chromium against the
// built app. Every step runs; the summary names the failures.
//
//   npm test                 everything
//   npm test -- unit int     only the named steps (lint, contract, typecheck, unit, int, build, e2e, e2e-production)
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../apps/web-e2e/src/support/find-chromium.cjs';

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'tmp', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

const jestCounts = (file) => {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
    skipped: r.numPendingTests,
  };
};
const playwrightCounts = (file) => {
  if (!existsSync(file)) return undefined;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
};

/**
 * The browser for the e2e step: the machine's Chromium, else Playwright's own — downloaded now when missing
 * (that works on an ordinary connected machine). The step fails with one line when there is none at all.
 */
function chromiumFor(env) {
  let path = findChromium(env);
  if (!path) {
    console.log('No Chromium found: trying `npx playwright install chromium`…');
    spawnSync(bin('playwright'), ['install', 'chromium'], { cwd: root, stdio: 'inherit' });
    path = findChromium(env);
  }
  try {
    if (path) accessSync(path, constants.X_OK);
  } catch {
    return { error: `CHROMIUM_PATH=${path} is not an executable browser` };
  }
  return path
    ? { env: { CHROMIUM_PATH: path } }
    : {
        error:
          'no Chromium for the browser tests: install one with `apt-get install -y chromium` (or set CHROMIUM_PATH)',
      };
}

const steps = [
  // The module-boundary rule reads Nx's project graph and silently skips itself without one: compute it first.
  { name: 'lint', cmd: ['sh', '-c', `${bin('nx')} show projects >/dev/null && ${bin('eslint')} . --max-warnings=0`] },
  // The API contract: the OpenAPI document built from the modules (no database) passes Spectral (.spectral.yaml)
  // and equals the committed document and types, which the typecheck step then checks the web contracts against.
  { name: 'contract', cmd: [process.execPath, join(root, 'tools/scripts/openapi.mjs'), '--check'] },
  {
    name: 'typecheck',
    cmd: [
      'sh',
      '-c',
      `${bin('tsc')} -p tsconfig.node.json && ${bin('tsc')} -p apps/web/tsconfig.app.json --noEmit && ${bin('tsc')} -p apps/web-e2e/tsconfig.json`,
    ],
  },
  {
    name: 'unit',
    cmd: [
      process.execPath,
      bin('jest'),
      '-c',
      'jest.unit.config.ts',
      '--ci',
      '--json',
      `--outputFile=${join(out, 'unit.json')}`,
    ],
    counts: () => jestCounts(join(out, 'unit.json')),
  },
  {
    name: 'int',
    cmd: [
      process.execPath,
      bin('jest'),
      '-c',
      'jest.int.config.ts',
      '--ci',
      '--json',
      `--outputFile=${join(out, 'int.json')}`,
    ],
    counts: () => jestCounts(join(out, 'int.json')),
  },
  // No build cache here: the suite proves that this tree builds, not that some earlier one did.
  {
    name: 'build',
    cmd: [
      bin('nx'),
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'worker',
      'web',
      '--outputStyle=static',
      '--skip-nx-cache',
    ],
  },
  {
    name: 'e2e',
    cmd: [bin('playwright'), 'test', '-c', 'apps/web-e2e/playwright.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(out, 'e2e.json') },
    prepare: chromiumFor,
    counts: () => playwrightCounts(join(out, 'e2e.json')),
    needs: 'build',
  },
  {
    // The first day in production: NODE_ENV=production, SEED_DEMO=false, an empty database, mail over SMTP.
    name: 'e2e-production',
    cmd: [bin('playwright'), 'test', '-c', 'apps/web-e2e/playwright.production.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(out, 'e2e-production.json') },
    prepare: chromiumFor,
    counts: () => playwrightCounts(join(out, 'e2e-production.json')),
    needs: 'build',
  },
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? steps.filter((s) => wanted.includes(s.name)) : steps;
const results = [];
for (const step of selected) {
  if (step.needs && results.some((r) => r.name === step.needs && !r.ok)) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `skipped: ${step.needs} failed` });
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.cmd.map((c) => c.replace(root, '')).join(' ')}`);
  const started = Date.now();
  const prepared = step.prepare?.(process.env) ?? {};
  if (prepared.error) {
    console.log(`${step.name}: ${prepared.error}`);
    results.push({ name: step.name, ok: false, seconds: (Date.now() - started) / 1000, note: prepared.error });
    continue;
  }
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      FORCE_COLOR: '0',
      ...(step.env ?? {}),
      ...(prepared.env ?? {}),
    },
  });
  results.push({
    name: step.name,
    ok: r.status === 0,
    seconds: (Date.now() - started) / 1000,
    counts: step.counts?.(),
  });
}

console.log('\n=== summary');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of results) {
  const c = r.counts;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  }
  const detail = c ? ` — ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}` : '';
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(9)} ${r.seconds.toFixed(1).padStart(6)} s${detail}${r.note ? ` (${r.note})` : ''}`,
  );
}
const failedSteps = results.filter((r) => !r.ok);
if (failedSteps.length && failed === 0) failed = failedSteps.length; // a failed lint/build step counts as a failure
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
