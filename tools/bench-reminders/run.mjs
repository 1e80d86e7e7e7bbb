#!/usr/bin/env node
// Runs the reminder-queue benchmark (bench.ts) without a build step, like tools/bench-planner/run.mjs: TypeScript is
// compiled on the fly with @swc/core and the @halt/* path aliases of tsconfig.base.json are resolved to their source
// folders. Decorators are on because `@halt/api/queue` also exports the NestJS QueueModule.
//
//   npm run bench:reminders                                  both stores, 10 000 sessions (30 000 jobs)
//   npm run bench:reminders -- --store redis --sessions 1000
//   npm run bench:reminders -- --pg-concurrency 16 --redis-concurrency 100
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
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require(join(root, 'tools/bench-reminders/bench.ts'));
