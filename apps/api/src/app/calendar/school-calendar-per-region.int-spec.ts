import type { SchoolCalendarDto, SchoolDto } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';

/** The calendar a school (and its planner) sees: holidays of the school's own region, public and closed days. */
describe('school calendar', () => {
  let t: TestApi;
  let admin: string;
  let schools: SchoolDto[];
  const idOf = (brin: string) => schools.find((s) => s.brin === brin)!.id;
  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.bearer('beheer@halt.example');
    schools = (await t.http().get('/api/schools').set('Authorization', admin)).body.items;
  });
  afterAll(() => t.close());

  const calendar = async (brin: string, from: string, to: string, auth = admin) => {
    const res = await t
      .http()
      .get(`/api/schools/${idOf(brin)}/calendar?from=${from}&to=${to}`)
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as SchoolCalendarDto;
  };

  it('closes a zuid school in the zuid herfstvakantie while a noord school is open', async () => {
    const zuid = await calendar('99AT00', '2026-10-19', '2026-10-23'); // Eindhoven
    expect(zuid.holidayRegion).toBe('zuid');
    expect(zuid.days.every((d) => !d.schoolDay && d.reason?.code === 'school_holiday')).toBe(true);
    expect(zuid.days[0].reason?.message).toBe('valt in de herfstvakantie (regio zuid)');

    const noord = await calendar('96AL00', '2026-10-19', '2026-10-23'); // Amsterdam: noord herfst was 10–18 October
    expect(noord.days.every((d) => d.schoolDay)).toBe(true);
  });

  it('names weekends, public holidays and the school’s own closed days', async () => {
    const s = await t.login('contact@hofstad.school.example'); // Den Haag, midden
    const auth = `Bearer ${s.accessToken}`;
    await t
      .http()
      .post(`/api/schools/${idOf('98AR00')}/closed-days`)
      .set('Authorization', auth)
      .send({ date: '2027-05-07', reason: 'Vrijdag na Hemelvaart' });
    const cal = await calendar('98AR00', '2027-05-05', '2027-05-10', auth);
    expect(cal.days.map((d) => [d.date, d.schoolDay, d.reason?.message])).toEqual([
      ['2027-05-05', false, 'is een feestdag (Bevrijdingsdag)'],
      ['2027-05-06', false, 'is een feestdag (Hemelvaartsdag)'],
      ['2027-05-07', false, 'de school is dicht (Vrijdag na Hemelvaart)'],
      ['2027-05-08', false, 'valt in het weekend'],
      ['2027-05-09', false, 'valt in het weekend'],
      ['2027-05-10', true, undefined],
    ]);
  });

  it('keeps other schools’ calendars to those who may see them, and checks the period', async () => {
    const other = await t.bearer('contact@domstad.school.example');
    const res = await t
      .http()
      .get(`/api/schools/${idOf('99AT00')}/calendar?from=2026-10-01&to=2026-10-31`)
      .set('Authorization', other);
    expect(res.status).toBe(404);
    const backwards = await t
      .http()
      .get(`/api/schools/${idOf('99AT00')}/calendar?from=2026-10-31&to=2026-10-01`)
      .set('Authorization', admin);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'mag niet voor de begindatum liggen' }]);
    const tooLong = await t
      .http()
      .get(`/api/schools/${idOf('99AT00')}/calendar?from=2026-01-01&to=2027-12-31`)
      .set('Authorization', admin);
    expect(tooLong.status).toBe(400);
  });
});
