// Starts the built API for the browser tests (dist/apps/api/main.js, from another working directory) and stops it
// on this script's SIGTERM or SIGINT. Shared by serve-e2e.mjs and tools/testing/serve-production.ts.
//
// The API runs in a process group of its own, so a signal to this script's group (Playwright's graceful shutdown)
// reaches it once, through `stop`: a second signal makes the API exit at once, before it has stopped what it
// started (its embedded PostgreSQL). When it has exited, `onExit` cleans up and this script ends with its code.
const { spawn } = require('node:child_process');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

function serveApi(root, env, onExit) {
  const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: tmpdir(),
    env,
    stdio: 'inherit',
    detached: true,
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    api.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  api.on('exit', async (code) => {
    await onExit().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

module.exports = { serveApi };
