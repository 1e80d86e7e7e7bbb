import { OFFER_TYPES, type Page, REQUEST_ATTENTION, type BookingRequestSummaryDto } from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { TODAY } from './request-fixtures';

/**
 * The request lists (the planner inbox, a school's or gemeente's own requests) are one statement written out by
 * hand: every filter, alone and together, answers; the total counts what the scope and the filters let through, read
 * here straight from the tables; a page past the last is empty and keeps the total; times are ISO 8601 in UTC.
 */
describe('the request list: every filter, the scope and the total', () => {
  let t: TestApi;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY, SEED_DEMO_ACTIVITY: 'true' });
  });
  afterAll(() => t.close());

  async function list(auth: string, query: string): Promise<Page<BookingRequestSummaryDto>> {
    const res = await t.http().get(`/api/requests?${query}`).set('Authorization', auth);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body;
  }

  /** The requests a user's scope holds, from the tables: the region of the requester's gemeente, or the requester. */
  async function inScope(email: string): Promise<{ id: string; status: string; type: string; region: string }[]> {
    const [u] = await sql(`SELECT id, role, school_id, municipality_id FROM app_user WHERE email = $1`, [email]);
    return sql(
      `SELECT r.id, r.status, o.type, m.region_id AS region
         FROM booking_request r JOIN offer o ON o.id = r.offer_id
         JOIN requester q ON q.id = r.requester_id JOIN municipality m ON m.id = q.municipality_id
        WHERE $2 = 'admin'
           OR ($2 = 'planner' AND m.region_id IN (SELECT region_id FROM user_region WHERE user_id = $1))
           OR ($2 = 'school' AND q.id = $3)
           OR ($2 = 'gemeente' AND q.municipality_id = $4)`,
      [u.id, u.role, u.school_id, u.municipality_id],
    );
  }

  it.each([
    ['beheer@halt.example'],
    ['planner.midden@halt.example'],
    ['contact@domstad.school.example'],
    ['beleid@utrecht.gemeente.example'],
  ])('%s: the total of each filter is what the tables hold, and a page past the last keeps it', async (email) => {
    const auth = await t.bearer(email);
    const scope = await inScope(email);
    const all = await list(auth, 'pageSize=50');
    expect(all.total).toBe(scope.length);
    expect(all.items.length).toBe(Math.min(50, scope.length));
    for (const item of all.items) {
      expect(scope.map((s) => s.id)).toContain(item.id);
      if (item.submittedAt !== null) expect(new Date(item.submittedAt).toISOString()).toBe(item.submittedAt);
    }
    const times = all.items.map((i) => i.submittedAt ?? '9999');
    expect(times).toEqual([...times].sort().reverse()); // newest first, not yet submitted (drafts) on top

    for (const status of ['submitted', 'planned', 'cancelled']) {
      const page = await list(auth, `status=${status}`);
      expect({ status, total: page.total }).toEqual({ status, total: scope.filter((s) => s.status === status).length });
      expect(page.items.every((i) => i.status === status)).toBe(true);
    }
    for (const type of OFFER_TYPES) {
      const page = await list(auth, `type=${type}`);
      expect({ type, total: page.total }).toEqual({ type, total: scope.filter((s) => s.type === type).length });
    }
    const region = scope[0]?.region;
    if (region) {
      const page = await list(auth, `regionId=${region}&status=submitted`);
      expect(page.total).toBe(scope.filter((s) => s.region === region && s.status === 'submitted').length);
    }
    for (const attention of REQUEST_ATTENTION) {
      const page = await list(auth, `attention=${attention}&startsWithinDays=60&type=voorlichting`);
      expect(page.total).toBeLessThanOrEqual(scope.filter((s) => s.type === 'voorlichting').length);
      expect((await list(auth, `attention=${attention}&page=999`)).total).toBe(
        (await list(auth, `attention=${attention}`)).total,
      );
    }
    const past = await list(auth, 'page=999&pageSize=10');
    expect(past).toEqual({ items: [], total: scope.length, page: 999, pageSize: 10 });
  });

  it('a specialist (staff) sees no requests, only their sessions', async () => {
    const [staff] = await sql(`SELECT email FROM app_user WHERE role = 'staff' AND active ORDER BY email LIMIT 1`);
    const page = await list(await t.bearer(staff.email), 'status=submitted');
    expect(page).toEqual({ items: [], total: 0, page: 1, pageSize: expect.any(Number) });
  });
});
