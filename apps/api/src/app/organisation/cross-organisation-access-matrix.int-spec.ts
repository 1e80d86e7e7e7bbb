import type { SchoolDto } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * Users of every role try to reach objects of an organisation they do not belong to. Objects outside
 * the user's scope are "not found" (404, no leak of existence); role-restricted endpoints are 403.
 */
describe('cross-organisation access matrix', () => {
  let t: TestApi;
  let schools: SchoolDto[];
  const byBrin = (brin: string) => schools.find((s) => s.brin === brin)!;
  const auth: Record<string, string> = {};

  const USERS = {
    school: 'contact@domstad.school.example', // Utrecht (GM0344), region midden
    gemeente: 'beleid@amsterdam.gemeente.example', // GM0363, region noordwest
    planner: 'planner.zuid@halt.example', // region zuid
    staff: 'sanne.devries@halt.example', // region noord
    admin: 'beheer@halt.example',
  } as const;

  beforeAll(async () => {
    t = await startTestApi();
    for (const [role, email] of Object.entries(USERS)) auth[role] = await t.bearer(email);
    schools = (await t.http().get('/api/schools').set('Authorization', auth['admin'])).body.items;
    expect(schools).toHaveLength(20);
  });
  afterAll(() => t.close());

  const get = (role: string, path: string) => t.http().get(path).set('Authorization', auth[role]);

  it('shows each role only its own schools', async () => {
    const visible = async (role: string) =>
      ((await get(role, '/api/schools')).body.items as SchoolDto[]).map((s) => s.brin).sort();
    expect(await visible('school')).toEqual(['95AJ00']);
    expect(await visible('gemeente')).toEqual(['96AL00', '96AM00']);
    expect(await visible('planner')).toEqual(['90AV00', '90AW01', '99AT00', '99AU00']);
    expect(await visible('staff')).toEqual(['91AA00', '91AB01', '92AC00', '92AD00']);
    // A page at a time with the total, in the same scope; the search stays inside it.
    const page = (await get('admin', '/api/schools?pageSize=7&page=3')).body;
    expect(page).toMatchObject({ total: 20, page: 3, pageSize: 7 });
    expect(page.items).toHaveLength(6);
    expect((await get('gemeente', '/api/schools?q=96AM')).body.items.map((s: SchoolDto) => s.brin)).toEqual(['96AM00']);
    expect((await get('gemeente', '/api/schools?q=95AJ')).body).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['school', '96AL00'],
    ['gemeente', '95AJ00'],
    ['planner', '91AA00'],
    ['staff', '99AT00'],
  ])('%s cannot read or change a school of another organisation (404)', async (role, brin) => {
    const other = byBrin(brin);
    expect((await get(role, `/api/schools/${other.id}`)).status).toBe(404);
    const patch = await t
      .http()
      .patch(`/api/schools/${other.id}`)
      .set('Authorization', auth[role])
      .send({ dayStart: '09:00' });
    expect(patch.status).toBe(404);
    const unchanged = (await get('admin', `/api/schools/${other.id}`)).body as SchoolDto;
    expect(unchanged.dayStart).toBe('08:30');
  });

  it('lets a gemeente, planner or staff member read but not change a school they can see (403)', async () => {
    for (const [role, brin] of [
      ['gemeente', '96AL00'],
      ['planner', '99AT00'],
      ['staff', '91AA00'],
    ]) {
      const school = byBrin(brin);
      expect((await get(role, `/api/schools/${school.id}`)).status).toBe(200);
      const res = await t
        .http()
        .patch(`/api/schools/${school.id}`)
        .set('Authorization', auth[role])
        .send({ dayStart: '09:00' });
      expect({ role, status: res.status }).toEqual({ role, status: 403 });
    }
  });

  it('hides other municipalities', async () => {
    const all = (await get('admin', '/api/municipalities')).body.items as { id: string; cbsCode: string }[];
    const utrecht = all.find((m) => m.cbsCode === 'GM0344')!;
    const amsterdam = all.find((m) => m.cbsCode === 'GM0363')!;
    expect((await get('gemeente', '/api/municipalities')).body).toMatchObject({
      total: 1,
      items: [{ cbsCode: 'GM0363' }],
    });
    expect((await get('admin', '/api/municipalities?pageSize=3&page=4')).body).toMatchObject({ total: 10, page: 4 });
    expect((await get('gemeente', `/api/municipalities/${utrecht.id}`)).status).toBe(404);
    expect((await get('gemeente', `/api/municipalities/${amsterdam.id}`)).status).toBe(200);
    expect((await get('school', `/api/municipalities/${amsterdam.id}`)).status).toBe(404);
    expect((await get('school', `/api/municipalities/${utrecht.id}`)).status).toBe(200);
    expect((await get('planner', `/api/municipalities/${amsterdam.id}`)).status).toBe(404);
  });

  it('keeps users to admins and main contacts (their own organisation only), the audit trail to admins (403), and other users’ profiles hidden (404)', async () => {
    const adminMe = (await get('admin', '/api/auth/me')).body as { id: string };
    for (const role of ['planner', 'staff']) {
      expect({ role, status: (await get(role, '/api/users')).status }).toEqual({ role, status: 403 });
    }
    // The demo school and gemeente accounts are their organisation's main contact: they see only its users.
    for (const role of ['school', 'gemeente']) {
      const me = (await get(role, '/api/auth/me')).body as { organisation: { name: string } };
      const users = (await get(role, '/api/users?pageSize=50')).body as {
        items: { organisation: { name: string } }[];
      };
      expect({ role, organisations: [...new Set(users.items.map((u) => u.organisation.name))] }).toEqual({
        role,
        organisations: [me.organisation.name],
      });
    }
    for (const role of ['school', 'gemeente', 'planner', 'staff']) {
      expect({ role, status: (await get(role, '/api/audit-events')).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await get(role, `/api/users/${adminMe.id}`)).status }).toEqual({ role, status: 404 });
      const me = (await get(role, '/api/auth/me')).body as { id: string };
      expect((await get(role, `/api/users/${me.id}`)).status).toBe(200);
    }
    expect((await get('admin', '/api/users?pageSize=50')).body.total).toBe(51);
  });

  it('treats a malformed id as not found', async () => {
    expect((await get('admin', '/api/schools/not-a-uuid')).status).toBe(404);
  });
});
