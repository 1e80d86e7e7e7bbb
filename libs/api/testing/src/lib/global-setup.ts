import { Client } from 'pg';

/** Prints which real services the integration tests run against, and fails early when a configured one is down. */
export default async function globalSetup(): Promise<void> {
  const db = process.env['DATABASE_URL'];
  const redis = process.env['REDIS_URL'];
  console.log(
    `\nintegration tests: database ${db ? `PostgreSQL (${new URL(db).host})` : 'embedded PGlite'}, ` +
      `queue store ${redis ? `Redis (${new URL(redis).host}) and the PostgreSQL backend` : 'the PostgreSQL backend'}`,
  );
  if (db) {
    const c = new Client({ connectionString: db, connectionTimeoutMillis: 5000 });
    await c.connect();
    await c.end();
  }
}
