#!/usr/bin/env node
// The API contract: the OpenAPI document built from the app's modules (no database) and its TypeScript types.
//
//   npm run openapi            writes the response schemas of the handlers' return types (openapi-responses.mjs,
//                              libs/api/platform/src/lib/openapi/response-schemas.generated.json), then
//                              libs/contracts/src/lib/generated/{openapi.json,openapi.d.ts}
//   npm run openapi -- --check builds all three afresh into tmp/openapi, lints the document with Spectral
//                              (.spectral.yaml; any error, or any warning, fails) and fails when the committed
//                              files differ from the fresh ones (a DTO or controller changed without `npm run openapi`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const committed = join(root, 'libs/contracts/src/lib/generated');
const check = process.argv.includes('--check');
const out = check ? join(root, 'tmp/openapi') : committed;
const bin = (name) => join(root, 'node_modules', '.bin', name);

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const RESPONSES = 'libs/api/platform/src/lib/openapi/response-schemas.generated.json';
const responses = check ? join(out, 'response-schemas.generated.json') : join(root, RESPONSES);
if (check) mkdirSync(out, { recursive: true });
const described = run(process.execPath, [join(root, 'tools/scripts/openapi-responses.mjs'), responses]);
if (described !== 0) process.exit(described);
const built = run(
  process.execPath,
  [
    '-r',
    'ts-node/register',
    '-r',
    'tsconfig-paths/register',
    'apps/api/src/openapi/write-openapi-contract.ts',
    out,
    responses,
  ],
  { TS_NODE_PROJECT: 'tsconfig.node.json', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true' },
);
if (built !== 0) process.exit(built);
const typed = run(process.execPath, [
  join(root, 'tools/scripts/openapi-types.mjs'),
  join(out, 'openapi.json'),
  join(out, 'openapi.d.ts'),
]);
if (typed !== 0) process.exit(typed);
if (!check) {
  console.log(`OpenAPI document and types written to ${committed.replace(root, '')}`);
  process.exit(0);
}

let failed = false;
if (run(bin('spectral'), ['lint', '-r', '.spectral.yaml', '--fail-severity=warn', join(out, 'openapi.json')]) !== 0) {
  console.error(
    'Spectral: the OpenAPI document breaks a rule (fix it, or list the warning with a reason in .spectral.yaml)',
  );
  failed = true;
}
for (const [have, fresh] of [
  ...['openapi.json', 'openapi.d.ts'].map((file) => [join(committed, file), join(out, file)]),
  [join(root, RESPONSES), responses],
]) {
  if (!existsSync(have) || readFileSync(have, 'utf8') !== readFileSync(fresh, 'utf8')) {
    console.error(`${have.replace(root, '')} is not what the API declares now: run \`npm run openapi\` and commit it`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
