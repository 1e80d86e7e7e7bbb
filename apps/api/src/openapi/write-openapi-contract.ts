import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from './build-openapi-document';

/**
 * `write-openapi-contract.ts <dir> [<response-schemas.json>]`: writes the API's OpenAPI document (`openapi.json`)
 * into <dir>, with the given response schemas (default: the committed ones). Run through `tools/scripts/openapi.mjs`.
 */
async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: write-openapi-contract.ts <dir>');
  const responses = process.argv[3] ? JSON.parse(readFileSync(process.argv[3], 'utf8')) : undefined;
  const document = await buildOpenApiDocument(responses);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
