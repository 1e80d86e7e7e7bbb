import { execFileSync } from 'node:child_process';
import { EmbeddedDatabaseError } from './embedded-database-error';

/** The unprivileged user the embedded server runs as when the portal runs as root. */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

function lookup(name: string): RunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. As root (CI, containers) the server runs as `preferred` when given
 * (EMBEDDED_DB_USER), else as `postgres` when that user exists, else as `nobody`. Undefined when not root.
 */
export function runAsFor(preferred?: string): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const candidates = preferred ? [preferred] : ['postgres', 'nobody'];
  for (const name of candidates) {
    const user = lookup(name);
    if (user && user.uid !== 0) return user;
  }
  throw new EmbeddedDatabaseError(
    preferred
      ? `Invalid configuration: EMBEDDED_DB_USER "${preferred}" is not an unprivileged user on this machine`
      : 'Embedded PostgreSQL refuses to run as root and found neither a "postgres" nor a "nobody" user: set EMBEDDED_DB_USER',
  );
}
