import type { BookingRequestDto } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

describe('changes after planning', () => {
  let t: TestApi;
  let school: string;
  let planner: string;
  let offerId: string;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    school = await t.bearer('contact@domstad.school.example');
    planner = await t.bearer('planner.midden@halt.example');
    offerId = (await offerByCode(t, school, 'voorlichting-vuurwerk')).id;
  });
  afterAll(() => t.close());

  const plannedRequest = async (): Promise<BookingRequestDto> => {
    const r = (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offerId)))
      .body as BookingRequestDto;
    await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-02', time: '09:00' });
    const done = await t
      .http()
      .patch(`/api/sessions/${r.sessions[1].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-03', time: '09:00' });
    expect(done.body.status).toBe('planned');
    return done.body;
  };

  it('moves a planned session back to the planner with new windows, and planning it again re-plans the request', async () => {
    const planned = await plannedRequest();
    expect(planned.allowedActions).toEqual([]); // the planner's view: changes are the school's
    const r = (await t.http().get(`/api/requests/${planned.id}`).set('Authorization', school))
      .body as BookingRequestDto;
    expect(r.allowedActions).toEqual(['request_change', 'cancel', 'add_group']);
    const newWindow = { from: '2026-12-07', to: '2026-12-11', weekdays: [1, 2, 3], earliest: '08:30', latest: '12:00' };
    const moved = await t
      .http()
      .post(`/api/requests/${r.id}/move`)
      .set('Authorization', school)
      .send({ sessionId: r.sessions[0].id, windows: [newWindow], reason: 'Excursie op die dag' });
    expect(moved.status).toBe(200);
    const m = moved.body as BookingRequestDto;
    expect(m.status).toBe('change_requested');
    expect(m.sessions[0]).toMatchObject({
      status: 'open',
      plannedStart: null,
      windowFrom: '2026-12-07',
      windowTo: '2026-12-11',
    });
    expect(m.sessions[1].status).toBe('planned');
    expect(m.windows).toEqual([newWindow]);
    expect(m.timeline.at(-1)).toMatchObject({
      from: 'planned',
      to: 'change_requested',
      event: 'request_change',
      reason: 'Excursie op die dag',
    });

    const outside = await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-02', time: '09:00' });
    expect(outside.status).toBe(400);
    const again = await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-12-08', time: '10:00' });
    expect(again.body.status).toBe('planned');
  });

  it('refuses to move what is not planned (409) and checks the new windows (400)', async () => {
    const r = (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offerId)))
      .body as BookingRequestDto;
    const window = { from: '2026-12-07', to: '2026-12-11', weekdays: [1], earliest: '08:30', latest: '12:00' };
    const early = await t
      .http()
      .post(`/api/requests/${r.id}/move`)
      .set('Authorization', school)
      .send({ sessionId: r.sessions[0].id, windows: [window], reason: 'Te vroeg' });
    expect(early.status).toBe(409);
    expect(early.body.conflict).toEqual({
      state: 'submitted',
      event: 'request_change',
      allowed: ['approve', 'require_approval', 'reject', 'cancel'],
    });

    const planned = await plannedRequest();
    const holiday = {
      from: '2026-12-21',
      to: '2026-12-31',
      weekdays: [1, 2, 3, 4, 5],
      earliest: '08:30',
      latest: '12:00',
    };
    const bad = await t
      .http()
      .post(`/api/requests/${planned.id}/move`)
      .set('Authorization', school)
      .send({ sessionId: planned.sessions[0].id, windows: [holiday], reason: 'Kerst' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('windows.0.from');
    const gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    expect(
      (
        await t
          .http()
          .post(`/api/requests/${planned.id}/move`)
          .set('Authorization', gemeente)
          .send({ sessionId: planned.sessions[0].id, windows: [window], reason: 'Mag niet' })
      ).status,
    ).toBe(403);
  });

  it('adds a class: a new open session, and a planned request goes back to the planner', async () => {
    const r = await plannedRequest();
    const res = await t
      .http()
      .post(`/api/requests/${r.id}/groups`)
      .set('Authorization', school)
      .send({ name: '1C', level: 'vo-1-2', pupilCount: 24 });
    expect(res.status).toBe(201);
    const withClass = res.body as BookingRequestDto;
    expect(withClass.groups.map((g) => g.name)).toEqual(['1A', '1B', '1C']);
    expect(withClass.sessions.map((s) => [s.sequence, s.groupName, s.status])).toEqual([
      [1, '1A', 'planned'],
      [2, '1B', 'planned'],
      [3, '1C', 'open'],
    ]);
    expect(withClass.status).toBe('approved');
    expect(withClass.timeline.at(-1)).toMatchObject({ event: 'unplan', reason: 'klas 1C toegevoegd' });

    const dup = await t
      .http()
      .post(`/api/requests/${r.id}/groups`)
      .set('Authorization', school)
      .send({ name: '1c', level: 'vo-1-2', pupilCount: 40 });
    expect(dup.status).toBe(400);
    expect(dup.body.errors).toEqual([
      { field: 'pupilCount', message: 'is meer dan het maximum van 32 leerlingen per groep' },
      { field: 'name', message: 'deze klas staat er al in' },
    ]);
    const other = await t.bearer('contact@vechtoever.school.example');
    expect(
      (
        await t
          .http()
          .post(`/api/requests/${r.id}/groups`)
          .set('Authorization', other)
          .send({ name: '1D', level: 'vo-1-2', pupilCount: 20 })
      ).status,
    ).toBe(404);
  });
});
