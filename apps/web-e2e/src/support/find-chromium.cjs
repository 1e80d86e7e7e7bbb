// Which Chromium the browser tests drive, looked for in this order: CHROMIUM_PATH, /usr/bin/chromium,
// chromium-browser or google-chrome on the PATH, then the browser Playwright keeps in its own cache
// (`npx playwright install chromium`). Shared by the Playwright config and `npm test`, which installs
// Playwright's browser when none is found.
const { execFileSync } = require('node:child_process');
const { accessSync, constants } = require('node:fs');

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
};

/** Playwright's own browser for the installed playwright-core (it may not be downloaded). */
function playwrightChromium() {
  return require('playwright-core').chromium.executablePath();
}

/** The path of a Chromium to use, or undefined when there is none on this machine. */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH; // given explicitly: used as it is, and an error names it
  const candidates = ['/usr/bin/chromium', onPath('chromium-browser'), onPath('google-chrome'), playwrightChromium()];
  return candidates.find((path) => path && executable(path));
}

module.exports = { findChromium, playwrightChromium };
