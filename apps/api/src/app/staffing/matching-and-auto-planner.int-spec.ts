import type { BookingRequestDto, CandidatesDto, Page, PlanningRunDto, StaffMemberDto } from '@halt/contracts';
import { PlanningRunsService } from '@halt/api/staffing';
import { startTestApi, TestApi } from '../../testing/test-api';
import { middenPlanning, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** Region midden: Lotte Visser (ma, di, wo, vr), Bram Jansen (ma–vr), Iris Mulder (di–do). */
describe('staff, matching and the auto-planner', () => {
  let t: TestApi;
  let planner: string;
  let school: string;
  let offerId: string;
  let staff: StaffMemberDto[];
  let id: (name: string) => string;

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    ({ planner, school, offerId, staff, id } = await middenPlanning(t));
  });
  afterAll(() => t.close());

  const submit = async (overrides = {}) =>
    (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offerId, overrides)))
      .body as BookingRequestDto;
  const plan = (sessionId: string, date: string, time: string) =>
    t.http().patch(`/api/sessions/${sessionId}/plan`).set('Authorization', planner).send({ date, time });
  const assign = (sessionId: string, staffIds: string[]) =>
    t.http().put(`/api/sessions/${sessionId}/staff`).set('Authorization', planner).send({ staffIds });

  it('shows a planner the specialists of their regions only; a specialist sees themself; schools none', async () => {
    expect(staff.map((s) => s.name)).toEqual(['Bram Jansen', 'Iris Mulder', 'Lotte Visser']);
    const lotte = await t.bearer('lotte.visser@halt.example');
    const mine = (await t.http().get('/api/staff').set('Authorization', lotte)).body;
    expect(mine.total).toBe(1);
    expect(mine.items.map((s: StaffMemberDto) => s.name)).toEqual(['Lotte Visser']);
    expect(
      (
        await t
          .http()
          .get(`/api/staff/${id('Bram Jansen')}`)
          .set('Authorization', lotte)
      ).status,
    ).toBe(404);
    expect((await t.http().get('/api/staff').set('Authorization', school)).status).toBe(403);
    // A page at a time, by name, with the total; the search looks at names, regions and skills.
    const search = async (q: string) =>
      (await t.http().get(`/api/staff?${q}`).set('Authorization', planner)).body as Page<StaffMemberDto>;
    expect(await search('pageSize=2&page=2')).toMatchObject({ total: 3, page: 2, items: [{ name: 'Lotte Visser' }] });
    expect((await search('q=iris')).items.map((s) => s.name)).toEqual(['Iris Mulder']);
    expect((await search('q=midden')).total).toBe(3);
    expect((await search('q=noord')).items.map((s) => s.name)).toEqual(['Iris Mulder']); // also in Noord-Holland
    expect((await search('q=sanne')).items).toEqual([]); // Noord-Nederland only: out of this planner's scope
    const noord = await t.bearer('planner.noord@halt.example');
    expect(
      (
        await t
          .http()
          .get(`/api/staff/${id('Lotte Visser')}`)
          .set('Authorization', noord)
      ).status,
    ).toBe(404);
  });

  it('lets a specialist keep their own availability; bad times are 400 per field', async () => {
    const iris = await t.bearer('iris.mulder@halt.example');
    const bad = await t
      .http()
      .put('/api/staff/me/availability')
      .set('Authorization', iris)
      .send({ workingPattern: { '2': [{ start: '12:00', end: '09:00' }], '6': [] }, preferredWeekdays: [2] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'workingPattern.2.0.end', message: 'moet na de begintijd liggen' },
        { field: 'workingPattern.6', message: 'alleen maandag (1) tot en met vrijdag (5)' },
      ]),
    );
    const ok = await t
      .http()
      .put('/api/staff/me/availability')
      .set('Authorization', iris)
      .send({
        workingPattern: {
          '2': [{ start: '08:00', end: '17:00' }],
          '3': [{ start: '08:00', end: '17:00' }],
          '4': [{ start: '08:00', end: '17:00' }],
        },
        preferredWeekdays: [3],
      });
    expect(ok.status).toBe(200);
    const absent = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', iris)
      .send({ kind: 'training', from: '2026-11-03', to: '2026-11-03' });
    expect(absent.status).toBe(201);
    expect(absent.body.absences).toEqual([
      expect.objectContaining({ kind: 'training', from: '2026-11-03', to: '2026-11-03' }),
    ]);
  });

  it('ranks candidates with the reasons, and explains who is excluded', async () => {
    const r = await submit();
    // Tuesday 3 November 2026: Iris is on training, Lotte and Bram work.
    const res = await t
      .http()
      .get(`/api/sessions/${r.sessions[0].id}/candidates?date=2026-11-03&time=09:00`)
      .set('Authorization', planner);
    expect(res.status).toBe(200);
    const c = res.body as CandidatesDto;
    expect(c.slotProblems).toEqual([]);
    expect(c.eligible.map((x) => x.name).sort()).toEqual(['Bram Jansen', 'Lotte Visser']);
    expect(c.eligible[0].rules.every((x) => x.passed)).toBe(true);
    expect(c.eligible[0].goals.length).toBeGreaterThan(0);
    const iris = c.excluded.find((x) => x.name === 'Iris Mulder');
    expect(iris?.reasons.join(' ')).toMatch(/afwezig|training/i);
    expect(iris?.rules.length).toBeGreaterThan(0);
    expect(iris?.rules.every((x) => !x.passed)).toBe(true); // only what excludes her
    expect([c.eligibleTotal, c.excludedTotal]).toEqual([2, c.excluded.length]);
    // The best `limit`, ranked on all: the first of the two, and the total still says two.
    const best = (
      await t
        .http()
        .get(`/api/sessions/${r.sessions[0].id}/candidates?date=2026-11-03&time=09:00&limit=1`)
        .set('Authorization', planner)
    ).body as CandidatesDto;
    expect([best.eligible.map((x) => x.staffId), best.eligibleTotal]).toEqual([[c.eligible[0].staffId], 2]);
    const tooMany = await t
      .http()
      .get(`/api/sessions/${r.sessions[0].id}/candidates?date=2026-11-03&time=09:00&limit=51`)
      .set('Authorization', planner);
    expect(tooMany.body.errors).toEqual([{ field: 'limit', message: 'mag hoogstens 50 zijn' }]);
    // A Saturday is no school day: nobody is eligible and the slot says why.
    const saturday = (
      await t
        .http()
        .get(`/api/sessions/${r.sessions[0].id}/candidates?date=2026-11-07&time=09:00`)
        .set('Authorization', planner)
    ).body as CandidatesDto;
    expect(saturday.eligible).toEqual([]);
    expect(saturday.slotProblems.join(' ')).toMatch(/weekend|schooldag/i);
  });

  it('assigns a specialist to a planned session and refuses a double booking with 409 naming the other session', async () => {
    const r = await submit();
    expect((await assign(r.sessions[0].id, [id('Lotte Visser')])).status).toBe(409); // not planned yet
    expect((await plan(r.sessions[0].id, '2026-11-09', '09:00')).status).toBe(200);
    const ok = await assign(r.sessions[0].id, [id('Lotte Visser')]);
    expect(ok.status).toBe(200);
    expect((ok.body as BookingRequestDto).sessions[0].staff).toEqual([
      expect.objectContaining({ name: 'Lotte Visser', pinned: true }),
    ]);
    expect((await plan(r.sessions[1].id, '2026-11-09', '09:30')).status).toBe(200);
    const twice = await assign(r.sessions[1].id, [id('Lotte Visser')]);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain('Lotte Visser');
    const other = await assign(r.sessions[1].id, [id('Bram Jansen')]);
    expect([other.status, other.body.message]).toEqual([200, undefined]);
  });

  it('the database itself refuses a double booking when two planners assign at the same moment', async () => {
    const a = await submit();
    const b = await submit();
    expect((await plan(a.sessions[0].id, '2026-11-10', '10:00')).status).toBe(200);
    expect((await plan(b.sessions[0].id, '2026-11-10', '10:15')).status).toBe(200);
    const [x, y] = await Promise.all([
      assign(a.sessions[0].id, [id('Bram Jansen')]),
      assign(b.sessions[0].id, [id('Bram Jansen')]),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const lost = x.status === 409 ? x : y;
    expect(lost.body.message).toMatch(
      /Bram Jansen (is dan al ingepland bij Stadscollege Domstad|heeft dan al een sessie)/,
    );
  });

  it('the database derives occupied ranges from the session and refuses overlaps even when written directly', async () => {
    const r = await submit();
    const [a, b] = r.sessions;
    const timeOf = async (sessionId: string, date: string, time: string) => {
      const res = await plan(sessionId, date, time);
      expect(res.status).toBe(200);
      return (res.body as BookingRequestDto).sessions.find(
        (x) => x.id === sessionId,
      ) as BookingRequestDto['sessions'][0];
    };
    const first = await timeOf(a.id, '2026-11-10', '09:00');
    await timeOf(b.id, '2026-11-10', '11:00');
    const lotte = id('Lotte Visser');
    const insert = (sessionId: string) =>
      t.fixture<{ from: Date; to: Date }[]>(
        `INSERT INTO session_assignment (session_id, staff_id, occupied)
         VALUES ($1, $2, tstzrange('2000-01-01', '2000-01-02')) RETURNING lower(occupied) AS "from", upper(occupied) AS "to"`,
        [sessionId, lotte],
      );
    // The range written is ignored: the database takes the session's planned time.
    const [occupied] = await insert(a.id);
    expect([new Date(occupied.from).toISOString(), new Date(occupied.to).toISOString()]).toEqual([
      first.plannedStart,
      first.plannedEnd,
    ]);
    // Back to back is fine; moving the second session onto the first is refused by the database itself.
    await expect(insert(b.id)).resolves.toBeDefined();
    await expect(
      t.fixture(
        `UPDATE session SET planned_start = planned_start - interval '90 minutes', planned_end = planned_end - interval '90 minutes' WHERE id = $1`,
        [b.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'ex_session_assignment_overlap' } });
    // A session without a time cannot have staff at all.
    const open = (await submit()).sessions[0];
    await expect(insert(open.id)).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_session_assignment_planned' },
    });
    await t.fixture(`DELETE FROM session_assignment WHERE session_id = ANY($1::uuid[])`, [r.sessions.map((x) => x.id)]);
  });

  it('proposes a plan for a region and period, applies it atomically, and reports conflicts instead of half-applying', async () => {
    const r = await submit({
      windows: [
        { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
      ],
    });
    const regionId = staff[0].regions.find((x) => x.name === 'Midden-Nederland')?.id as string;
    const runs = t.api.app.get(PlanningRunsService);
    const create = () =>
      t
        .http()
        .post('/api/planning-runs')
        .set('Authorization', planner)
        .send({ regionId, from: '2027-01-11', to: '2027-01-29', seed: 7, timeLimitSeconds: 2 });

    const first = (await create()).body as PlanningRunDto;
    expect(first.state).toBe('queued');
    // While it searches (2 s) the API still answers, and the run's progress moves on between 30 % and 90 %.
    const running = runs.execute(first.id);
    const seen = new Set<number>();
    let finished = false;
    void running.finally(() => (finished = true));
    while (!finished) {
      const now = (await t.http().get(`/api/planning-runs/${first.id}`).set('Authorization', planner)).body;
      if (now.state === 'running') seen.add(now.progress);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await running;
    expect([...seen].filter((p) => p > 30 && p < 90).length).toBeGreaterThanOrEqual(2);
    const proposed = (await t.http().get(`/api/planning-runs/${first.id}`).set('Authorization', planner))
      .body as PlanningRunDto;
    expect(proposed.state).toBe('proposed');
    expect(proposed.progress).toBe(100);
    const mine = proposed.changes.filter((c) => c.requestReference === r.reference);
    expect(mine).toHaveLength(2);
    for (const c of mine) {
      expect(c.after.date >= '2027-01-11' && c.after.date <= '2027-01-29').toBe(true);
      expect(c.after.start >= '09:00' && c.after.end <= '15:00').toBe(true);
      expect(c.after.staff).toHaveLength(1);
    }

    // Meanwhile a planner plans one of these sessions by hand: applying now reports it and changes nothing.
    const second = (await create()).body as PlanningRunDto;
    await runs.execute(second.id);
    expect((await plan(r.sessions[0].id, '2027-01-12', '09:00')).status).toBe(200);
    const conflicted = await t.http().post(`/api/planning-runs/${second.id}/apply`).set('Authorization', planner);
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.conflicts.join(' ')).toContain(r.reference);
    const untouched = (await t.http().get(`/api/requests/${r.id}`).set('Authorization', planner))
      .body as BookingRequestDto;
    expect(untouched.sessions[1].status).toBe('open');
    expect(untouched.sessions.flatMap((s) => s.staff)).toEqual([]);

    // A fresh proposal on the current plan applies: every session gets its time and a specialist.
    const third = (await create()).body as PlanningRunDto;
    await runs.execute(third.id);
    const applied = await t.http().post(`/api/planning-runs/${third.id}/apply`).set('Authorization', planner);
    expect([applied.status, applied.body.conflicts]).toEqual([200, []]);
    expect(applied.body.state).toBe('applied');
    const done = (await t.http().get(`/api/requests/${r.id}`).set('Authorization', planner)).body as BookingRequestDto;
    expect(done.status).toBe('planned');
    expect(done.sessions.map((s) => [s.status, s.staff.length])).toEqual([
      ['planned', 1],
      ['planned', 1],
    ]);
    // Other regions' planners cannot see or apply it.
    const noord = await t.bearer('planner.noord@halt.example');
    expect((await t.http().get(`/api/planning-runs/${third.id}`).set('Authorization', noord)).status).toBe(404);
  });
});
