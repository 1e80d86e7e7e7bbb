#!/usr/bin/env node
// Runs the framework-floor benchmark (floor.ts) through tools/testing/run-ts.mjs. See README.md.
//
//   npm run bench:floor
//   npm run bench:floor -- --seconds 10 --rounds 3 --connections 50
process.argv.splice(2, 0, 'tools/bench-api/floor.ts');
await import('../testing/run-ts.mjs');
