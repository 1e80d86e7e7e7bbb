import type { BookingRequestDto, FieldError } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

describe('request rules', () => {
  let t: TestApi;
  let domstad: string; // Utrecht, holiday region midden
  let offerId: string;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    domstad = await t.bearer('contact@domstad.school.example');
    offerId = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
  });
  afterAll(() => t.close());

  const submit = (body: object, auth = domstad) => t.http().post('/api/requests').set('Authorization', auth).send(body);
  const errorsOf = async (body: object, auth = domstad): Promise<FieldError[]> => {
    const res = await submit(body, auth);
    expect(res.status).toBe(400);
    return res.body.errors;
  };

  it.each([
    [
      'a level the offer is not for',
      { groups: [{ name: '3M', level: 'mbo', pupilCount: 20 }] },
      'groups.0.level',
      'past niet bij dit aanbod (bedoeld voor PO groep 7–8, VO klas 1–2, SO/VSO)',
    ],
    [
      'a class above the maximum',
      { groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 33 }] },
      'groups.0.pupilCount',
      'is meer dan het maximum van 32 leerlingen per groep',
    ],
    [
      'the same class twice',
      {
        groups: [
          { name: '1A', level: 'vo-1-2', pupilCount: 20 },
          { name: '1a', level: 'vo-1-2', pupilCount: 20 },
        ],
      },
      'groups.1.name',
      'deze klas staat er al in',
    ],
    ['no classes', { groups: [] }, 'groups', 'voeg ten minste één klas toe'],
    [
      'a window in the past',
      {
        windows: [
          { from: '2026-06-01', to: '2026-06-12', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
        ],
      },
      'windows.0.from',
      expect.stringMatching(/verleden/),
    ],
    [
      'too little lead time',
      {
        windows: [
          { from: '2026-09-07', to: '2026-09-11', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
        ],
      },
      'windows.0.from',
      expect.stringMatching(/10 schooldagen vooruit/),
    ],
    [
      'a window across two school years',
      {
        windows: [
          { from: '2027-07-05', to: '2027-08-31', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
        ],
      },
      'windows.0.to',
      expect.stringMatching(/schooljaar/),
    ],
    [
      'an end before the start',
      { windows: [{ from: '2026-11-13', to: '2026-11-02', weekdays: [1], earliest: '08:30', latest: '16:00' }] },
      'windows.0.to',
      expect.any(String),
    ],
    [
      'earliest after latest',
      { windows: [{ from: '2026-11-02', to: '2026-11-13', weekdays: [1], earliest: '14:00', latest: '10:00' }] },
      'windows.0.latest',
      expect.any(String),
    ],
    [
      'no weekday',
      { windows: [{ from: '2026-11-02', to: '2026-11-13', weekdays: [], earliest: '08:30', latest: '16:00' }] },
      'windows.0.weekdays',
      'kies ten minste één weekdag',
    ],
    [
      'a Saturday',
      { windows: [{ from: '2026-11-02', to: '2026-11-13', weekdays: [6], earliest: '08:30', latest: '16:00' }] },
      'windows.0.weekdays',
      'alleen maandag (1) tot en met vrijdag (5)',
    ],
    [
      'a malformed date',
      { windows: [{ from: '2-11-2026', to: '2026-11-13', weekdays: [1], earliest: '08:30', latest: '16:00' }] },
      'windows.0.from',
      'moet een datum zijn als 2027-02-15',
    ],
    [
      'an interpreter without a language',
      { languageNeeds: { interpreter: true, onlineParentMeeting: false } },
      'languageNeeds.interpreterLanguage',
      'vul in voor welke taal een tolk nodig is',
    ],
    [
      'an online parent meeting without a parent meeting',
      { languageNeeds: { interpreter: false, onlineParentMeeting: true } },
      'languageNeeds.onlineParentMeeting',
      'kan alleen samen met een ouderbijeenkomst',
    ],
    ['package funding without a package', { funding: 'package' }, 'packageOrderId', 'kies het pakket van uw gemeente'],
    [
      'an unknown way of paying',
      { funding: 'cheque' },
      'funding',
      'kies "school" (de school betaalt) of "package" (een gemeentepakket)',
    ],
    [
      'a bad contact e-mail',
      { contact: { name: 'J. de Boer', email: 'geen-mail' } },
      'contact.email',
      'moet een geldig e-mailadres zijn',
    ],
    [
      'an unknown offer',
      { offerId: '00000000-0000-4000-8000-000000000000' },
      'offerId',
      'dit aanbod bestaat niet of is niet meer beschikbaar',
    ],
  ])('refuses %s with 400 on the field, in Dutch', async (_case, overrides, field, message) => {
    const errors = await errorsOf({ ...onlineSafetyRequest(offerId), ...overrides });
    expect(errors).toContainEqual({ field, message });
  });

  it('refuses a window in a school year without holidays on record, and tells admins and planners which years miss them', async () => {
    // 2027-2028 ships with the official holidays (migration 1765785600000); 2028-2029 is not on record yet.
    const yearAfter = [
      { from: '2028-09-11', to: '2028-09-22', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
    ];
    expect(await errorsOf(onlineSafetyRequest(offerId, { windows: yearAfter }))).toEqual([
      {
        field: 'windows.0.from',
        message: 'in schooljaar 2028-2029 kan nog niet: de schoolvakanties van dat jaar zijn nog niet bekend bij Halt',
      },
    ]);
    const admin = await t.bearer('beheer@halt.example');
    const coverage = async (auth: string) =>
      (await t.http().get('/api/school-holidays/coverage').set('Authorization', auth)).body;
    expect(await coverage(admin)).toEqual([
      { schoolYear: '2026-2027', missingRegions: [] },
      { schoolYear: '2027-2028', missingRegions: [] },
    ]);
    expect((await t.http().get('/api/school-holidays/coverage').set('Authorization', domstad)).status).toBe(403);
    // A year on (the demo clock, outside production) the next school year is 2028-2029, which is missing.
    await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 365 }).expect(200);
    try {
      expect(await coverage(admin)).toEqual([
        { schoolYear: '2027-2028', missingRegions: [] },
        { schoolYear: '2028-2029', missingRegions: ['noord', 'midden', 'zuid'] },
      ]);
      // Once Halt adds the year for Domstad's region (midden), the same window is checked like any other.
      const added = await t.http().post('/api/school-holidays').set('Authorization', admin).send({
        schoolYear: '2028-2029',
        name: 'herfstvakantie',
        region: 'midden',
        startDate: '2028-10-14',
        endDate: '2028-10-22',
      });
      expect(added.status).toBe(201);
      expect((await coverage(await t.bearer('planner.midden@halt.example')))[1]).toEqual({
        schoolYear: '2028-2029',
        missingRegions: ['noord', 'zuid'],
      });
      await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 0 }).expect(200);
      expect((await submit(onlineSafetyRequest(offerId, { windows: yearAfter }))).status).toBe(201);
      await t.http().delete(`/api/school-holidays/${added.body.id}`).set('Authorization', admin);
    } finally {
      await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 0 });
    }
  });

  it('refuses a class of a level the school does not teach: a primary school has no klas 1–2 (nor on a class added later)', async () => {
    const vechtoever = await t.bearer('contact@vechtoever.school.example'); // PO, Utrecht
    const errors = await errorsOf(
      onlineSafetyRequest(offerId, { groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 20 }] }),
      vechtoever,
    );
    expect(errors).toEqual([{ field: 'groups.0.level', message: 'past niet bij uw school (PO: PO groep 7–8)' }]);
    const ok = await submit(
      onlineSafetyRequest(offerId, { groups: [{ name: '8B', level: 'po-7-8', pupilCount: 20 }] }),
      vechtoever,
    );
    expect(ok.status).toBe(201);
    const added = await t
      .http()
      .post(`/api/requests/${(ok.body as BookingRequestDto).id}/groups`)
      .set('Authorization', vechtoever)
      .send({ name: '1B', level: 'vo-1-2', pupilCount: 20 });
    expect([added.status, added.body.errors]).toEqual([
      400,
      [{ field: 'level', message: 'past niet bij uw school (PO: PO groep 7–8)' }],
    ]);
  });

  it('refuses a window entirely inside the zuid herfstvakantie for a zuid school, and accepts it for a noord school', async () => {
    const herfst = {
      windows: [
        { from: '2026-10-19', to: '2026-10-23', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
      ],
    };
    const lorentz = await t.bearer('contact@lorentz.school.example'); // Eindhoven, zuid: herfst 17–25 October
    expect(await errorsOf({ ...onlineSafetyRequest(offerId), ...herfst }, lorentz)).toEqual([
      {
        field: 'windows.0.from',
        message: 'er blijft geen mogelijke dag over: alle dagen vallen in vakanties, weekenden of vrije dagen',
      },
    ]);
    const amstel = await t.bearer('contact@amstellyceum.school.example'); // Amsterdam, noord: herfst 10–18 October
    const ok = await submit({ ...onlineSafetyRequest(offerId), ...herfst }, amstel);
    expect(ok.status).toBe(201);
  });

  it('plans a weekly spreekuur series around the kerstvakantie', async () => {
    const spreekuur = await offerByCode(t, domstad, 'schoolspreekuur');
    const res = await submit({
      ...onlineSafetyRequest(spreekuur.id),
      groups: [],
      windows: [{ from: '2026-12-01', to: '2027-02-26', weekdays: [3], earliest: '08:30', latest: '16:00' }],
      series: { frequency: 'weekly', count: 6, weekday: 3, time: '13:00' },
    });
    expect(res.status).toBe(201);
    const r = res.body as BookingRequestDto;
    // Wednesdays 13:00 Amsterdam time = 12:00 UTC in winter; 23 and 30 December fall in the kerstvakantie (midden).
    expect(r.sessions.map((s) => s.proposedStart)).toEqual([
      '2026-12-02T12:00:00.000Z',
      '2026-12-09T12:00:00.000Z',
      '2026-12-16T12:00:00.000Z',
      '2027-01-06T12:00:00.000Z',
      '2027-01-13T12:00:00.000Z',
      '2027-01-20T12:00:00.000Z',
    ]);
    expect(r.sessions.every((s) => s.kind === 'spreekuur' && s.requiredSkill === 'spreekuur')).toBe(true);
    expect(r.series).toEqual({ frequency: 'weekly', count: 6, weekday: 3, time: '13:00' });

    const noSeries = await errorsOf({ ...onlineSafetyRequest(spreekuur.id), groups: [] });
    expect(noSeries).toContainEqual({ field: 'series', message: 'kies weekdag, tijd en het aantal spreekuren' });
  });

  it('expands a halt-jrb request into intake, spreekuren and a hearing, in that order', async () => {
    const jrb = await offerByCode(t, domstad, 'halt-jrb-combinatie');
    const res = await submit({
      ...onlineSafetyRequest(jrb.id),
      groups: [{ name: '3H', level: 'vo-3-4', pupilCount: 25 }],
      windows: [
        { from: '2027-01-11', to: '2027-05-28', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
      ],
      series: { frequency: 'fortnightly', count: 4, weekday: 2, time: '10:00' },
    });
    expect(res.status).toBe(201);
    const sessions = (res.body as BookingRequestDto).sessions;
    expect(sessions.map((s) => s.kind)).toEqual([
      'intake',
      'spreekuur',
      'spreekuur',
      'spreekuur',
      'spreekuur',
      'hearing',
    ]);
    const last = sessions[4].proposedStart!;
    expect(sessions[5].windowFrom > last.slice(0, 10)).toBe(true);
    expect(sessions[5]).toMatchObject({ requiredSkill: 'jrb', windowTo: '2027-05-28' });
  });

  it('refuses a parent meeting where the offer has none', async () => {
    const hearing = await offerByCode(t, domstad, 'jongerenrechtbank-zitting');
    const errors = await errorsOf({ ...onlineSafetyRequest(hearing.id), parentMeeting: true });
    expect(errors).toContainEqual({
      field: 'parentMeeting',
      message: 'bij dit aanbod kan geen ouderbijeenkomst worden toegevoegd',
    });
  });
});
