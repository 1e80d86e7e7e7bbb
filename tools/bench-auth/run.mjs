#!/usr/bin/env node
// Runs the sign-in cost benchmark (bench.ts) through tools/testing/run-ts.mjs (TypeScript compiled on the fly, the
// real API in-process). See bench.ts for what it measures.
//
//   npm run bench:auth
//   npm run bench:auth -- --seconds 5 --pg-url postgres://postgres@127.0.0.1:5432/postgres
process.argv.splice(2, 0, 'tools/bench-auth/bench.ts');
await import('../testing/run-ts.mjs');
