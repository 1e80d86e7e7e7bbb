import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedDatabaseError } from './embedded-database-error';

/** True when a process with this id exists (also one of another user: EPERM). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process ('' when unknown). */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  }
}

/** Waits until `pid` is gone; false after `ms`. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** Asks a postmaster to stop: fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
export async function stopPostmaster(pid: number, gracefulMs = 15_000): Promise<void> {
  for (const [signal, ms] of [
    ['SIGINT', gracefulMs],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, ms)) return;
  }
  throw new Error(`Embedded PostgreSQL (pid ${pid}) did not stop`);
}

/**
 * The portal process that started the server of a data directory writes its pid to `owner.pid`. On the next
 * start a still-running postmaster whose owner is gone (the API crashed or was killed) is stale and is
 * stopped; one whose owner still runs belongs to another portal on the same data and is left alone.
 */
export async function takeOver(dir: string, pgdata: string, log: (line: string) => void): Promise<void> {
  const ownerFile = join(dir, 'owner.pid');
  const pidFile = join(pgdata, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : NaN;
    if (isAlive(postmaster) && commandLine(postmaster).includes(pgdata)) {
      if (owner !== process.pid && isAlive(owner)) {
        throw new EmbeddedDatabaseError(
          `The embedded database in ${dir} is in use by another portal process (pid ${owner}): stop that one first, ` +
            'or give this one its own DATA_DIR.',
        );
      }
      log(`stopping the embedded PostgreSQL left running by an earlier start (pid ${postmaster})`);
      await stopPostmaster(postmaster);
    } else if (isAlive(postmaster)) {
      // The id was reused by an unrelated process: the lock file is stale, and PostgreSQL would refuse it.
      rmSync(pidFile, { force: true });
    }
  }
  writeFileSync(ownerFile, `${process.pid}\n`);
}
