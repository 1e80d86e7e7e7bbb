import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The API process as `npm start` runs it (apps/api/src/main.ts, without DATABASE_URL): it starts the embedded
 * PostgreSQL under DATA_DIR, stops it on Ctrl-C/SIGTERM without leaving a postgres process behind, keeps the
 * cluster for the next start, and after a crash (SIGKILL) the next start stops the orphaned server first.
 * Run as the current user and, when that is root (CI, containers), also as an ordinary user.
 */
const root = join(__dirname, '../../../../..');
const asRoot = process.getuid?.() === 0;
const ordinary = asRoot
  ? {
      name: 'nobody',
      uid: Number(execFileSync('id', ['-u', 'nobody']).toString()),
      gid: Number(execFileSync('id', ['-g', 'nobody']).toString()),
    }
  : undefined;
const users = [
  { who: asRoot ? 'root' : 'an ordinary user', as: undefined },
  ...(ordinary ? [{ who: 'an ordinary user (nobody)', as: ordinary }] : []),
];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Processes whose command line names this cluster. */
function serversOf(pgdata: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(pgdata);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function uidOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Uid:'));
  return Number(line?.split(/\s+/)[1]);
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startPortal(dataDir: string, port: number, as?: { uid: number; gid: number }): Started {
  let output = '';
  const child = spawn(process.execPath, [join(root, 'tools/testing/run-ts.mjs'), 'apps/api/src/main.ts'], {
    cwd: root,
    uid: as?.uid,
    gid: as?.gid,
    env: {
      PATH: process.env['PATH'],
      HOME: tmpdir(),
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

async function healthy(port: number, started: Started, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (started.child.exitCode !== null) throw new Error(`the portal exited:\n${started.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy portal within ${ms} ms:\n${started.output()}`);
}

describe.each(users)('npm start as $who', ({ as }) => {
  const base = mkdtempSync(join(tmpdir(), 'halt-lifecycle-'));
  const dataDir = join(base, 'data');
  const pgdata = join(dataDir, 'pgdata');
  beforeAll(() => {
    chmodSync(base, 0o711); // as root the server's own user must pass through (mkdtemp makes it 0700)
    if (as) chownSync(base, as.uid, as.gid);
  });
  afterAll(() => {
    for (const pid of serversOf(pgdata)) process.kill(pid, 'SIGKILL');
    rmSync(base, { recursive: true, force: true });
  });

  it('stops its PostgreSQL on Ctrl-C and SIGTERM, keeps the data, and takes over after a crash', async () => {
    const port = await freePort();

    const first = startPortal(dataDir, port, as);
    await healthy(port, first);
    expect(first.output()).toContain('created the embedded PostgreSQL');
    const [server] = serversOf(pgdata);
    expect(server).toBeGreaterThan(0);
    expect(uidOf(server)).not.toBe(0); // PostgreSQL never runs as root
    if (as) expect(uidOf(server)).toBe(as.uid);
    expect(readFileSync(join(dataDir, 'postgres-password')).length).toBeGreaterThanOrEqual(32);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(serversOf(pgdata)).toEqual([]);

    const second = startPortal(dataDir, port, as);
    await healthy(port, second);
    expect(second.output()).not.toContain('created the embedded PostgreSQL'); // the same cluster again
    second.child.kill('SIGKILL'); // a crash: the server is orphaned
    await second.exited;
    const orphans = serversOf(pgdata);
    expect(orphans).toHaveLength(1);

    const third = startPortal(dataDir, port, as);
    await healthy(port, third);
    expect(third.output()).toContain(
      `stopping the embedded PostgreSQL left running by an earlier start (pid ${orphans[0]})`,
    );
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(serversOf(pgdata)).toEqual([]);
  });

  it('names what to do, in one line, with a data folder of the earlier PGlite mode', async () => {
    const old = join(base, 'pglite');
    mkdirSync(join(old, 'pgdata'), { recursive: true });
    writeFileSync(join(old, 'pgdata', 'PG_VERSION'), '18\n');
    if (as) for (const p of [old, join(old, 'pgdata'), join(old, 'pgdata', 'PG_VERSION')]) chownSync(p, as.uid, as.gid);
    const started = startPortal(old, await freePort(), as);
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/earlier embedded database \(PGlite\).*rm -rf .*pglite\/pgdata$/);
  });
});
