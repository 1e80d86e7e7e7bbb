#!/usr/bin/env node
// `openapi-types.mjs <openapi.json> <openapi.d.ts>`: the TypeScript types of an OpenAPI document (`paths`,
// `components`, `operations`) as openapi-typescript writes them. Used by `npm run openapi` and by the int test
// that generates the types from the live document.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: openapi-types.mjs <openapi.json> <openapi.d.ts>');
const HEADER = "// Generated from the API's OpenAPI document by openapi-typescript (`npm run openapi`). Do not edit.\n";
const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')), { alphabetize: false });
writeFileSync(output, HEADER + astToString(ast));
