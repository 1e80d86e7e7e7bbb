#!/usr/bin/env node
// Runs the API benchmark (bench.ts) through tools/testing/run-ts.mjs (TypeScript compiled on the fly, the real API
// in-process). See README.md for what it measures.
//
//   npm run bench:api
//   npm run bench:api -- --seconds 5 --database-url postgres://postgres@127.0.0.1:5432/bench_dashboards_…
process.argv.splice(2, 0, 'tools/bench-api/bench.ts');
await import('../testing/run-ts.mjs');
