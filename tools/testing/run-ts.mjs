#!/usr/bin/env node
// Runs a TypeScript entry point of the repository without a build step (tests that need a real separate
// process, e.g. a worker they can kill): TypeScript is compiled on the fly with @swc/core and the @halt/*
// path aliases of tsconfig.base.json resolve to their source folders.
//
//   node tools/testing/run-ts.mjs apps/worker/src/main.ts
//   node tools/testing/run-ts.mjs tools/bench-reminders/bench.ts --sessions 1000   (the entry sees its own arguments)
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { isAbsolute, join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/testing/run-ts.mjs <file.ts>');
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2), as if it had been started directly.
process.argv.splice(2, 1);
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

require(isAbsolute(entry) ? entry : join(root, entry));
