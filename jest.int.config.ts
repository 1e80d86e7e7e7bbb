import type { Config } from 'jest';
import { sharedConfig } from './jest.shared';

/**
 * Integration tests: the PostgreSQL server and Redis of DATABASE_URL / REDIS_URL when set, otherwise one
 * embedded PostgreSQL for the run and BullMQ's PostgreSQL backend. Each test file gets its own database.
 */
const config: Config = {
  ...sharedConfig,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/lib/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
export default config;
