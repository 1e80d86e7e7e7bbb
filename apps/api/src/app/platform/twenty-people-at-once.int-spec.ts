import type { BookingRequestDto, BookingRequestSummaryDto, Page } from '@halt/contracts';
import type { Response } from 'supertest';
import { levelOf, offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';
import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * Ordinary concurrent use on the suite's database (the embedded PostgreSQL by default): 20 schools' contacts
 * submit, a planner reads the inbox 10 times and 10 people sign in, all at the same moment, three times over.
 * Every answer must be the one the same call gets on a quiet portal.
 */
describe('twenty people at once', () => {
  let t: TestApi;
  let offerId: string;
  const schools = ['contact@domstad.school.example', 'contact@vechtoever.school.example'];
  const signIns = [
    'beheer@halt.example',
    'planner.midden@halt.example',
    'beleid@utrecht.gemeente.example',
    'contact@domstad.school.example',
    'contact@vechtoever.school.example',
  ];
  const auth: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    for (const email of [...schools, 'planner.midden@halt.example']) auth[email] = await t.bearer(email);
    offerId = (await offerByCode(t, auth[schools[0]], 'voorlichting-online-veiligheid')).id;
  });
  afterAll(() => t.close());

  const submit = (school: string, n: number) =>
    t
      .http()
      .post('/api/requests')
      .set('Authorization', auth[school])
      .send(
        onlineSafetyRequest(offerId, {
          notes: `aanvraag ${n}`,
          groups: ['A', 'B'].map((x) => ({ name: `1${x}`, level: levelOf(school), pupilCount: 27 })),
        }),
      );
  /**
   * The whole inbox, page after page (50 a page, newest first). A request submitted between two pages pushes the
   * others down, so a later page may repeat one; none is skipped.
   */
  const inbox = async () => {
    const ids = new Set<string>();
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get(`/api/requests?status=submitted&page=${page}`)
        .set('Authorization', auth['planner.midden@halt.example']);
      if (res.status !== 200) return { status: res.status, ids: [...ids] };
      const body = res.body as Page<BookingRequestSummaryDto>;
      for (const r of body.items) ids.add(r.id);
      if (page * body.pageSize >= body.total) return { status: 200, ids: [...ids] };
    }
  };
  const signIn = (email: string) =>
    t.login(email).then(
      (session) => ({ status: 200, email: session.user.email, role: session.user.role }),
      (e: Error) => ({ status: 0, email, role: e.message }),
    );

  /** What a submission answers, without what differs per request (id, reference, times). */
  const submitted = (res: Response) => {
    const r = res.body as BookingRequestDto;
    return {
      status: res.status,
      requestStatus: r.status,
      school: r.school?.name,
      offer: r.offer?.title,
      sessions: r.sessions?.map((s) => [s.sequence, s.kind, s.groupName, s.status, s.windowFrom, s.windowTo]),
      timeline: r.timeline?.map((x) => [x.from, x.to, x.event]),
    };
  };

  it('gives every one of 150 simultaneous calls the answer a quiet portal gives', async () => {
    // The quiet answers: the same calls one at a time.
    const quietSubmit = submitted(await submit(schools[0], 0));
    const quietSchool1 = submitted(await submit(schools[1], 0));
    const quietInbox = await inbox();
    expect(quietInbox.status).toBe(200);
    const quietSignIn = Object.fromEntries(await Promise.all(signIns.map(async (e) => [e, await signIn(e)] as const)));
    const expectedSubmit = (i: number) => (i % 2 === 0 ? quietSubmit : quietSchool1);
    const known = new Set(quietInbox.ids);

    for (let round = 1; round <= 3; round++) {
      const before = new Set(known);
      const [subs, reads, logins] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, (_, i) => submit(schools[i % 2], round * 100 + i))),
        Promise.all(Array.from({ length: 10 }, () => inbox())),
        Promise.all(Array.from({ length: 10 }, (_, i) => signIn(signIns[i % signIns.length]))),
      ]);

      expect(subs.map(submitted)).toEqual(subs.map((_, i) => expectedSubmit(i)));
      for (const s of subs) known.add((s.body as BookingRequestDto).id);
      expect(new Set(subs.map((s) => (s.body as BookingRequestDto).id)).size).toBe(20);

      expect(logins).toEqual(logins.map((_, i) => quietSignIn[signIns[i % signIns.length]]));

      for (const read of reads) {
        expect(read.status).toBe(200);
        const ids = read.ids;
        // Everything submitted before the round is there; what the round adds may or may not be yet.
        expect(ids.filter((id) => before.has(id)).sort()).toEqual([...before].sort());
        expect(ids.filter((id) => !known.has(id))).toEqual([]);
      }
    }

    const final = await inbox();
    expect(final.ids.sort()).toEqual([...known].sort());
    expect(known.size).toBe(2 + 60);
  });
});
