import { startEmbeddedPostgres } from '@halt/api/database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the real PostgreSQL when DATABASE_URL is
 * set (dropped afterwards), otherwise an in-memory embedded PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env['DATABASE_URL'];
  if (!base) {
    const pg = await startEmbeddedPostgres({});
    return { url: pg.url, embedded: true, drop: () => pg.stop() };
  }
  const name = `halt_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const c = new Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A unique BullMQ key prefix, so test files sharing one Redis never see each other's jobs. */
export function testQueuePrefix(): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
