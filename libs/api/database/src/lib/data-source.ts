import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** One advisory lock key for schema changes, so replicas that start together migrate one at a time. */
const MIGRATION_LOCK_KEY = 7_353_201;

/** TypeORM options shared by the API, the worker, the CLI and the tests. `synchronize` is never on. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    extra: { max: 10, connectionTimeoutMillis: 10_000, application_name: 'halt-portaal' },
    ...extra,
  } as DataSourceOptions;
}

/**
 * The data source migrations run on: its sessions act as `migration` for the audit trigger (reference data
 * that migrations insert into audited tables is recorded as theirs).
 */
function migrationDataSource(url: string): DataSource {
  return new DataSource(
    dataSourceOptions(url, {
      extra: { max: 2, application_name: 'halt-migrate', options: '-c halt.actor_kind=migration' },
    } as Partial<DataSourceOptions>),
  );
}

/** Applies pending migrations under an advisory lock (replicas that start together migrate once); returns the names applied. */
export async function migrateUp(url: string): Promise<string[]> {
  const ds = migrationDataSource(url);
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}

/** Reverts every applied migration, newest first (used by tests and by `migrate down`). */
export async function migrateDownAll(url: string): Promise<number> {
  const ds = migrationDataSource(url);
  await ds.initialize();
  let reverted = 0;
  try {
    while (true) {
      const rows: unknown[] = await ds.query(`SELECT 1 FROM typeorm_migrations LIMIT 1`);
      if (rows.length === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
      reverted++;
    }
  } finally {
    await ds.destroy();
  }
  return reverted;
}
