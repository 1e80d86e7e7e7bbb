import { createTestDatabase, TestDatabase } from '@halt/api/testing';
import { Client } from 'pg';
import { migrateDownAll, migrateUp, MIGRATIONS } from '@halt/api/database';

async function tables(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return r.rows.map((x) => x.table_name);
  } finally {
    await c.end();
  }
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('apply on an empty database, revert completely, and apply again', async () => {
    const applied = await migrateUp(db.url);
    expect(applied).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await tables(db.url)).toEqual(
      expect.arrayContaining([
        'app_user',
        'audit_event',
        'municipality',
        'refresh_token',
        'region',
        'school',
        'user_region',
      ]),
    );
    expect(await migrateUp(db.url)).toEqual([]);

    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const ext = await c.query(`SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`);
      expect(ext.rowCount).toBe(1);
      const tz = await c.query(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
      );
      expect(tz.rows).toEqual([]); // timestamptz everywhere
    } finally {
      await c.end();
    }

    expect(await migrateDownAll(db.url)).toBe(MIGRATIONS.length);
    expect(await tables(db.url)).toEqual(['typeorm_migrations']);
    expect(await migrateUp(db.url)).toHaveLength(MIGRATIONS.length);
  });

  it('lets replicas that start together migrate once', async () => {
    const other = await createTestDatabase();
    try {
      const results = await Promise.all([migrateUp(other.url), migrateUp(other.url), migrateUp(other.url)]);
      expect(results.map((r) => r.length).sort()).toEqual([0, 0, MIGRATIONS.length]);
    } finally {
      await other.drop();
    }
  });
});
