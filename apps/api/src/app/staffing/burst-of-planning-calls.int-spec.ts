import type { BookingRequestDto, PlanningRunDto, StaffMemberDto } from '@halt/contracts';
import { buffersFromPrevious, instantToZoned } from '@halt/domain';
import { PlanningRunsService } from '@halt/api/staffing';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { levelOf, offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** A small deterministic generator (mulberry32), so the burst is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 60 simultaneous planning calls on overlapping sessions of two specialists — assign, unassign, re-plan and apply
 * an auto-planner proposal — as several planners clicking at once. Whatever wins, the database ends consistent:
 * no specialist in two overlapping sessions, every occupied range as derived from its session, and no 5xx.
 */
describe('a burst of planning calls', () => {
  let t: TestApi;
  let planner: string;
  let staff: string[];
  const january = [
    { from: '2027-01-11', to: '2027-01-22', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
  ];

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    planner = await t.bearer('planner.midden@halt.example');
    const people = (await t.http().get('/api/staff').set('Authorization', planner)).body.items as StaffMemberDto[];
    staff = ['Lotte Visser', 'Bram Jansen'].map((n) => people.find((s) => s.name === n)?.id as string);
  });
  afterAll(() => t.close());

  it('ends with 0 overlaps, 0 occupied ranges that disagree with their session, and 0 5xx', async () => {
    const schools = ['contact@domstad.school.example', 'contact@vechtoever.school.example'];
    const offerId = (await offerByCode(t, await t.bearer(schools[0]), 'voorlichting-online-veiligheid')).id;
    const sessions: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t
        .http()
        .post('/api/requests')
        .set('Authorization', await t.bearer(schools[i % 2]))
        .send(
          onlineSafetyRequest(offerId, {
            groups: [
              { name: `${i + 1}A`, level: levelOf(schools[i % 2]), pupilCount: 25 },
              { name: `${i + 1}B`, level: levelOf(schools[i % 2]), pupilCount: 25 },
            ],
            windows: january,
          }),
        );
      expect(res.status).toBe(201);
      sessions.push(...(res.body as BookingRequestDto).sessions.map((s) => s.id));
    }
    const slots = ['09:00', '09:30', '10:00', '10:30', '11:00', '13:00'];
    const days = ['2027-01-12', '2027-01-19'];
    const plan = (id: string, date: string, time: string) =>
      t.http().patch(`/api/sessions/${id}/plan`).set('Authorization', planner).send({ date, time });
    // Half of the sessions get a time (overlapping ones on purpose); the other half wait for the auto-planner.
    for (const [i, id] of sessions.slice(0, 8).entries()) {
      expect((await plan(id, days[0], slots[i % slots.length])).status).toBe(200);
    }
    const regionId = (
      (await t.http().get('/api/regions').set('Authorization', planner)).body as { id: string; code: string }[]
    ).find((r) => r.code === 'midden')?.id as string;
    const runs: PlanningRunDto[] = [];
    for (const seed of [1, 2]) {
      const run = await t
        .http()
        .post('/api/planning-runs')
        .set('Authorization', planner)
        .send({ regionId, from: '2027-01-18', to: '2027-01-22', seed, timeLimitSeconds: 1 });
      await t.api.app.get(PlanningRunsService).execute(run.body.id);
      runs.push(run.body);
    }

    const rnd = random(2026);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const calls = Array.from({ length: 60 }, (_, i) => {
      if (i === 20 || i === 40)
        return () =>
          t
            .http()
            .post(`/api/planning-runs/${runs[i / 20 - 1].id}/apply`)
            .set('Authorization', planner);
      const kind = pick(['assign', 'assign', 'unassign', 'plan'] as const);
      const id = pick(sessions);
      if (kind === 'assign') {
        return () =>
          t
            .http()
            .put(`/api/sessions/${id}/staff`)
            .set('Authorization', planner)
            .send({ staffIds: [pick(staff)] });
      }
      if (kind === 'unassign') return () => t.http().delete(`/api/sessions/${id}/staff`).set('Authorization', planner);
      return () => plan(id, pick(days), pick(slots));
    });
    const answers = await Promise.all(calls.map((call) => call()));
    const statuses = answers.map((a) => a.status);
    expect(answers.filter((a) => a.status >= 500).map((a) => [a.status, a.body.message])).toEqual([]);
    expect(statuses.every((s) => [200, 400, 409].includes(s))).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(10);

    const sql = t.api.app.get(DataSource);
    const [overlaps] = await sql.query(
      `SELECT count(*)::int AS n FROM session_assignment a JOIN session sa ON sa.id = a.session_id
         JOIN session_assignment b ON b.staff_id = a.staff_id AND b.id > a.id JOIN session sb ON sb.id = b.session_id
        WHERE tstzrange(sa.planned_start, sa.planned_end) && tstzrange(sb.planned_start, sb.planned_end)`,
    );
    expect(overlaps.n).toBe(0);
    const rows: {
      staff_id: string;
      start: Date;
      lat: number;
      lon: number;
      buffer: number;
      derived: boolean;
      timed: boolean;
    }[] = await sql.query(
      `SELECT a.staff_id, s.planned_start AS start, sc.latitude AS lat, sc.longitude AS lon, a.buffer_minutes AS buffer,
                a.occupied = tstzrange(s.planned_start - a.buffer_minutes * interval '1 minute', s.planned_end, '[)') AS derived,
                s.planned_start IS NOT NULL AND s.status IN ('planned', 'confirmed') AS timed
           FROM session_assignment a JOIN session s ON s.id = a.session_id
           JOIN booking_request r ON r.id = s.request_id JOIN school sc ON sc.id = r.school_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.derived || !r.timed)).toEqual([]);
    // And each buffer is the travel from the specialist's previous session that day, as the overlap rule counts it.
    expect(rows.map((r) => r.buffer)).toEqual(
      buffersFromPrevious(
        rows.map((r) => ({ staffId: r.staff_id, start: new Date(r.start), location: { lat: r.lat, lon: r.lon } })),
        (instant) => instantToZoned(instant).date,
      ),
    );
  });
});
