#!/usr/bin/env node
// Runs the planner benchmark (bench.ts) without a build step: TypeScript is compiled on the fly with @swc/core
// and the @halt/* path aliases of tsconfig.base.json are resolved to their source folders, like the Jest setup.
//
//   npm run bench:planner                       every size
//   npm run bench:planner -- tiny small         only these sizes
//   npm run bench:planner -- --seed 3 --time full=45000
//   node tools/bench-planner/run.mjs some/script.ts   run another TypeScript script the same way
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
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

const script = process.argv[2]?.endsWith('.ts') ? join(process.cwd(), process.argv.splice(2, 1)[0]) : null;
require(script ?? join(root, 'tools/bench-planner/bench.ts'));
