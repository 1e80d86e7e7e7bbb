import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Maps the tsconfig path aliases (@halt/...) onto their source folders. */
function aliasMapper(): Record<string, string> {
  const base = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
  const paths: Record<string, string[]> = base.compilerOptions.paths;
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/\//g, '\\/')}$`, `<rootDir>/${target}`]),
  );
}

export const sharedConfig: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: aliasMapper(),
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/dist/',
    '<rootDir>/tmp/',
    // Angular code is checked by the build and the browser tests; pure `*-model.ts` files in it have unit tests.
    '<rootDir>/apps/web/',
    '<rootDir>/apps/web-e2e/',
    '<rootDir>/libs/web/(?!.*-model\\.spec\\.ts$)',
  ],
};
