#!/usr/bin/env node
// `npm start`: builds the API and the web app (Nx caches the build, so later starts are quick) and runs the
// portal on http://localhost:3000 — on the embedded database unless DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const nx = join(root, 'node_modules', '.bin', 'nx');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

console.log('Building the portal (API and web app)…');
const build = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env,
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}\n${build.stderr}\nThe build failed (see above).\n`);
  process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
