#!/usr/bin/env node
// Runs the dashboard benchmark (bench.ts) without a build step, through tools/testing/run-ts.mjs: TypeScript is
// compiled on the fly with @swc/core (decorators with their metadata, class names kept, because the real NestJS
// API is started in-process) and the @halt/* aliases of tsconfig.base.json resolve to their source folders.
//
//   npm run bench:dashboards                                  fresh database, generate, measure, drop
//   npm run bench:dashboards -- --iterations 50 --keep
//   npm run bench:dashboards -- --database-url postgres://postgres@127.0.0.1:5432/bench_dashboards_…
//   node tools/bench-dashboards/run.mjs generate --database-url URL   only the generator, on a seeded database
if (process.argv[2] === 'generate') process.argv.splice(2, 1, 'tools/bench-dashboards/generate-main.ts');
else process.argv.splice(2, 0, 'tools/bench-dashboards/bench.ts');
await import('../testing/run-ts.mjs');
