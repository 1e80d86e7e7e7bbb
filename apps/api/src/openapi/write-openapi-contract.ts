import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from './build-openapi-document';

/** `write-openapi-contract.ts <dir>`: writes the API's OpenAPI document (`openapi.json`) into <dir>. Run through `tools/scripts/openapi.mjs`. */
async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: write-openapi-contract.ts <dir>');
  const document = await buildOpenApiDocument();
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
