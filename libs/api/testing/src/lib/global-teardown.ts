import { rmSync } from 'node:fs';

/** Stops the embedded PostgreSQL the global setup started (if it did) and removes its cluster. */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.haltTestServer;
  if (!started) return;
  await started.server.stop();
  rmSync(started.dir, { recursive: true, force: true });
}
