#!/usr/bin/env node
// Runs the dashboard benchmark (bench.ts) without a build step, like tools/bench-reminders/run.mjs: TypeScript is
// compiled on the fly with @swc/core and the @halt/* path aliases of tsconfig.base.json are resolved to their source
// folders. Decorators are on (with their metadata, class names kept) because the real NestJS API is started
// in-process.
//
//   npm run bench:dashboards                                  fresh database, generate, measure, drop
//   npm run bench:dashboards -- --iterations 50 --keep
//   npm run bench:dashboards -- --database-url postgres://postgres@127.0.0.1:5432/bench_dashboards_…
//   node tools/bench-dashboards/run.mjs generate --database-url URL   only the generator, on a seeded database
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const swc = require('@swc/core');
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
const aliases = new Map(Object.entries(paths).map(([alias, [target]]) => [alias, join(root, target)]));

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases.get(request) ?? request, ...rest);
};
Module._extensions['.ts'] = function (module, filename) {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

if (process.argv[2] === 'generate') {
  const { generateCli } = require(join(root, 'tools/bench-dashboards/generate.ts'));
  generateCli(process.argv.slice(3)).then(
    () => process.exit(0),
    (err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
} else {
  require(join(root, 'tools/bench-dashboards/bench.ts'));
}
