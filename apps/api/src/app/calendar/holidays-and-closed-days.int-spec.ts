import type { ClosedDayDto, SchoolDto, SchoolHolidayDto } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';

describe('school holidays and closed days', () => {
  let t: TestApi;
  let admin: string;
  let school: string;
  let schoolId: string;
  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.bearer('beheer@halt.example');
    const s = await t.login('contact@lorentz.school.example'); // Eindhoven, holiday region zuid
    school = `Bearer ${s.accessToken}`;
    schoolId = s.user.organisation.id!;
  });
  afterAll(() => t.close());

  it('ships the advised holidays of three school years for the three regions', async () => {
    const all = (await t.http().get('/api/school-holidays').set('Authorization', school)).body as SchoolHolidayDto[];
    expect(all).toHaveLength(45);
    const zuid = (
      await t.http().get('/api/school-holidays?schoolYear=2026-2027&region=zuid').set('Authorization', school)
    ).body as SchoolHolidayDto[];
    expect(zuid.map((h) => [h.name, h.startDate, h.endDate])).toEqual([
      ['herfstvakantie', '2026-10-17', '2026-10-25'],
      ['kerstvakantie', '2026-12-19', '2027-01-03'],
      ['voorjaarsvakantie', '2027-02-13', '2027-02-21'],
      ['meivakantie', '2027-04-24', '2027-05-02'],
      ['zomervakantie', '2027-07-24', '2027-09-05'],
    ]);
  });

  it('ships the official 2027-2028 holidays (Rijksoverheid, OCW) per region, audited as the migration', async () => {
    const year = (await t.http().get('/api/school-holidays?schoolYear=2027-2028').set('Authorization', school))
      .body as SchoolHolidayDto[];
    const of = (region: string) => year.filter((h) => h.region === region).map((h) => [h.name, h.startDate, h.endDate]);
    expect(of('noord')).toEqual([
      ['herfstvakantie', '2027-10-16', '2027-10-24'],
      ['kerstvakantie', '2027-12-25', '2028-01-09'],
      ['voorjaarsvakantie', '2028-02-19', '2028-02-27'],
      ['meivakantie', '2028-04-29', '2028-05-07'],
      ['zomervakantie', '2028-07-15', '2028-08-27'],
    ]);
    expect(of('midden')).toEqual([
      ['herfstvakantie', '2027-10-16', '2027-10-24'],
      ['kerstvakantie', '2027-12-25', '2028-01-09'],
      ['voorjaarsvakantie', '2028-02-26', '2028-03-05'],
      ['meivakantie', '2028-04-29', '2028-05-07'],
      ['zomervakantie', '2028-07-08', '2028-08-20'],
    ]);
    expect(of('zuid')).toEqual([
      ['herfstvakantie', '2027-10-23', '2027-10-31'],
      ['kerstvakantie', '2027-12-25', '2028-01-09'],
      ['voorjaarsvakantie', '2028-02-26', '2028-03-05'],
      ['meivakantie', '2028-04-29', '2028-05-07'],
      ['zomervakantie', '2028-07-22', '2028-09-03'],
    ]);
    const [trail] = (await t.fixture(
      `SELECT count(*)::int AS n, min(actor_kind) AS kind FROM audit_event
        WHERE entity = 'SchoolHoliday' AND action = 'create' AND entity_id = ANY($1::text[])`,
      [year.map((h) => h.id)],
    )) as { n: number; kind: string }[];
    expect(trail).toEqual({ n: 15, kind: 'migration' });
  });

  it('lets admins add the next school year and refuses impossible periods', async () => {
    const period = {
      schoolYear: '2028-2029',
      name: 'herfstvakantie',
      region: 'noord',
      startDate: '2028-10-14',
      endDate: '2028-10-22',
    };
    expect((await t.http().post('/api/school-holidays').set('Authorization', school).send(period)).status).toBe(403);
    const created = await t.http().post('/api/school-holidays').set('Authorization', admin).send(period);
    expect(created.status).toBe(201);
    expect((await t.http().post('/api/school-holidays').set('Authorization', admin).send(period)).status).toBe(409);

    const wrong = await t
      .http()
      .post('/api/school-holidays')
      .set('Authorization', admin)
      .send({ ...period, name: 'kerstvakantie', startDate: '2029-12-22', endDate: '2029-12-19' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'startDate', message: 'moet in het schooljaar 2028-2029 liggen (1 augustus tot en met 31 juli)' },
      { field: 'endDate', message: 'mag niet voor de eerste dag liggen' },
    ]);
    const badDate = await t
      .http()
      .post('/api/school-holidays')
      .set('Authorization', admin)
      .send({ ...period, endDate: '22-10-2028' });
    expect(badDate.body.errors).toEqual([{ field: 'endDate', message: 'moet een datum zijn als 2026-12-21' }]);

    const moved = await t
      .http()
      .patch(`/api/school-holidays/${created.body.id}`)
      .set('Authorization', admin)
      .send({ endDate: '2028-10-23' });
    expect(moved.body.endDate).toBe('2028-10-23');
  });

  it('lets a school manage its own closed days, and nobody else’s', async () => {
    const add = await t
      .http()
      .post(`/api/schools/${schoolId}/closed-days`)
      .set('Authorization', school)
      .send({ date: '2027-02-03', reason: ' Studiedag ' });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ date: '2027-02-03', reason: 'Studiedag' });
    expect(
      (
        await t
          .http()
          .post(`/api/schools/${schoolId}/closed-days`)
          .set('Authorization', school)
          .send({ date: '2027-02-03', reason: 'Dubbel' })
      ).status,
    ).toBe(409);
    const list = (await t.http().get(`/api/schools/${schoolId}/closed-days`).set('Authorization', school))
      .body as ClosedDayDto[];
    expect(list.map((d) => d.date)).toEqual(['2027-02-03']);

    // The municipality (Eindhoven) may see the school's closed days but not change them.
    const gemeente = await t.bearer('beleid@eindhoven.gemeente.example');
    expect((await t.http().get(`/api/schools/${schoolId}/closed-days`).set('Authorization', gemeente)).status).toBe(
      200,
    );
    expect(
      (
        await t
          .http()
          .post(`/api/schools/${schoolId}/closed-days`)
          .set('Authorization', gemeente)
          .send({ date: '2027-02-04', reason: 'Studiedag' })
      ).status,
    ).toBe(403);

    // Another school does not even see them.
    const other = await t.bearer('contact@domstad.school.example');
    expect((await t.http().get(`/api/schools/${schoolId}/closed-days`).set('Authorization', other)).status).toBe(404);
    expect(
      (await t.http().delete(`/api/schools/${schoolId}/closed-days/${add.body.id}`).set('Authorization', other)).status,
    ).toBe(404);

    const bad = await t
      .http()
      .post(`/api/schools/${schoolId}/closed-days`)
      .set('Authorization', school)
      .send({ date: '2027-02-30', reason: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'date', message: 'moet een datum zijn als 2026-12-21' },
        { field: 'reason', message: 'moet 2 tot 120 tekens lang zijn' },
      ]),
    );

    expect(
      (await t.http().delete(`/api/schools/${schoolId}/closed-days/${add.body.id}`).set('Authorization', school))
        .status,
    ).toBe(204);
    const schoolDto = (await t.http().get(`/api/schools/${schoolId}`).set('Authorization', school)).body as SchoolDto;
    expect(schoolDto.holidayRegion).toBe('zuid');
  });
});
