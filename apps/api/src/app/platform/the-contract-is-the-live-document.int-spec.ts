import type { OpenAPIObject } from '@nestjs/swagger';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, TestApi } from '../../testing/test-api';

const ROOT = join(__dirname, '../../../../..');
const GENERATED = join(ROOT, 'libs/contracts/src/lib/generated');

/** The types openapi-typescript generates from a document (in a child process: it is an ES module). */
function typesOf(document: OpenAPIObject): string {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    execFileSync(process.execPath, [
      join(ROOT, 'tools/scripts/openapi-types.mjs'),
      join(dir, 'openapi.json'),
      join(dir, 'openapi.d.ts'),
    ]);
    return readFileSync(join(dir, 'openapi.d.ts'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The committed contract is what the running API serves: the document at /api/docs-json equals
 * `libs/contracts/src/lib/generated/openapi.json`, and the types generated from it (openapi-typescript) equal
 * `openapi.d.ts`, against which the typecheck step checks the web app's contract types (`contract-checks.ts`).
 */
describe('the API contract', () => {
  let t: TestApi;
  let live: OpenAPIObject;
  beforeAll(async () => {
    t = await startTestApi();
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    live = res.body as OpenAPIObject;
  });
  afterAll(() => t.close());

  it('is the document the running API serves', () => {
    expect(live).toEqual(JSON.parse(readFileSync(join(GENERATED, 'openapi.json'), 'utf8')));
  });

  it('has the types generated from the live document', () => {
    expect(typesOf(live)).toBe(readFileSync(join(GENERATED, 'openapi.d.ts'), 'utf8'));
  });

  it('declares every error as problem details', () => {
    const problem = { $ref: '#/components/schemas/Problem' };
    for (const [path, item] of Object.entries(live.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, unknown> }>)) {
        const errors = Object.keys(op.responses).filter((s) => /^[45]/.test(s));
        expect({ path, method, errors: errors.length > 0 }).toEqual({ path, method, errors: true });
      }
    }
    expect(live.components?.responses?.['Problem400']).toMatchObject({
      content: { 'application/problem+json': { schema: problem } },
    });
  });
});
