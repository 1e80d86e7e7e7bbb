import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** A PGlite database served on a local port, reached through the ordinary `pg` driver. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

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

/**
 * Starts PGlite persisted under `dataDir` (or in memory when `dataDir` is undefined) and serves it on
 * 127.0.0.1. BullMQ's PostgreSQL backend pins `search_path` with a startup option the socket multiplexer
 * does not honour, so the shared session gets `public, bullmq` here (see docs/architecture.md).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { btree_gist } });
  await db.exec(`SET search_path TO public, bullmq; SET TIME ZONE 'UTC';`);
  const port = options.port || (await freePort());
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 });
  await server.start();
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      stopping ??= server.stop().then(() => db.close());
      return stopping;
    },
  };
}
