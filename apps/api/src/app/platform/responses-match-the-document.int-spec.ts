import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest } from '../booking/request-fixtures';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { demoUsers } from '../demo/demo-seed.service';

/** The portal's clock: a school year of the lived-in demo, with every state of every lifecycle. */
const TODAY = '2026-12-02';
const PERIOD = { from: '2026-08-01', to: '2027-07-31' };

type Json = Record<string, unknown>;
type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema: Json }> }> };

/**
 * OpenAPI 3.0 schemas as JSON Schema for Ajv: `nullable` becomes a union with null, and `#/components/...`
 * refers to the document added under the id `doc`.
 */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') out[key] = `doc${value}`;
    else if (key === 'properties' || key === 'components' || key === 'schemas') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, jsonSchema(v)]));
    } else out[key] = typeof value === 'object' ? jsonSchema(value) : value;
  }
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** A GET operation's path with its parameters filled from what the user saw before, or undefined when none. */
type Fill = (seen: Seen) => string | undefined;
type Seen = Map<string, string[]>;
const first =
  (key: string): Fill =>
  (seen) =>
    seen.get(key)?.[0];

/** Where each path parameter's value comes from (ids collected from the list responses, or the database). */
const PARAMETERS: Record<string, Record<string, Fill>> = {
  '/api/users/{id}': { id: first('users') },
  '/api/users/{id}/personal-data': { id: first('users') },
  '/api/users/{id}/personal-data.csv': { id: first('users') },
  '/api/schools/{id}': { id: first('schools') },
  '/api/sports-clubs/{id}': { id: first('sports-clubs') },
  '/api/neighbourhood-partners/{id}': { id: first('neighbourhood-partners') },
  '/api/schools/{id}/calendar': { id: first('schools') },
  '/api/schools/{id}/closed-days': { id: first('schools') },
  '/api/schools/{id}/funding-options': { id: first('schools') },
  '/api/schools/{id}/calendar-feed': { id: first('schools') },
  '/api/municipalities/{id}': { id: first('municipalities') },
  '/api/offers/{id}': { id: first('offers') },
  '/api/maatwerk-questions/{id}': { id: first('maatwerk-questions') },
  '/api/package-orders/{id}': { id: first('package-orders') },
  '/api/package-orders/{id}/ledger.csv': { id: first('package-orders') },
  '/api/evaluation-forms/{id}': { id: first('evaluation-forms') },
  '/api/requests/{id}': { id: first('requests') },
  '/api/sessions/{id}/evaluation': { id: first('evaluated-sessions') },
  '/api/sessions/{id}/evaluation/qr.svg': { id: first('evaluated-sessions') },
  '/api/sessions/{id}/calendar.ics': { id: first('planned-sessions') },
  '/api/sessions/{id}/candidates': { id: first('open-sessions') },
  '/api/staff/{id}': { id: first('staff') },
  '/api/planning-runs/{id}': { id: first('planning-runs') },
  '/api/public/evaluations/{code}': { code: first('evaluation-codes') },
  '/api/public/teacher-evaluations/{token}': { token: first('teacher-tokens') },
  '/api/public/parent-meetings/{token}': { token: first('parent-tokens') },
  '/api/dashboards/halt/{table}.csv': { table: () => 'months' },
  '/api/dashboards/gemeente/{table}.csv': { table: () => 'rows' },
  '/api/dashboards/school/{table}.csv': { table: () => 'sessions' },
};

/** Query parameters an operation needs (or that make its answer fuller). */
const QUERIES: Record<string, (seen: Seen) => Record<string, string | undefined>> = {
  '/api/schools/{id}/calendar': () => PERIOD,
  '/api/staff/me/sessions': () => PERIOD,
  '/api/dashboards/halt': () => PERIOD,
  '/api/dashboards/gemeente': (seen) => ({ ...PERIOD, municipalityId: seen.get('municipalities')?.[0] }),
  '/api/dashboards/gemeente/report': (seen) => ({ year: '2026', municipalityId: seen.get('municipalities')?.[0] }),
  '/api/dashboards/gemeente/report.pdf': (seen) => ({
    year: '2026',
    municipalityId: seen.get('municipalities')?.[0],
  }),
  '/api/dashboards/school': () => PERIOD,
  '/api/trends': () => PERIOD,
  '/api/schools/{id}/funding-options': (seen) => ({ offerId: seen.get('offers')?.[0], sessions: '1' }),
  '/api/sessions/{id}/candidates': () => ({ date: '2027-02-02', time: '10:00' }),
  '/api/package-orders': () => ({ year: '2026' }),
  '/api/package-orders/results': () => ({ year: '2026' }),
  '/api/planning/calendar': () => ({ from: '2026-11-02', to: '2026-12-11' }),
  '/api/planning/staff-load': (seen) => ({
    staffId: seen.get('staff-members')?.[0],
    from: '2026-11-02',
    to: '2026-12-11',
  }),
};

/** Ids a list response shows, under the name of its collection. */
function collect(seen: Seen, path: string, body: unknown): void {
  const items = Array.isArray(body) ? body : (body as { items?: unknown[] } | null)?.items;
  const name = path.replace(/^\/api\//, '');
  if (Array.isArray(items) && /^[a-z-]+$/.test(name)) {
    const ids = items.map((i) => (i as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
    if (ids.length > 0) seen.set(name, ids);
  }
}

/** Writes with a body this test does not call, each with the reason. */
const CATALOGUE = 'new catalogue entries, holidays and forms with their full input (their own int tests make them)';
const PACKAGES = "steps of a package order's lifecycle, each needing the state before it (package-orders-and-ledger)";
const REQUESTS =
  "steps of a booking request's lifecycle that need a state before them (awaiting approval, planned, delivered; the booking int tests)";
const NOTIFICATION = 'needs a notification addressed to the user, which the reminders make (the reminders int tests)';
const PUBLIC = 'answers of participants and parents on the public pages (the evaluations and parent-meeting int tests)';
const OPS = 'the demo clock: moving it would move the dates the other answers are read at';
const ORGANISATIONS =
  'admin writes to the gemeenten and schools every other answer is read on (imports-schools-from-duo and gemeenten-merge-and-holiday-regions make them)';
const REQUESTERS =
  'admin writes of the sportverenigingen and wijkpartners other answers are read on (clubs-and-wijkpartners-request makes them)';
const MAATWERK =
  'steps of a maatwerk question that need the state before them (maatwerk-question-becomes-requests.int-spec.ts)';
const WRITES_NOT_CALLED: Record<string, string> = {
  'POST /api/maatwerk-questions': MAATWERK,
  'POST /api/maatwerk-questions/{id}/intake': MAATWERK,
  'POST /api/maatwerk-questions/{id}/proposal': MAATWERK,
  'POST /api/maatwerk-questions/{id}/accept': MAATWERK,
  'POST /api/maatwerk-questions/{id}/decline': MAATWERK,
  'POST /api/maatwerk-questions/{id}/withdraw': MAATWERK,
  'POST /api/offers': CATALOGUE,
  'POST /api/school-holidays': CATALOGUE,
  'POST /api/evaluation-forms': CATALOGUE,
  'POST /api/package-templates': PACKAGES,
  'PATCH /api/package-templates/{id}': PACKAGES,
  'POST /api/package-orders': PACKAGES,
  'PATCH /api/package-orders/{id}': PACKAGES,
  'POST /api/package-orders/{id}/order': PACKAGES,
  'POST /api/package-orders/{id}/accept': PACKAGES,
  'POST /api/package-orders/{id}/return': PACKAGES,
  'POST /api/package-orders/{id}/cancel': PACKAGES,
  'POST /api/package-orders/{id}/close': PACKAGES,
  'POST /api/package-orders/{id}/amendments': PACKAGES,
  'POST /api/requests/{id}/move': REQUESTS,
  'POST /api/requests/{id}/approve': REQUESTS,
  'POST /api/requests/{id}/reject': REQUESTS,
  'POST /api/sessions/{id}/deliver': REQUESTS,
  'POST /api/sessions/{id}/report': REQUESTS,
  'PATCH /api/sessions/{id}/plan': REQUESTS,
  'PUT /api/sessions/{id}/staff': REQUESTS,
  'DELETE /api/sessions/{id}/staff': REQUESTS,
  'POST /api/planning-runs/{id}/apply': REQUESTS,
  'POST /api/notifications/{id}/read': NOTIFICATION,
  'POST /api/public/evaluations/{code}': PUBLIC,
  'POST /api/public/teacher-evaluations/{token}': PUBLIC,
  'POST /api/public/parent-meetings/{token}/registrations': PUBLIC,
  'PUT /api/demo/clock': OPS,
  'POST /api/admin/regions': ORGANISATIONS,
  'POST /api/municipalities': ORGANISATIONS,
  'PATCH /api/municipalities/{id}': ORGANISATIONS,
  'POST /api/municipalities/{id}/retire': ORGANISATIONS,
  'POST /api/admin/school-imports/preview': ORGANISATIONS,
  'POST /api/admin/school-imports': ORGANISATIONS,
  'PUT /api/schools/{id}/holiday-region': ORGANISATIONS,
  'POST /api/sports-clubs': REQUESTERS,
  'PATCH /api/sports-clubs/{id}': REQUESTERS,
  'POST /api/neighbourhood-partners': REQUESTERS,
  'PATCH /api/neighbourhood-partners/{id}': REQUESTERS,
  'POST /api/auth/set-password':
    'needs the one-time link from an invitation or reset e-mail (accounts-invite-reset-deactivate.int-spec.ts)',
};

/**
 * Every answer is what the document declares: on the lived-in demo, each role (admin, planner, specialist,
 * gemeente, school) calls every GET operation of the document, and each body — success or problem details — is
 * validated with Ajv against the schema of that operation and status (formats included, no undeclared property).
 * Writes that need nothing before them are called too (written back as they are); the writes of lifecycles are
 * listed with the reason (`WRITES_NOT_CALLED`), and any other operation with a body must have been answered.
 */
describe('the answers of the API are what its document declares', () => {
  let t: TestApi;
  let document: OpenAPIObject;
  let ajv: Ajv;
  const validators = new Map<string, ValidateFunction>();
  const answered = new Map<string, Set<number>>();

  const problems: string[] = [];
  const validate = (method: string, path: string, op: Operation, res: Response): void => {
    const status = String(res.status);
    const name = `${method} ${path} ${status}`;
    let declared = op.responses[status] as { $ref?: string; content?: Record<string, { schema: Json }> } | undefined;
    if (declared?.$ref) declared = document.components?.responses?.[declared.$ref.split('/').pop() as string] as never;
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    if (status === '204' && declared) {
      answered.set(`${method} ${path}`, (answered.get(`${method} ${path}`) ?? new Set()).add(res.status));
      return;
    }
    const content = declared?.content?.[type];
    if (!content) {
      problems.push(`${name}: ${type} is not declared`);
      return;
    }
    const key = `${op.operationId} ${status} ${type}`;
    let check = validators.get(key);
    if (!check) {
      check = ajv.compile(jsonSchema(content.schema) as Json);
      validators.set(key, check);
    }
    const body =
      type === 'application/json' || type === 'application/problem+json'
        ? res.body
        : (res.text ?? Buffer.from(res.body as Buffer).toString('utf8'));
    if (!check(body)) {
      const errors = new Set((check.errors ?? []).map((e) => `${e.schemaPath} ${e.message} (at ${e.instancePath})`));
      problems.push(`${name}: ${[...errors].slice(0, 5).join('; ')}`);
    }
    answered.set(`${method} ${path}`, (answered.get(`${method} ${path}`) ?? new Set()).add(res.status));
  };

  beforeAll(async () => {
    t = await startTestApi({ SEED_DEMO_ACTIVITY: 'true', CLOCK_TODAY: TODAY });
    document = (await t.http().get('/api/docs-json')).body as OpenAPIObject;
    ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ components: jsonSchema(document.components) } as Json, 'doc');
  });
  afterAll(() => t?.close());

  const ROLES = ['admin', 'planner', 'staff', 'gemeente', 'school'] as const;

  /** The first demo user of a role. */
  const demo = (role: string) => {
    const user = demoUsers().find((u) => u.role === role);
    if (!user) throw new Error(`no demo ${role}`);
    return user;
  };
  const op = (method: string, path: string) =>
    (document.paths[path] as Record<string, Operation>)[method.toLowerCase()];
  /** A write as a user; its answer is validated. */
  const call = async (
    role: { email: string },
    method: 'post' | 'patch' | 'put' | 'delete',
    template: string,
    path: string,
    body?: object,
  ) => {
    const res = await t
      .http()
      [method](path)
      .set('Authorization', await t.bearer(role.email))
      .send(body);
    validate(method.toUpperCase(), template, op(method, template), res);
    return res;
  };
  const read = async <T>(role: { email: string }, path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set('Authorization', await t.bearer(role.email))
    ).body as T;

  it.each(ROLES)('answers every GET as declared for a %s', async (role) => {
    problems.length = 0;
    const user = demo(role);
    const bearer = await t.bearer(user.email);
    const sql = <T>(text: string, params: unknown[] = []) => t.api.app.get(DataSource).query<T[]>(text, params);
    const seen: Seen = new Map();
    const column = async (name: string, text: string, params: unknown[] = []) =>
      seen.set(
        name,
        (await sql<{ v: string }>(text, params)).map((r) => r.v),
      );
    await column('evaluation-codes', `SELECT code AS v FROM evaluation_code ORDER BY closes_at DESC, code LIMIT 1`);
    await column(
      'teacher-tokens',
      `SELECT teacher_token AS v FROM evaluation_code WHERE NOT teacher_answered ORDER BY closes_at DESC, code LIMIT 1`,
    );
    // A specialist: of this user's own staff profile, else one whose planned sessions the admin sees.
    await column(
      'staff-members',
      `SELECT sm.id::text AS v FROM staff_member sm LEFT JOIN app_user u ON u.id = sm.user_id
        ORDER BY (u.email = $1) DESC NULLS LAST, sm.name LIMIT 1`,
      [user.email],
    );
    await column(
      'parent-tokens',
      `SELECT parent_token AS v FROM session WHERE kind = 'parent_meeting' AND parent_token IS NOT NULL ORDER BY id LIMIT 1`,
    );

    const paths = Object.entries(document.paths);
    // Lists first (they give the ids), then one object, then what hangs below it.
    const gets = paths
      .filter(([, item]) => 'get' in item)
      .sort(([a], [b]) => a.split('{').length - b.split('{').length || a.localeCompare(b));
    for (const [template, item] of gets) {
      const op = (item as { get: Operation }).get;
      let path = template;
      let missing = false;
      for (const name of template.match(/\{[^}]+\}/g) ?? []) {
        const value = PARAMETERS[template]?.[name.slice(1, -1)]?.(seen);
        if (value === undefined) missing = true;
        else path = path.replace(name, encodeURIComponent(value));
      }
      if (missing) continue;
      const query = Object.fromEntries(
        Object.entries(QUERIES[template]?.(seen) ?? {}).filter(([, v]) => v !== undefined),
      );
      const res = await t.http().get(path).query(query).set('Authorization', bearer);
      validate('GET', template, op, res);
      if (res.status !== 200) continue;
      collect(seen, path, res.body);
      if (template === '/api/requests') {
        // Sessions of the requests this user sees: one with an evaluation, one with a date, one still open.
        const requests = seen.get('requests') ?? [];
        const session = (name: string, where: string) =>
          column(
            name,
            `SELECT s.id::text AS v FROM session s WHERE s.request_id = ANY($1::uuid[]) AND ${where} ORDER BY s.id LIMIT 1`,
            [requests],
          );
        await session('evaluated-sessions', 'EXISTS (SELECT 1 FROM evaluation_code c WHERE c.session_id = s.id)');
        await session('planned-sessions', "s.status IN ('planned', 'confirmed') AND s.planned_start IS NOT NULL");
        await session('open-sessions', "s.status = 'open'");
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers a representative set of writes as declared', async () => {
    problems.length = 0;
    const planner = demo('planner') as { email: string; regionCodes: string[] };
    const school = demo('school');
    const login = await t.http().post('/api/auth/login').send({ email: school.email, password: DEMO_PASSWORD });
    validate('POST', '/api/auth/login', op('post', '/api/auth/login'), login);
    await call(school, 'patch', '/api/auth/me', '/api/auth/me', { language: 'nl' });
    await call(school, 'post', '/api/notifications/read', '/api/notifications/read', {});
    const mine = (
      await t
        .http()
        .get('/api/schools')
        .set('Authorization', await t.bearer(school.email))
    ).body.items as {
      id: string;
      dayStart: string;
    }[];
    await call(school, 'patch', '/api/schools/{id}', `/api/schools/${mine[0].id}`, { dayStart: mine[0].dayStart });
    const regions = (
      await t
        .http()
        .get('/api/regions')
        .set('Authorization', await t.bearer(planner.email))
    ).body as { id: string; code: string }[];
    const region = regions.find((r) => planner.regionCodes.includes(r.code)) as { id: string };
    const run = await call(planner, 'post', '/api/planning-runs', '/api/planning-runs', {
      regionId: region.id,
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(run.status).toBe(201);
    // The run (queued: no workers here) is one more object the GETs read.
    const got = await t
      .http()
      .get(`/api/planning-runs/${run.body.id}`)
      .set('Authorization', await t.bearer(planner.email));
    validate('GET', '/api/planning-runs/{id}', op('get', '/api/planning-runs/{id}'), got);
    expect(problems).toEqual([]);
  });

  it('answers the writes of accounts, calendar feeds, targets, rules, availability and tools as declared', async () => {
    problems.length = 0;
    const [admin, staff, school] = [demo('admin'), demo('staff'), demo('school')];

    // Sign-in sessions: refresh by cookie, end the others.
    const login = await t.http().post('/api/auth/login').send({ email: school.email, password: DEMO_PASSWORD });
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('halt_refresh='))
      ?.split(';')[0] as string;
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', cookie).send({});
    validate('POST', '/api/auth/refresh', op('post', '/api/auth/refresh'), refreshed);
    await call(school, 'post', '/api/auth/sessions/end-others', '/api/auth/sessions/end-others', {});

    // Accounts: an admin invites a planner, changes the role, resends the link, deactivates, reactivates and erases them;
    // anyone may ask for a reset link (the same answer, known address or not).
    const invited = await call(admin, 'post', '/api/users', '/api/users', {
      email: 'nieuwe.planner@halt.example',
      name: 'Nieuwe Planner',
      role: 'planner',
      regionIds: [(await read<{ id: string }[]>(admin, '/api/regions'))[0].id],
    });
    const userId = (invited.body as { id: string }).id;
    await call(admin, 'patch', '/api/users/{id}', `/api/users/${userId}`, { role: 'staff' });
    await call(admin, 'post', '/api/users/{id}/invitation', `/api/users/${userId}/invitation`, {});
    await call(admin, 'post', '/api/users/{id}/deactivate', `/api/users/${userId}/deactivate`, {});
    await call(admin, 'post', '/api/users/{id}/reactivate', `/api/users/${userId}/reactivate`, {});
    await call(admin, 'post', '/api/users/{id}/erasure', `/api/users/${userId}/erasure`, {});
    const reset = await t.http().post('/api/auth/password-reset').send({ email: school.email });
    validate('POST', '/api/auth/password-reset', op('post', '/api/auth/password-reset'), reset);

    // A school's calendar feed: made (its secret URL shown once), read by a calendar app, revoked.
    const [own] = (await read<{ items: { id: string }[] }>(school, '/api/schools')).items;
    const feed = await call(
      school,
      'post',
      '/api/schools/{id}/calendar-feed',
      `/api/schools/${own.id}/calendar-feed`,
      {},
    );
    const file = new URL((feed.body as { url: string }).url).pathname.split('/').pop() as string;
    const ics = await t.http().get(`/api/public/calendar-feeds/${file}`);
    validate('GET', '/api/public/calendar-feeds/{file}', op('get', '/api/public/calendar-feeds/{file}'), ics);
    expect(ics.status).toBe(200);
    await call(school, 'delete', '/api/schools/{id}/calendar-feed', `/api/schools/${own.id}/calendar-feed`);
    // A specialist's own feed, the same way.
    const specialist = demo('staff');
    const staffFeed = await call(specialist, 'post', '/api/staff/me/calendar-feed', '/api/staff/me/calendar-feed', {});
    const staffFile = new URL((staffFeed.body as { url: string }).url).pathname.split('/').pop() as string;
    const staffIcs = await t.http().get(`/api/public/calendar-feeds/${staffFile}`);
    validate('GET', '/api/public/calendar-feeds/{file}', op('get', '/api/public/calendar-feeds/{file}'), staffIcs);
    expect(staffIcs.status).toBe(200);
    await call(specialist, 'delete', '/api/staff/me/calendar-feed', '/api/staff/me/calendar-feed');

    // Admin settings, written back as they are.
    const [target] = await read<{ year: number; pupils: number; haltJrbSchools: number }[]>(
      admin,
      '/api/annual-targets',
    );
    await call(admin, 'put', '/api/annual-targets/{year}', `/api/annual-targets/${target.year}`, {
      pupils: target.pupils,
      haltJrbSchools: target.haltJrbSchools,
    });
    const [rule] = await read<{ kind: string; offsetAmount: number; sendTime: string; enabled: boolean }[]>(
      admin,
      '/api/reminder-rules',
    );
    await call(admin, 'put', '/api/reminder-rules/{kind}', `/api/reminder-rules/${rule.kind}`, {
      offsetAmount: rule.offsetAmount,
      sendTime: rule.sendTime,
      enabled: rule.enabled,
    });
    const [offer] = (await read<{ items: { id: string; title: string }[] }>(admin, '/api/offers')).items;
    await call(admin, 'patch', '/api/offers/{id}', `/api/offers/${offer.id}`, { title: offer.title });
    await call(admin, 'post', '/api/admin/queue-dashboard', '/api/admin/queue-dashboard', {});

    // A specialist's availability, written back as it is; then an admin changes nothing of theirs.
    const me = await read<{
      id: string;
      workingPattern: unknown;
      preferredWeekdays: number[];
      maxSessionsPerDay: number;
    }>(staff, '/api/staff/me');
    await call(staff, 'put', '/api/staff/me/availability', '/api/staff/me/availability', {
      workingPattern: me.workingPattern,
      preferredWeekdays: me.preferredWeekdays,
    });
    await call(admin, 'patch', '/api/staff/{id}', `/api/staff/${me.id}`, { maxSessionsPerDay: me.maxSessionsPerDay });
    expect(problems).toEqual([]);
  });

  it('answers the steps of a booking request as declared: made, a class added, a session cancelled, cancelled', async () => {
    problems.length = 0;
    const school = { email: 'contact@domstad.school.example' };
    const offer = await offerByCode(t, await t.bearer(school.email), 'voorlichting-online-veiligheid');
    const windows = [
      { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
      { from: '2027-02-01', to: '2027-02-12', weekdays: [1, 2, 4], earliest: '08:30', latest: '12:30' },
    ];
    const made = await call(
      school,
      'post',
      '/api/requests',
      '/api/requests',
      onlineSafetyRequest(offer.id, {
        windows,
        parentMeeting: true,
        languageNeeds: { interpreter: false, onlineParentMeeting: true },
      }),
    );
    const id = (made.body as { id: string }).id;
    const linked = await call(
      school,
      'patch',
      '/api/requests/{id}/language-needs',
      `/api/requests/${id}/language-needs`,
      {
        meetingLink: 'https://meet.example.nl/ouderavond',
      },
    );
    expect(linked.status).toBe(200);
    const grown = await call(school, 'post', '/api/requests/{id}/groups', `/api/requests/${id}/groups`, {
      name: '1C',
      level: 'vo-1-2',
      pupilCount: 24,
    });
    const [first] = (grown.body as { sessions: { id: string }[] }).sessions;
    const lessOne = await call(
      school,
      'post',
      '/api/requests/{id}/sessions/{sessionId}/cancel',
      `/api/requests/${id}/sessions/${first.id}/cancel`,
      { reason: 'De klas gaat op excursie' },
    );
    const cancelled = await call(school, 'post', '/api/requests/{id}/cancel', `/api/requests/${id}/cancel`, {
      reason: 'Het rooster is veranderd',
    });
    expect([made.status, grown.status, lessOne.status, cancelled.status]).toEqual([201, 201, 200, 200]);
    expect(problems).toEqual([]);
  });

  it('answers absences, closed days and holiday changes as declared', async () => {
    problems.length = 0;
    const [admin, staff, school] = [demo('admin'), demo('staff'), demo('school')];
    type Staff = { id: string; absences: { id: string; from: string }[] };
    const absence = (from: string) => ({ kind: 'training', from, to: from });
    const mine = await call(staff, 'post', '/api/staff/me/absences', '/api/staff/me/absences', absence('2027-03-01'));
    const own = (mine.body as Staff).absences.find((a) => a.from === '2027-03-01') as { id: string };
    const gone = await call(staff, 'delete', '/api/staff/me/absences/{absenceId}', `/api/staff/me/absences/${own.id}`);
    const id = (mine.body as Staff).id;
    const set = await call(
      admin,
      'post',
      '/api/staff/{id}/absences',
      `/api/staff/${id}/absences`,
      absence('2027-03-02'),
    );
    const theirs = (set.body as Staff).absences.find((a) => a.from === '2027-03-02') as { id: string };
    const unset = await call(
      admin,
      'delete',
      '/api/staff/{id}/absences/{absenceId}',
      `/api/staff/${id}/absences/${theirs.id}`,
    );
    const [ownSchool] = (await read<{ items: { id: string }[] }>(school, '/api/schools')).items;
    const closed = await call(
      school,
      'post',
      '/api/schools/{id}/closed-days',
      `/api/schools/${ownSchool.id}/closed-days`,
      { date: '2027-03-03', reason: 'Studiedag' },
    );
    const [holiday] = await read<{ id: string; name: string }[]>(admin, '/api/school-holidays');
    const renamed = await call(admin, 'patch', '/api/school-holidays/{id}', `/api/school-holidays/${holiday.id}`, {
      name: holiday.name,
    });
    expect([mine, gone, set, unset, closed, renamed].map((r) => r.status)).toEqual([201, 200, 201, 200, 201, 200]);
    expect(problems).toEqual([]);
  });

  it('has answered every operation with a body, or lists it with the reason', () => {
    const withBody = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>)
        .filter(([, op]) => Object.entries(op.responses).some(([s, r]) => /^2/.test(s) && r.content))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const unexplained = withBody.filter(
      (op) => ![...(answered.get(op) ?? [])].some((s) => s >= 200 && s < 300) && !(op in WRITES_NOT_CALLED),
    );
    expect(unexplained).toEqual([]);
    // A listed operation that is answered (or gone) is listed no longer.
    const stale = Object.keys(WRITES_NOT_CALLED).filter((op) => !withBody.includes(op) || answered.has(op));
    expect(stale).toEqual([]);
  });
});
