#!/usr/bin/env node
// `npm run bench:web`: the web app's bundle sizes and Lighthouse's performance score, next to a bare baseline page
// audited in the same run. See README.md beside this file.
//
//   npm run bench:web                       # build, then 3 Lighthouse runs per page (about 3 min)
//   npm run bench:web -- --no-build --runs 1
//   npm run bench:web -- --preset desktop --json tmp/bench-web.json
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, createGzip, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const require = createRequire(import.meta.url);
const { findChromium } = require('../../apps/web-e2e/src/support/find-chromium.cjs');

const root = new URL('../..', import.meta.url).pathname;
const webDist = join(root, 'dist/apps/web');
const browserDir = join(webDist, 'browser');

// Angular's default budgets, the ones apps/web/project.json sets for the initial bundle.
const BUDGET_WARNING = 500 * 1000;
const BUDGET_ERROR = 1000 * 1000;
const TARGET_SCORE = 90;
// A demo school user of the seed (see the login page's demo table).
const SCHOOL_USER = { email: 'contact@lorentz.school.example', password: 'Preventie-2026!' };

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '3'));
const port = Number(option('port', process.env.BENCH_WEB_PORT ?? '4470'));
const preset = option('preset', 'mobile');
const jsonOut = option('json', '');
const viaProxy = !flag('no-gzip');
const reportsDir = option('reports', '');
// Another build of the web app (a dist/apps/web folder, e.g. one built from main) audited in the same run: each of
// its audits right after the same page of this build, so both see the same load on the machine.
const againstDir = option('against', '');
if (
  againstDir &&
  !existsSync(join(root, againstDir, 'browser/index.html')) &&
  !existsSync(join(againstDir, 'browser/index.html'))
)
  throw new Error(`--against ${againstDir}: no browser/index.html in it (give a dist/apps/web folder)`);
const againstBrowser = againstDir
  ? existsSync(join(againstDir, 'browser/index.html'))
    ? join(againstDir, 'browser')
    : join(root, againstDir, 'browser')
  : '';
if (againstDir && flag('no-gzip')) throw new Error('--against serves both builds through the gzip proxy');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
if (preset !== 'mobile' && preset !== 'desktop') throw new Error('--preset is mobile or desktop');

// ---------------------------------------------------------------------------------------------------------------
// 1. Build (the web app with esbuild's metafile for chunk names; the API, which serves it).

if (
  !flag('no-build') ||
  !existsSync(join(browserDir, 'index.html')) ||
  !existsSync(join(root, 'dist/apps/api/main.js'))
) {
  console.log('Building the web app and the API…');
  const nx = join(root, 'node_modules/.bin/nx');
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  for (const cmd of [
    ['build', 'web', '--stats-json', '--outputStyle=static'],
    ['build', 'api', '--outputStyle=static'],
  ]) {
    const r = spawnSync(nx, cmd, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout}\n${r.stderr}\nThe build failed (see above).\n`);
      process.exit(1);
    }
    if (cmd[1] === 'web' && /budget/i.test(r.stdout + r.stderr)) {
      process.stderr.write(
        `${(r.stdout + r.stderr)
          .split('\n')
          .filter((l) => /budget/i.test(l))
          .join('\n')}\n`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Bundle sizes: initial = what index.html loads (its scripts, module preloads and stylesheets).

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const indexHtml = readFileSync(join(browserDir, 'index.html'), 'utf8');
const initialFiles = [
  ...new Set([...indexHtml.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''))),
];
const statsFile = join(webDist, 'stats.json');
const metafile = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : null;

/** A readable name for a chunk: its entry point (a lazy route or deferred block), else its largest source. */
function chunkName(file) {
  const out = metafile?.outputs?.[file];
  if (!out) return '';
  const short = (p) =>
    p
      .replace(/^node_modules\//, '')
      .replace(/\/fesm2022\//, '/')
      .replace(/\.(m?js|ts)$/, '');
  if (out.entryPoint) return short(out.entryPoint);
  const largest = Object.entries(out.inputs ?? {}).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0];
  return largest ? `shared: ${short(largest[0])}…` : '';
}

const sized = (file) => ({
  file,
  name: chunkName(file),
  raw: statSync(join(browserDir, file)).size,
  gzip: gzip(join(browserDir, file)),
});
const initial = initialFiles.map(sized);
const lazy = readdirSync(browserDir)
  .filter((f) => f.endsWith('.js') && !initialFiles.includes(f))
  .map(sized)
  .sort((a, b) => b.raw - a.raw);
const total = (list, key) => list.reduce((sum, c) => sum + c[key], 0);
const bundle = {
  initial: { raw: total(initial, 'raw'), gzip: total(initial, 'gzip'), files: initial },
  lazy: { count: lazy.length, raw: total(lazy, 'raw'), gzip: total(lazy, 'gzip'), top: lazy.slice(0, 10) },
};

/** The initial bundle of another build (`--against`): what its index.html loads, raw and gzip. */
function initialOf(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...new Set([...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''))),
  ];
  return files.reduce(
    (sum, f) => ({ raw: sum.raw + statSync(join(dir, f)).size, gzip: sum.gzip + gzip(join(dir, f)) }),
    { raw: 0, gzip: 0 },
  );
}
const againstBundle = againstBrowser ? initialOf(againstBrowser) : null;

const row = (cells, widths) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(`\nBundle (${browserDir.replace(root, '')})`);
const budget =
  bundle.initial.raw > BUDGET_ERROR
    ? 'OVER the 1 MB error budget'
    : bundle.initial.raw > BUDGET_WARNING
      ? 'over the 500 kB warning budget'
      : 'within the 500 kB budget';
console.log(`  initial: ${kB(bundle.initial.raw)} raw, ${kB(bundle.initial.gzip)} gzip — ${budget}`);
for (const c of initial) console.log(`    ${row([c.file, kB(c.raw), kB(c.gzip), c.name], [28, 10, 10, 0])}`);
if (againstBundle)
  console.log(`  --against ${againstDir}: initial ${kB(againstBundle.raw)} raw, ${kB(againstBundle.gzip)} gzip`);
console.log(`  lazy: ${lazy.length} chunks, ${kB(bundle.lazy.raw)} raw in all; the 10 largest:`);
for (const c of bundle.lazy.top) console.log(`    ${row([c.file, kB(c.raw), kB(c.gzip), c.name], [28, 10, 10, 0])}`);

// ---------------------------------------------------------------------------------------------------------------
// 3. Servers: the portal (the real API serving the built app, demo seed, fresh database; the e2e server) and a bare
//    `http` server with one small static page, the baseline for this machine's noise.

const baselineHtml = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline</title><style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem}</style></head>
<body><main><h1>Halt Preventieportaal</h1><p>Een kale pagina zonder scripts: de ondergrens van deze machine.</p></main></body></html>`;
const baseline = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(baselineHtml);
});
await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));
const baselineUrl = `http://127.0.0.1:${baseline.address().port}/`;

// Before the portal starts, so a missing browser does not leave a server (and its PostgreSQL) running.
const chromePath = process.env.CHROME_PATH ?? findChromium();
if (!chromePath) throw new Error('no Chromium found: install one (`apt-get install -y chromium`) or set CHROME_PATH');

const portal = spawn(process.execPath, [join(root, 'apps/web-e2e/src/support/serve-e2e.mjs')], {
  cwd: root,
  env: { ...process.env, E2E_PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let portalExited = false;
portal.on('exit', () => (portalExited = true));
const stopPortal = () =>
  new Promise((resolve) => {
    if (portalExited) return resolve();
    portal.once('exit', resolve);
    portal.kill('SIGTERM');
  });
const apiOrigin = `http://localhost:${port}`;

// In production nginx sits in front of the API and compresses (deploy/nginx.conf: `gzip on`, level 1, for CSS,
// JavaScript, JSON, SVG and text). The API itself does not, so the audits go through a tiny proxy that does the same;
// `--no-gzip` audits the API directly.
const COMPRESSED =
  /^(text\/html|text\/css|application\/javascript|text\/javascript|application\/json|image\/svg\+xml|text\/plain)/;
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/**
 * With `--against`, both builds' files come from here, as the API serves them (a file for 1 h, else index.html
 * with no-cache), and /api goes to the one portal: the two builds differ only in their files.
 */
function staticFile(dir, req) {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/api(\/|$)/.test(req.url)) return null;
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(dir, path);
  if (file.startsWith(`${dir}/`) && existsSync(file) && statSync(file).isFile()) {
    const ext = file.slice(file.lastIndexOf('.'));
    return { file, type: CONTENT_TYPES[ext] ?? 'application/octet-stream', cache: 'public, max-age=3600' };
  }
  return { file: join(dir, 'index.html'), type: CONTENT_TYPES['.html'], cache: 'no-cache' };
}
function createProxy(staticDir) {
  return createServer((req, res) => {
    const local = staticDir ? staticFile(staticDir, req) : null;
    if (local) {
      const body = readFileSync(local.file);
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSED.test(local.type);
      res.writeHead(200, {
        'content-type': local.type,
        'cache-control': local.cache,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : { 'content-length': body.length }),
      });
      if (req.method === 'HEAD') return res.end();
      return res.end(gzip ? gzipSync(body, { level: 1 }) : body);
    }
    const upstream = request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        const type = String(up.headers['content-type'] ?? '');
        const gzip =
          /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
          !up.headers['content-encoding'] &&
          COMPRESSED.test(type) &&
          req.method !== 'HEAD' &&
          up.statusCode !== 204 &&
          up.statusCode !== 304;
        const headers = { ...up.headers };
        if (gzip) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
        }
        res.writeHead(up.statusCode ?? 502, headers);
        if (gzip) up.pipe(createGzip({ level: 1, flush: constants.Z_SYNC_FLUSH })).pipe(res);
        else up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
}
const proxy = createProxy(againstBrowser ? browserDir : null);
const againstProxy = againstBrowser ? createProxy(againstBrowser) : null;
if (viaProxy) await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
if (againstProxy) await new Promise((resolve) => againstProxy.listen(0, '127.0.0.1', resolve));
const origin = viaProxy ? `http://localhost:${proxy.address().port}` : apiOrigin;
const againstOrigin = againstProxy ? `http://localhost:${againstProxy.address().port}` : '';

async function waitForPortal() {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (portalExited) throw new Error('the portal stopped while starting (see above)');
    try {
      if ((await fetch(`${apiOrigin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the portal did not answer on ${apiOrigin}/api/health within 3 minutes`);
}

/** Signs the demo school user in through the API; the refresh cookie then restores the session on page load. */
async function schoolCookie() {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SCHOOL_USER),
  });
  if (!res.ok) throw new Error(`signing in the demo school user failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('signing in returned no refresh cookie');
  return cookie;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Lighthouse: a fresh headless Chromium (and profile) per audit, so no cookie or cache carries over.

async function audit(url, headers, expectPath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: headers },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const landed = new URL(lhr.finalDisplayedUrl).pathname;
    if (expectPath && landed !== expectPath) throw new Error(`${url} ended on ${landed}, not ${expectPath}`);
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    if (flag('details')) printDetails(url, lhr);
    if (reportsDir) {
      mkdirSync(join(root, reportsDir), { recursive: true });
      const name = `${new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'baseline'}-${Date.now()}.json`;
      writeFileSync(join(root, reportsDir, name), JSON.stringify(lhr));
    }
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      // Lighthouse's measure of this machine's CPU at the time (higher is faster): its 4× slowdown assumes ~1500+.
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP…): such an audit is run again, twice at most. */
async function auditWithRetry(p) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(p.url(), await p.headers(), p.path);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt >= 3 || !message.startsWith('Lighthouse:')) throw e;
      console.log(`  ${p.key}: ${message.split('\n')[0]} — running it again`);
    }
  }
}

const pages = [
  { key: 'baseline', label: 'baseline (bare http, static page)', url: () => baselineUrl, headers: async () => ({}) },
  {
    key: 'login',
    label: 'login page /inloggen',
    url: () => `${origin}/inloggen`,
    path: '/inloggen',
    headers: async () => ({}),
  },
  {
    key: 'school',
    label: 'school home /school (signed in)',
    url: () => `${origin}/school`,
    path: '/school',
    headers: async () => ({ Cookie: await schoolCookie() }),
  },
  ...(againstOrigin
    ? [
        {
          key: 'login-against',
          label: '  --against build: /inloggen',
          url: () => `${againstOrigin}/inloggen`,
          path: '/inloggen',
          headers: async () => ({}),
          after: 'login',
        },
        {
          key: 'school-against',
          label: '  --against build: /school',
          url: () => `${againstOrigin}/school`,
          path: '/school',
          headers: async () => ({ Cookie: await schoolCookie() }),
          after: 'school',
        },
      ]
    : []),
];
// Each --against page right after this build's same page.
for (const p of pages.filter((x) => x.after)) {
  pages.splice(pages.indexOf(p), 1);
  pages.splice(pages.findIndex((x) => x.key === p.after) + 1, 0, p);
}
const samples = Object.fromEntries(pages.map((p) => [p.key, []]));
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let failed = false;
try {
  console.log(
    `\nStarting the portal on ${apiOrigin} (fresh database, demo seed)${viaProxy ? `, audited through a gzip proxy on ${origin} (as nginx)` : ', audited without compression'}…`,
  );
  await waitForPortal();
  // One throwaway load, so the first measured run does not pay for the API's cold start.
  await audit(`${origin}/inloggen`, {}, '/inloggen');
  for (let run = 1; run <= runs; run++) {
    for (const p of pages) {
      const sample = await auditWithRetry(p);
      samples[p.key].push(sample);
      process.stdout.write(`  run ${run}/${runs} ${p.key}: ${sample.score}\n`);
    }
  }
} catch (e) {
  failed = true;
  console.error(`\nbench:web failed: ${e instanceof Error ? e.message : e}`);
} finally {
  await stopPortal();
  baseline.close();
  if (viaProxy) proxy.close();
  againstProxy?.close();
}
if (failed) process.exit(1);

const summary = pages.map((p) => {
  const list = samples[p.key];
  const pick = (k) => median(list.map((s) => s[k]));
  return {
    page: p.key,
    label: p.label,
    runs: list.map((s) => s.score),
    score: pick('score'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
  };
});
const widths = [36, 6, 9, 9, 8, 6, 0];
console.log(
  `\nLighthouse ${lighthouseVersion()} performance, ${preset} preset (simulated throttling), ${viaProxy ? 'gzip as nginx' : 'no compression'}, median of ${runs} run(s), ${chromeVersion()}`,
);
console.log(`  ${row(['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS', '  runs'], widths)}`);
for (const s of summary) {
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(
    `  ${row([s.label, s.score, ms(s.fcp), ms(s.lcp), ms(s.tbt), s.cls.toFixed(3), `  ${s.runs.join(' ')}`], widths)}`,
  );
}
const hostIndex = median(Object.values(samples).flatMap((list) => list.map((s) => s.benchmarkIndex)));
console.log(
  `  this machine's Lighthouse benchmarkIndex: ${Math.round(hostIndex)} (median; the 4× CPU slowdown assumes a host of about 1500 or more, so a lower index scores pages lower)`,
);
const app = summary.filter((s) => s.page !== 'baseline' && !s.page.endsWith('-against'));
const below = app.filter((s) => s.score < TARGET_SCORE);
console.log(
  below.length
    ? `  target ≥ ${TARGET_SCORE}: NOT met by ${below.map((s) => s.page).join(', ')}`
    : `  target ≥ ${TARGET_SCORE}: met by every page of the app`,
);

if (jsonOut) {
  writeFileSync(
    join(root, jsonOut),
    `${JSON.stringify({ preset, runs, gzip: viaProxy, benchmarkIndex: hostIndex, bundle, ...(againstDir ? { against: { dir: againstDir, initial: againstBundle } } : {}), lighthouse: summary }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${jsonOut}`);
}

/** `--details`: the audits that cost this page points, with Lighthouse's own summary of each. */
function printDetails(url, lhr) {
  const weak = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `      ${a.id}: ${a.displayValue ?? ''} (score ${a.score})`);
  const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map(
    (i) => `      layout shift ${i.score?.toFixed(3)}: ${i.node?.snippet ?? i.node?.selector ?? '?'}`,
  );
  console.log(`    ${url}${lcp ? ` — LCP element ${lcp}` : ''}\n${[...weak, ...shifts].join('\n')}`);
}

function lighthouseVersion() {
  return require('lighthouse/package.json').version;
}
function chromeVersion() {
  const r = spawnSync(chromePath, ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim().replace(/\s+built on.*$/, '') || chromePath;
}
