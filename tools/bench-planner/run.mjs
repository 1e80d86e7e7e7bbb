#!/usr/bin/env node
// Runs the planner benchmark (bench.ts) without a build step, through tools/testing/run-ts.mjs (TypeScript
// compiled on the fly with @swc/core, the @halt/* aliases resolved to their source folders).
//
//   npm run bench:planner                       every size
//   npm run bench:planner -- tiny small         only these sizes
//   npm run bench:planner -- --seed 3 --time full=45000
//   node tools/bench-planner/run.mjs some/script.ts   run another TypeScript script the same way
if (!process.argv[2]?.endsWith('.ts')) process.argv.splice(2, 0, 'tools/bench-planner/bench.ts');
await import('../testing/run-ts.mjs');
