import type { BookingRequestDto, BookingRequestSummaryDto, Page } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

describe('school requests', () => {
  let t: TestApi;
  let school: string; // Stadscollege Domstad, Utrecht (midden)
  let offerId: string;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    school = await t.bearer('contact@domstad.school.example');
    offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
  });
  afterAll(() => t.close());

  const submit = (body: object, auth = school, key?: string) => {
    const req = t.http().post('/api/requests').set('Authorization', auth);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };

  it('submits a voorlichting for two classes in two windows: one open session per class', async () => {
    const res = await submit(onlineSafetyRequest(offerId));
    expect(res.status).toBe(201);
    const r = res.body as BookingRequestDto;
    expect(r.reference).toMatch(/^AV-2026-\d{6}$/);
    expect(r).toMatchObject({
      status: 'submitted',
      school: { name: 'Stadscollege Domstad' },
      offer: { title: 'Online veiligheid' },
    });
    expect(r.sessions.map((s) => [s.sequence, s.kind, s.groupName, s.status, s.windowFrom, s.windowTo])).toEqual([
      [1, 'lesson', '1A', 'open', '2026-11-02', '2027-01-29'],
      [2, 'lesson', '1B', 'open', '2026-11-02', '2027-01-29'],
    ]);
    expect(r.timeline.map((x) => [x.from, x.to, x.event])).toEqual([
      [null, 'draft', 'create'],
      ['draft', 'submitted', 'submit'],
    ]);
    expect(r.allowedActions).toEqual(['cancel', 'add_group']);

    const mine = (
      (await t.http().get('/api/requests').set('Authorization', school)).body as Page<BookingRequestSummaryDto>
    ).items;
    expect(mine.map((x) => x.id)).toContain(r.id);
    expect(mine.find((x) => x.id === r.id)).toMatchObject({
      groups: 2,
      pupils: 54,
      sessionsTotal: 2,
      sessionsPlanned: 0,
    });
  });

  it('shows a request to its school, gemeente and regional planner only', async () => {
    const r = (await submit(onlineSafetyRequest(offerId))).body as BookingRequestDto;
    const can = async (email: string) =>
      (
        await t
          .http()
          .get(`/api/requests/${r.id}`)
          .set('Authorization', await t.bearer(email))
      ).status;
    expect(await can('beleid@utrecht.gemeente.example')).toBe(200);
    expect(await can('planner.midden@halt.example')).toBe(200);
    expect(await can('beheer@halt.example')).toBe(200);
    expect(await can('contact@vechtoever.school.example')).toBe(404); // another school in the same gemeente
    expect(await can('beleid@amsterdam.gemeente.example')).toBe(404);
    expect(await can('planner.noord@halt.example')).toBe(404);
    expect(await can('lotte.visser@halt.example')).toBe(404); // staff see sessions, not requests
    const other = await t.bearer('contact@vechtoever.school.example');
    expect((await t.http().get('/api/requests').set('Authorization', other)).body).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 50,
    });
    expect(
      (await t.http().post(`/api/requests/${r.id}/cancel`).set('Authorization', other).send({ reason: 'Niet van ons' }))
        .status,
    ).toBe(404);
    const gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    expect((await submit(onlineSafetyRequest(offerId), gemeente)).status).toBe(403);
  });

  it('cancels a request with its sessions, and refuses a second cancel with 409 naming what is allowed', async () => {
    const r = (await submit(onlineSafetyRequest(offerId))).body as BookingRequestDto;
    const gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    expect(
      (await t.http().post(`/api/requests/${r.id}/cancel`).set('Authorization', gemeente).send({ reason: 'Zomaar' }))
        .status,
    ).toBe(403);
    expect(
      (await t.http().post(`/api/requests/${r.id}/cancel`).set('Authorization', school).send({})).body.errors,
    ).toEqual([{ field: 'reason', message: 'vul een reden in' }]);

    const res = await t
      .http()
      .post(`/api/requests/${r.id}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Toetsweek verschoven' });
    expect(res.status).toBe(200);
    const cancelled = res.body as BookingRequestDto;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.lateCancellation).toBe(false);
    expect(cancelled.sessions.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect(cancelled.timeline.at(-1)).toMatchObject({
      from: 'submitted',
      to: 'cancelled',
      event: 'cancel',
      reason: 'Toetsweek verschoven',
    });
    expect(cancelled.allowedActions).toEqual([]);

    const again = await t
      .http()
      .post(`/api/requests/${r.id}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Nog eens' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^Deze actie kan niet: de aanvraag is geannuleerd/);
    expect(again.body.conflict).toEqual({ state: 'cancelled', event: 'cancel', allowed: [] });
  });

  it('creates one request for one Idempotency-Key, however often and however concurrently it is sent', async () => {
    const body = onlineSafetyRequest(offerId, { notes: 'idempotent' });
    const first = await submit(body, school, 'submit-key-0001');
    expect(first.status).toBe(201);
    const again = await submit(body, school, 'submit-key-0001');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);

    const burstSize = 6;
    const burst = await Promise.all(Array.from({ length: burstSize }, () => submit(body, school, 'submit-key-0002')));
    expect(burst.map((r) => r.status)).toEqual(Array(burstSize).fill(201));
    expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);

    const different = await submit({ ...body, notes: 'iets anders' }, school, 'submit-key-0001');
    expect(different.status).toBe(409);
    expect(different.body.message).toBe('Deze Idempotency-Key is al gebruikt voor een ander verzoek');
    expect((await submit(body, school, 'kort')).body.errors).toEqual([
      { field: 'Idempotency-Key', message: 'moet 8 tot 128 letters, cijfers, - of _ zijn' },
    ]);

    const all = (
      (await t.http().get('/api/requests').set('Authorization', school)).body as Page<BookingRequestSummaryDto>
    ).items;
    const ids = new Set([first.body.id, burst[0].body.id]);
    expect(all.filter((x) => ids.has(x.id))).toHaveLength(2);
  });
});

describe('the planner inbox', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
  });
  afterAll(() => t.close());

  it('filters submitted requests of the planner’s region by offer type and urgency', async () => {
    const school = await t.bearer('contact@domstad.school.example');
    const online = await offerByCode(t, school, 'voorlichting-online-veiligheid');
    const dialogue = await offerByCode(t, school, 'klassendialoog-wat-is-veiligheid');
    const soon = (
      await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(online.id))
    ).body as BookingRequestDto;
    const later = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(dialogue.id, {
            windows: [
              { from: '2027-03-01', to: '2027-03-26', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
            ],
          }),
        )
    ).body as BookingRequestDto;

    const planner = await t.bearer('planner.midden@halt.example');
    const inbox = async (query: string) =>
      (
        (await t.http().get(`/api/requests?${query}`).set('Authorization', planner))
          .body as Page<BookingRequestSummaryDto>
      ).items
        .map((r) => r.id)
        .sort();
    expect(await inbox('status=submitted')).toEqual([soon.id, later.id].sort());
    expect(await inbox('type=klassendialoog')).toEqual([later.id]);
    expect(await inbox('startsWithinDays=90')).toEqual([soon.id]); // 2 November is 62 days after 1 September
    const regions = (await t.http().get('/api/regions').set('Authorization', planner)).body as {
      id: string;
      code: string;
    }[];
    expect(await inbox(`regionId=${regions.find((r) => r.code === 'midden')!.id}`)).toHaveLength(2);
    expect(await inbox(`regionId=${regions.find((r) => r.code === 'zuid')!.id}`)).toEqual([]);
    expect((await t.http().get('/api/requests?startsWithinDays=-1').set('Authorization', planner)).body.errors).toEqual(
      [{ field: 'startsWithinDays', message: 'moet 0 of meer zijn' }],
    );

    // Pages in SQL, newest first, with the total; past the end an empty page that still says how many there are.
    const third = (
      await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(online.id))
    ).body as BookingRequestDto;
    const page = async (query: string) =>
      (await t.http().get(`/api/requests?status=submitted&${query}`).set('Authorization', planner)).body;
    const first = await page('pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((r: BookingRequestSummaryDto) => r.id)).toEqual([third.id, later.id]);
    expect((await page('pageSize=2&page=2')).items.map((r: BookingRequestSummaryDto) => r.id)).toEqual([soon.id]);
    expect(await page('pageSize=2&page=3')).toEqual({ items: [], total: 3, page: 3, pageSize: 2 });
    expect((await page('pageSize=51')).errors).toEqual([{ field: 'pageSize', message: 'mag hoogstens 50 zijn' }]);
  });
});
