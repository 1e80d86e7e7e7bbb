import type {
  BookingRequestDto,
  Page,
  PlanningCalendarDto,
  StaffLoadDto,
  StaffMemberDto,
  UnplannedSessionDto,
} from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

describe('the planning calendar: planned sessions as blocks, and the sessions still waiting for a date', () => {
  let t: TestApi;
  let planner: string;
  let otherRegion: string;
  let request: BookingRequestDto;
  let bram: string;

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    planner = await t.bearer('planner.midden@halt.example');
    otherRegion = await t.bearer('planner.noord@halt.example');
    const school = await t.bearer('contact@domstad.school.example');
    const offer = await offerByCode(t, school, 'voorlichting-online-veiligheid');
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offer.id, {
          windows: [
            { from: '2026-10-26', to: '2026-11-06', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
          ],
        }),
      );
    expect(res.status).toBe(201);
    request = res.body;
    const staff = (await t.http().get('/api/staff').set('Authorization', planner)).body.items as StaffMemberDto[];
    bram = staff.find((s) => s.name === 'Bram Jansen')!.id;
  });
  afterAll(() => t.close());

  const calendar = (query: string, auth = planner) =>
    t.http().get(`/api/planning/calendar?${query}`).set('Authorization', auth);
  const unplanned = (query: string, auth = planner) =>
    t.http().get(`/api/planning/unplanned-sessions?${query}`).set('Authorization', auth);

  it('lists the open sessions of the region, paged, and not to another region’s planner', async () => {
    const mine = (await unplanned(`requestId=${request.id}`)).body as Page<UnplannedSessionDto>;
    expect(mine.total).toBe(2);
    expect(mine.items[0]).toMatchObject({
      requestId: request.id,
      schoolName: 'Stadscollege Domstad',
      durationMinutes: 60,
      staffNeeded: 1,
      windowFrom: '2026-10-26',
      windowTo: '2026-11-06',
    });
    const page = (await unplanned(`requestId=${request.id}&pageSize=1&page=2`)).body as Page<UnplannedSessionDto>;
    expect([page.items.length, page.total, page.page]).toEqual([1, 2, 2]);
    expect(((await unplanned(`requestId=${request.id}`, otherRegion)).body as Page<UnplannedSessionDto>).total).toBe(0);
  });

  it('shows a planned session as a block with its specialist and travel, per specialist and per school', async () => {
    const [first] = request.sessions;
    expect(
      (
        await t
          .http()
          .patch(`/api/sessions/${first.id}/plan`)
          .set('Authorization', planner)
          .send({ date: '2026-10-27', time: '10:00' })
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .put(`/api/sessions/${first.id}/staff`)
          .set('Authorization', planner)
          .send({ staffIds: [bram] })
      ).status,
    ).toBe(200);

    const week = (await calendar('from=2026-10-26&to=2026-10-30')).body as PlanningCalendarDto;
    const block = week.blocks.find((b) => b.sessionId === first.id);
    expect(block).toMatchObject({
      date: '2026-10-27',
      start: '10:00',
      end: '11:00',
      status: 'planned',
      schoolName: 'Stadscollege Domstad',
      offerTitle: expect.stringMatching(/online/i),
      staff: [{ id: bram, name: 'Bram Jansen', travelMinutes: expect.any(Number) }],
    });
    expect(block!.staff[0].travelMinutes).toBeGreaterThanOrEqual(0);
    const ofBram = (await calendar(`from=2026-10-26&to=2026-10-30&staffId=${bram}`)).body as PlanningCalendarDto;
    expect(ofBram.blocks.map((b) => b.sessionId)).toContain(first.id);
    const ofSchool = (await calendar(`from=2026-10-26&to=2026-10-30&schoolId=${request.school.id}`))
      .body as PlanningCalendarDto;
    expect(ofSchool.blocks.map((b) => b.sessionId)).toContain(first.id);
    // Another week, another region: not there.
    expect(((await calendar('from=2026-11-02&to=2026-11-06')).body as PlanningCalendarDto).blocks).toEqual([]);
    const noord = (await calendar('from=2026-10-26&to=2026-10-30', otherRegion)).body as PlanningCalendarDto;
    expect(noord.blocks.map((b) => b.sessionId)).not.toContain(first.id);
    // The planned session left the side list.
    expect(((await unplanned(`requestId=${request.id}`)).body as Page<UnplannedSessionDto>).total).toBe(1);
  });

  it('gives a specialist’s load per week: sessions and the travel there and back, against the contract hours', async () => {
    const load = (query: string, auth = planner) =>
      t.http().get(`/api/planning/staff-load?${query}`).set('Authorization', auth);
    const res = await load(`staffId=${bram}&from=2026-10-26&to=2026-11-08`);
    expect(res.status).toBe(200);
    const body = res.body as StaffLoadDto;
    expect(body.weeks.map((w) => w.weekStart)).toEqual(['2026-10-26', '2026-11-02']);
    const [week, next] = body.weeks;
    const staff = (await t.http().get(`/api/staff/${bram}`).set('Authorization', planner)).body as StaffMemberDto;
    expect(week.contractMinutes).toBe(staff.contractHoursPerWeek * 60);
    expect(week.sessions).toBeGreaterThanOrEqual(1);
    expect(week.sessionMinutes).toBeGreaterThanOrEqual(60);
    const block = ((await calendar(`from=2026-10-27&to=2026-10-27&staffId=${bram}`)).body as PlanningCalendarDto)
      .blocks;
    // One session that day: from home and back home again (the estimate is symmetric).
    if (block.length === 1 && week.sessions === 1) expect(week.travelMinutes).toBe(2 * block[0].staff[0].travelMinutes);
    expect(week.travelMinutes).toBeGreaterThan(0);
    expect(next).toMatchObject({ sessions: 0, sessionMinutes: 0, travelMinutes: 0 });
    // Another region's planner does not see Bram; a school may not ask; 13 weeks at most.
    expect((await load(`staffId=${bram}&from=2026-10-26&to=2026-11-08`, otherRegion)).status).toBe(404);
    const school = await t.bearer('contact@domstad.school.example');
    expect((await load(`staffId=${bram}&from=2026-10-26&to=2026-11-08`, school)).status).toBe(403);
    const long = await load(`staffId=${bram}&from=2026-10-26&to=2027-02-28`);
    expect([long.status, long.body.errors?.[0]?.field]).toEqual([400, 'to']);
  });

  it('refuses a period longer than six weeks or backwards with a 400 on `to`, and is for planners only', async () => {
    for (const q of ['from=2026-10-26&to=2026-12-31', 'from=2026-10-26&to=2026-10-01']) {
      const res = await calendar(q);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['to']);
    }
    const school = await t.bearer('contact@domstad.school.example');
    expect((await calendar('from=2026-10-26&to=2026-10-30', school)).status).toBe(403);
    expect((await unplanned('', school)).status).toBe(403);
  });

  it('gives a specialist their own sessions only ("Mijn agenda"), and not the waiting list', async () => {
    const own = await t.bearer('bram.jansen@halt.example');
    const mine = (await calendar('from=2026-10-26&to=2026-10-30', own)).body as PlanningCalendarDto;
    expect(mine.blocks.length).toBeGreaterThan(0);
    expect(mine.blocks.every((b) => b.staff.some((s) => s.id === bram))).toBe(true);
    const lotte = await t.bearer('lotte.visser@halt.example');
    const hers = (await calendar('from=2026-10-26&to=2026-10-30', lotte)).body as PlanningCalendarDto;
    expect(hers.blocks.map((b) => b.sessionId)).not.toContain(request.sessions[0].id);
    // Asking for a colleague's sessions gives nothing: the filter adds to "own", it does not replace it.
    expect(
      ((await calendar(`from=2026-10-26&to=2026-10-30&staffId=${bram}`, lotte)).body as PlanningCalendarDto).blocks,
    ).toEqual([]);
    expect((await unplanned('', own)).status).toBe(403);
  });
});
