import type { Config } from 'jest';
import { sharedConfig } from './jest.shared';

/**
 * Integration tests: the real PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set,
 * otherwise embedded PGlite and BullMQ's PostgreSQL backend. Each test file gets its own database.
 */
const config: Config = {
  ...sharedConfig,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/lib/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
export default config;
