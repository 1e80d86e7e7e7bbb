import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  edgeCases,
  type HostileCase,
  type OpenApiDocument,
  type Operation,
  operations,
  schemaCases,
} from '../../testing/hostile-requests';
import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * Hostile input, generated from the portal's own OpenAPI document: every operation gets the bodies that must be
 * refused at the edge (oversized → 413; nested too deep, NUL, prototype keys, not JSON → 400), and then, for
 * every role that may call it, malformed path parameters and wrong types per query and body property. Nothing
 * may answer 5xx, and a batch of refused calls must leave every table as it was (row count and row versions).
 */

const ROLES: Record<string, string | null> = {
  anonymous: null,
  admin: 'beheer@halt.example',
  planner: 'planner.midden@halt.example',
  staff: 'lotte.visser@halt.example',
  gemeente: 'beleid@utrecht.gemeente.example',
  school: 'contact@domstad.school.example',
};

/** A refused sign-in is itself recorded (a security event, and the delay it earns): that is not a write it lets through. */
const MAY_RECORD_REFUSALS: Record<string, string[]> = {
  'POST /api/auth/login': ['audit_event', 'login_failure'],
};

const CONCURRENCY = 6;

let t: TestApi;
let base: string;
const tokens = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_PER_MINUTE: '1000000', LOGIN_MAX_DELAY_MS: '0' });
  const server = await t.api.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [role, email] of Object.entries(ROLES)) if (email) tokens.set(role, await t.bearer(email));
}, 120_000);
afterAll(() => t.close());

/** Every table's row count and a digest of its row versions: an INSERT, UPDATE or DELETE changes one of them. */
async function snapshot(): Promise<Map<string, string>> {
  const ds = t.api.app.get(DataSource);
  // The rate limit counts every call, refused or not (technical, UNLOGGED, in PostgreSQL when there is no Redis).
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_counter'
      ORDER BY tablename`,
  );
  const rows: { name: string; digest: string }[] = await ds.query(
    tables
      .map(({ name }) =>
        name === 'auth_session'
          ? // Its last use moves with every signed-in call; what must not change is which sessions exist and end.
            `SELECT '${name}' AS name, count(*) || ':' || count(revoked_at) AS digest FROM "${name}"`
          : `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtext(xmin::text || ctid::text)), 0) AS digest FROM "${name}"`,
      )
      .join(' UNION ALL '),
  );
  return new Map(rows.map((r) => [r.name, r.digest]));
}

function changed(before: Map<string, string>, after: Map<string, string>, allowed: string[]): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k) && !allowed.includes(k));
}

async function send(op: Operation, c: HostileCase, role: string): Promise<number> {
  const url = `${c.path}${c.query !== undefined ? `?${c.query}` : ''}`;
  let req = request(base)[op.method.toLowerCase() as 'post'](url).timeout(30_000);
  const token = tokens.get(role);
  if (token) req = req.set('Authorization', token);
  if (c.rawBody !== undefined) req = req.set('Content-Type', 'application/json').send(c.rawBody);
  else if (c.body !== undefined) req = req.send(c.body as object);
  try {
    return (await req).status;
  } catch (e) {
    // No answer at all (a reset connection or a timeout) is as bad as a 5xx.
    return (e as { status?: number }).status ?? 599;
  }
}

/** Signing out with the token alone is a legitimate call here: sign in again for the operations that follow. */
async function stillSignedIn(role: string): Promise<void> {
  const email = ROLES[role];
  if (!email) return;
  const me = await request(base)
    .get('/api/auth/me')
    .set('Authorization', tokens.get(role) as string);
  if (me.status === 401) tokens.set(role, await t.bearer(email));
}

async function inBatches<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY)
    out.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(run))));
  return out;
}

it(
  'answers every hostile call of every operation and role with a 4xx, and refused calls change no row',
  async () => {
    const doc = (await request(base).get('/api/docs-json')).body as OpenApiDocument;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(100);

    // The detector itself: a write the check must see.
    const probe = await snapshot();
    await t.fixture(`UPDATE offer SET title = title WHERE id = (SELECT id FROM offer ORDER BY id LIMIT 1)`);
    expect(changed(probe, await snapshot(), [])).toEqual(['offer']);

    const problems: string[] = [];
    const byStatus = new Map<number, number>();
    let calls = 0;
    let serverErrors = 0;
    const record = (op: Operation, c: HostileCase, role: string, status: number) => {
      calls++;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (status >= 500) serverErrors++;
      const wrong = c.expect !== undefined ? status !== c.expect : status >= 500 || status < 400;
      if (status >= 500 || (c.expect !== undefined && wrong)) {
        problems.push(
          `${op.method} ${op.path} as ${role}, ${c.name}: ${status}${c.expect ? ` (expected ${c.expect})` : ''}`,
        );
      } else if ([401, 403, 404, 409].includes(status) && !op.statuses.includes(String(status))) {
        // The document declares these per operation (403/404/409 as read from the code it reaches); a 400 or
        // 413 for a body sent where none is taken comes from the parsers, before any operation.
        problems.push(`${op.method} ${op.path} as ${role}, ${c.name}: ${status} is not declared`);
      }
    };

    for (const op of ops) {
      const key = `${op.method} ${op.path}`;
      const allowed = MAY_RECORD_REFUSALS[key] ?? [];
      for (const role of Object.keys(ROLES)) {
        // May this role call it at all? An empty body and random ids: a 401/403 says no (only the edge is then tested).
        const probe = await send(
          op,
          { name: 'probe', path: op.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000'), body: {} },
          role,
        );
        record(op, { name: 'probe (empty body)', path: op.path }, role, probe);
        await stillSignedIn(role);
        const reaches = probe !== 401 && probe !== 403;
        const cases = [
          ...(role === 'anonymous' || role === 'admin' ? edgeCases(op) : []),
          ...(reaches ? schemaCases(op) : []),
        ];
        if (cases.length === 0) continue;
        const before = await snapshot();
        const statuses = await inBatches(cases, (c) => send(op, c, role));
        statuses.forEach((s, i) => record(op, cases[i], role, s));
        await stillSignedIn(role);
        if (statuses.every((s) => s >= 400)) {
          const touched = changed(before, await snapshot(), allowed);
          if (touched.length) problems.push(`${key} as ${role}: refused calls changed ${touched.join(', ')}`);
        }
      }
    }
    console.warn(
      `hostile-input fuzz: ${ops.length} operations, ${calls} calls, ${serverErrors} × 5xx, ${problems.length} problems; statuses ${[
        ...byStatus,
      ]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    expect(problems).toEqual([]);
  },
  30 * 60_000,
);
