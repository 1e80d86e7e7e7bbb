import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const base = process.env['DATABASE_URL'];
  if (!base) throw new Error('DATABASE_URL is not set: run the integration tests through jest.int.config.ts');
  return base;
}

/**
 * A fresh, empty database for one test file on the run's PostgreSQL server: the embedded one the global
 * setup started, or the one DATABASE_URL names. Dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
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
