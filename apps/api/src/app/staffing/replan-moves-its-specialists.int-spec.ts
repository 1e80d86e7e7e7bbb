import type { BookingRequestDto } from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { JANUARY_WINDOWS, middenPlanning, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** Re-planning a session that has a specialist: the occupied time moves with it, or nothing moves (409). */
describe('re-planning an assigned session', () => {
  let t: TestApi;
  let planner: string;
  let school: string;
  let offerId: string;
  let lotte: string;
  const january = JANUARY_WINDOWS;

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    const scene = await middenPlanning(t);
    ({ planner, school, offerId } = scene);
    lotte = scene.id('Lotte Visser');
  });
  afterAll(() => t.close());

  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);
  const submit = async () =>
    (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(offerId, { groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 25 }], windows: january }),
        )
    ).body as BookingRequestDto;
  const plan = (sessionId: string, date: string, time: string) =>
    t.http().patch(`/api/sessions/${sessionId}/plan`).set('Authorization', planner).send({ date, time });
  const assign = (sessionId: string) =>
    t
      .http()
      .put(`/api/sessions/${sessionId}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [lotte] });
  /** The session's time and its assignment's occupied range, as the database holds them. */
  const stored = async (sessionId: string) =>
    (
      await sql(
        `SELECT s.planned_start AS start, s.planned_end AS "end", lower(a.occupied) AS "from", upper(a.occupied) AS "to",
                a.buffer_minutes AS buffer, (SELECT count(*) FROM session_transition x WHERE x.session_id = s.id)::int AS steps
           FROM session s LEFT JOIN session_assignment a ON a.session_id = s.id WHERE s.id = $1`,
        [sessionId],
      )
    )[0] as { start: Date; end: Date; from: Date; to: Date; buffer: number; steps: number };

  it('moves the occupied range with the session, and refuses a slot where the specialist is busy with 409', async () => {
    const first = (await submit()).sessions[0];
    expect((await plan(first.id, '2027-01-12', '09:00')).status).toBe(200);
    expect((await assign(first.id)).status).toBe(200);
    const at9 = await stored(first.id);
    expect([at9.from, at9.to]).toEqual([at9.start, at9.end]);

    const moved = await plan(first.id, '2027-01-12', '11:00');
    expect(moved.status).toBe(200);
    expect((moved.body as BookingRequestDto).sessions[0].staff.map((s) => s.name)).toEqual(['Lotte Visser']);
    const at11 = await stored(first.id);
    expect(new Date(at11.start).toISOString()).toBe('2027-01-12T10:00:00.000Z');
    expect([at11.from, at11.to]).toEqual([at11.start, at11.end]); // moved along, in the same transaction

    // Another school's lesson takes Lotte at 13:00; moving the first one onto it is refused, and nothing changes.
    const other = (await submit()).sessions[0];
    expect((await plan(other.id, '2027-01-12', '13:00')).status).toBe(200);
    expect((await assign(other.id)).status).toBe(200);
    const refused = await plan(first.id, '2027-01-12', '13:00');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('Lotte Visser');
    expect(refused.body.message).toMatch(/13:00/);
    expect(await stored(first.id)).toEqual(at11);
    const overlaps = await sql(
      `SELECT count(*)::int AS n FROM session_assignment a JOIN session_assignment b
          ON a.staff_id = b.staff_id AND a.id < b.id AND a.occupied && b.occupied`,
    );
    expect(overlaps[0].n).toBe(0);
  });

  it('takes the specialist off a session that is moved back to the school (unplanned): nobody is booked for no time', async () => {
    const r = await submit();
    const s = r.sessions[0];
    expect((await plan(s.id, '2027-01-15', '09:00')).status).toBe(200); // a Friday: Lotte works ma, di, wo, vr
    expect((await assign(s.id)).status).toBe(200);
    const moved = await t
      .http()
      .post(`/api/requests/${r.id}/move`)
      .set('Authorization', school)
      .send({
        sessionId: s.id,
        windows: [{ from: '2027-01-18', to: '2027-01-22', weekdays: [1, 2], earliest: '09:00', latest: '12:00' }],
        reason: 'Toetsweek',
      });
    expect([moved.status, moved.body.message]).toEqual([200, undefined]);
    expect((moved.body as BookingRequestDto).sessions[0]).toMatchObject({
      status: 'open',
      plannedStart: null,
      staff: [],
    });
    const [left] = await sql(`SELECT count(*)::int AS n FROM session_assignment WHERE session_id = $1`, [s.id]);
    expect(left.n).toBe(0);
    const [trail] = await sql(
      `SELECT actor_email, action FROM audit_event WHERE entity = 'SessionAssignment' AND action = 'delete' ORDER BY id DESC LIMIT 1`,
    );
    expect(trail).toEqual({ actor_email: 'contact@domstad.school.example', action: 'delete' });
  });
});
