import type {
  BookingRequestDto,
  LearningCoverageDto,
  LearningLineDto,
  SchoolLearningProgressDto,
  StaffMemberDto,
} from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * Stadscollege Domstad (a VO school in Utrecht) has "Online veiligheid" given to class 1A (VO klas 1–2) and
 * planned for 1B; its learning lines, the gemeente's coverage and what others may see follow from that.
 */
describe('learning lines: a school’s progress and next step, a gemeente’s coverage', () => {
  let t: TestApi;
  let admin: string;
  let domstad: string;
  let utrecht: string;
  let request: BookingRequestDto;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);
  const get = <T>(path: string, auth: string) =>
    t
      .http()
      .get(path)
      .set('Authorization', auth)
      .then((r) => r.body as T);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    admin = await t.bearer('beheer@halt.example');
    const planner = await t.bearer('planner.midden@halt.example');
    const lotte = await t.bearer('lotte.visser@halt.example');
    domstad = await t.bearer('contact@domstad.school.example');
    utrecht = await t.bearer('beleid@utrecht.gemeente.example');
    const offerId = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
    request = (await t.http().post('/api/requests').set('Authorization', domstad).send(onlineSafetyRequest(offerId)))
      .body;
    const [s1, s2] = request.sessions;
    for (const [s, date] of [
      [s1, '2026-11-03'],
      [s2, '2026-11-05'],
    ] as const)
      await t
        .http()
        .patch(`/api/sessions/${s.id}/plan`)
        .set('Authorization', planner)
        .send({ date, time: '09:00' })
        .expect(200);
    const staff: StaffMemberDto[] = (await t.http().get('/api/staff').set('Authorization', planner)).body.items;
    await t
      .http()
      .put(`/api/sessions/${s1.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [staff.find((x) => x.name === 'Lotte Visser')?.id] })
      .expect(200);
    await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 70 }).expect(200);
    await t
      .http()
      .post(`/api/sessions/${s1.id}/report`)
      .set('Authorization', lotte)
      .send({ outcome: 'delivered', pupilsReached: 27 })
      .expect(201);
  });
  afterAll(async () => {
    await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 0 });
    await t.close();
  });

  it('lists the seeded lines in order, each step an offer at one of its levels', async () => {
    const lines = await get<LearningLineDto[]>('/api/learning-lines', domstad);
    expect(lines.map((l) => l.code)).toEqual(['online-veiligheid', 'ondermijning', 'samen-veilig']);
    expect(lines[0].steps.map((s) => [s.position, s.level, s.offerCode])).toEqual([
      [1, 'po-7-8', 'voorlichting-online-veiligheid'],
      [2, 'vo-1-2', 'voorlichting-online-veiligheid'],
      [3, 'vo-3-4', 'voorlichting-sexting-grooming'],
      [4, 'mbo', 'voorlichting-sexting-grooming'],
    ]);
  });

  it('shows the school the step given for klas 1–2 and suggests klas 3–4 as the next step', async () => {
    const p = await get<SchoolLearningProgressDto>('/api/learning-lines/progress', domstad);
    expect([p.schoolYear, p.from, p.to]).toEqual(['2026-2027', '2026-08-01', '2027-07-31']);
    const online = p.lines.find((l) => l.code === 'online-veiligheid');
    expect(online?.steps.map((s) => [s.level, s.taught, s.state])).toEqual([
      ['po-7-8', false, 'open'],
      ['vo-1-2', true, 'given'],
      ['vo-3-4', true, 'open'],
      ['mbo', false, 'open'],
    ]);
    expect(online?.next).toMatchObject({ level: 'vo-3-4', offerCode: 'voorlichting-sexting-grooming' });
    expect(p.lines.find((l) => l.code === 'ondermijning')?.next).toMatchObject({ level: 'vo-1-2' });
    // The next school year starts with new pupils in klas 1–2: the step is open again, given last year.
    const next = await get<SchoolLearningProgressDto>('/api/learning-lines/progress?schoolYear=2027-2028', domstad);
    const step = next.lines[0].steps.find((s) => s.level === 'vo-1-2');
    expect([step?.state, step?.lastGivenSchoolYear]).toEqual(['open', '2026-2027']);
    expect(next.lines[0].next?.level).toBe('vo-1-2');
  });

  it('counts for the gemeente its schools that teach a level and those that had the step given or planned', async () => {
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM school sc JOIN municipality m ON m.id = sc.municipality_id
        WHERE m.name = 'Utrecht' AND sc.type IN ('VO', 'VSO')`,
    );
    const c = await get<LearningCoverageDto>('/api/learning-lines/coverage', utrecht);
    expect([c.municipality, c.schoolYear]).toEqual(['Utrecht', '2026-2027']);
    const step = c.lines[0].steps.find((s) => s.level === 'vo-1-2');
    expect([step?.schools, step?.given, step?.planned]).toEqual([n, 1, 0]);
    expect(c.lines[0].steps.find((s) => s.level === 'vo-3-4')?.given).toBe(0);
    const lastYear = await get<LearningCoverageDto>('/api/learning-lines/coverage?schoolYear=2025-2026', utrecht);
    expect(lastYear.lines[0].steps.find((s) => s.level === 'vo-1-2')?.given).toBe(0);
  });

  it('keeps each to their own: another school and another gemeente see nothing of Domstad’s lesson', async () => {
    const other = await t.bearer('contact@lorentz.school.example');
    const theirs = await get<SchoolLearningProgressDto>('/api/learning-lines/progress', other);
    expect(theirs.lines.flatMap((l) => l.steps).every((s) => s.state === 'open')).toBe(true);
    const amsterdam = await t.bearer('beleid@amsterdam.gemeente.example');
    const c = await get<LearningCoverageDto>('/api/learning-lines/coverage', amsterdam);
    expect(c.municipality).toBe('Amsterdam');
    expect(c.lines.flatMap((l) => l.steps).every((s) => s.given === 0)).toBe(true);
    expect((await t.http().get('/api/learning-lines/coverage').set('Authorization', domstad)).status).toBe(403);
    expect((await t.http().get('/api/learning-lines/progress').set('Authorization', utrecht)).status).toBe(403);
    expect((await t.http().get('/api/learning-lines/progress')).status).toBe(401);
  });

  it('refuses a malformed school year with a Dutch reason, and a step at a level its offer is not given at', async () => {
    const bad = await t.http().get('/api/learning-lines/progress?schoolYear=2026').set('Authorization', domstad);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'schoolYear', message: 'moet een schooljaar zijn als 2026-2027' }]);
    await expect(
      sql(
        `INSERT INTO learning_line_step (line_id, position, level, offer_id)
         SELECT l.id, 9, 'so-vso', o.id FROM learning_line l, offer o
          WHERE l.code = 'ondermijning' AND o.code = 'voorlichting-ondermijning-werksfeer'`,
      ),
    ).rejects.toThrow(/not given at level/);
    await expect(
      sql(
        `INSERT INTO learning_line_step (line_id, position, level, offer_id)
         SELECT l.id, 1, 'mbo', o.id FROM learning_line l, offer o
          WHERE l.code = 'samen-veilig' AND o.code = 'voorlichting-wapenbezit'`,
      ),
    ).rejects.toThrow(/uq_learning_line_step_position/);
  });
});
