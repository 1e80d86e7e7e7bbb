import type { Config } from 'jest';
import { sharedConfig } from './jest.shared';

/** Unit tests: pure code, no database or queue. */
const config: Config = {
  ...sharedConfig,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
};
export default config;
