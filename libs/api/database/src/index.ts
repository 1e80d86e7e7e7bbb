export * from './lib/embedded-postgres';
export * from './lib/data-source';
export * from './lib/database-url';
export * from './lib/database.module';
export * from './lib/pg-errors';
export * from './lib/prepared-read';
export * from './lib/unit-of-work';
export { AUDITED_TABLES } from './lib/migrations/1765353600000-write-path';
export { MIGRATIONS } from './lib/migrations';
