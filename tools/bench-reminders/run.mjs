#!/usr/bin/env node
// Runs the reminder-queue benchmark (bench.ts) without a build step, through tools/testing/run-ts.mjs
// (TypeScript compiled on the fly with @swc/core and decorators on, the @halt/* aliases resolved).
//
//   npm run bench:reminders                                  both stores, 10 000 sessions (30 000 jobs)
//   npm run bench:reminders -- --store redis --sessions 1000
//   npm run bench:reminders -- --pg-concurrency 16 --redis-concurrency 100
process.argv.splice(2, 0, 'tools/bench-reminders/bench.ts');
await import('../testing/run-ts.mjs');
