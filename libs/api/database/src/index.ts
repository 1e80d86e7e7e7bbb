export * from './lib/embedded-postgres';
export * from './lib/data-source';
export * from './lib/database-url';
export * from './lib/database.module';
export * from './lib/pg-errors';
export { MIGRATIONS } from './lib/migrations';
