import { startTestApi, TestApi } from '../../testing/test-api';

describe('gemeenten: create, move region, retire into a successor; holiday regions follow the gemeente', () => {
  let t: TestApi;
  let admin: string;
  let regions: { id: string; code: string; municipalities: { cbsCode: string }[] }[];
  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.bearer('beheer@halt.example');
    regions = (await t.http().get('/api/admin/regions').set('Authorization', admin)).body;
  });
  afterAll(() => t.close());

  const region = (code: string) => regions.find((r) => r.code === code)!.id;
  const create = (body: object) => t.http().post('/api/municipalities').set('Authorization', admin).send(body);
  const importCsv = (rows: string[]) =>
    t
      .http()
      .post('/api/admin/school-imports')
      .set('Authorization', admin)
      .send({
        csv: [
          'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;SOORT PRIMAIR ONDERWIJS',
          ...rows,
        ].join('\n'),
      });

  it('lists the regions with their gemeenten', () => {
    expect(
      regions
        .find((r) => r.code === 'noord')!
        .municipalities.map((m) => m.cbsCode)
        .sort(),
    ).toEqual(['GM0014', 'GM0080']);
  });

  it('adds a Halt region by code (unique: 409), refuses a bad code with the field, and only for admins', async () => {
    const add = (body: object, auth = admin) =>
      t.http().post('/api/admin/regions').set('Authorization', auth).send(body);
    const made = await add({ code: ' Caribisch-NL ', name: 'Caribisch Nederland' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ code: 'caribisch-nl', name: 'Caribisch Nederland' });
    const listed = (await t.http().get('/api/admin/regions').set('Authorization', admin)).body as { code: string }[];
    expect(listed.map((r) => r.code)).toContain('caribisch-nl');
    const again = await add({ code: 'caribisch-nl', name: 'Nog eens' });
    expect([again.status, again.body.message]).toEqual([
      409,
      'Er is al een regio met code caribisch-nl: Caribisch Nederland',
    ]);
    const bad = await add({ code: '9x', name: 'X' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'name']);
    const planner = await t.bearer('planner.noord@halt.example');
    expect((await add({ code: 'nog-een', name: 'Nog een regio' }, planner)).status).toBe(403);
  });

  it('creates a gemeente by CBS code (unique: 409), refuses bad input with the field, and only for admins', async () => {
    const made = await create({
      cbsCode: 'gm1966',
      name: 'Het Hogeland',
      regionId: region('noord'),
      holidayRegion: 'noord',
      latitude: 53.4,
      longitude: 6.6,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ cbsCode: 'GM1966', holidayRegion: 'noord', retired: false, successorId: null });
    const again = await create({
      cbsCode: 'GM1966',
      name: 'Dubbel',
      regionId: region('noord'),
      holidayRegion: 'noord',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Het Hogeland');
    const bad = await create({ cbsCode: '1966', name: 'X', regionId: region('noord'), holidayRegion: 'oost' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cbsCode', 'holidayRegion', 'name']);
    const planner = await t
      .http()
      .post('/api/municipalities')
      .set('Authorization', await t.bearer('planner.noord@halt.example'))
      .send({ cbsCode: 'GM1967', name: 'Planner', regionId: region('noord'), holidayRegion: 'noord' });
    expect(planner.status).toBe(403);
  });

  it('moves a gemeente to another region; a new holiday region reaches its schools unless they have an override', async () => {
    const created = await create({
      cbsCode: 'GM1970',
      name: 'Oudgemeente',
      regionId: region('noord'),
      holidayRegion: 'noord',
      latitude: 53.1,
      longitude: 6.1,
    });
    const id = created.body.id;
    expect(
      (
        await importCsv([
          '78AA;00;School Een;Dorpsstraat;1;9301 AA;Roden;1970;Bao',
          '78AB;00;School Twee;Dorpsstraat;2;9301 AB;Roden;1970;Bao',
        ])
      ).body.counts.new,
    ).toBe(2);
    const [two] = await t.fixture<{ id: string }[]>(`SELECT id FROM school WHERE brin = '78AB00'`);
    const override = await t
      .http()
      .put(`/api/schools/${two.id}/holiday-region`)
      .set('Authorization', admin)
      .send({ override: 'zuid' });
    expect(override.status).toBe(200);
    expect(override.body).toMatchObject({ holidayRegion: 'zuid', holidayRegionOverride: 'zuid' });
    const bad = await t
      .http()
      .put(`/api/schools/${two.id}/holiday-region`)
      .set('Authorization', admin)
      .send({ override: 'oost' });
    expect(bad.status).toBe(400);
    const school = await t
      .http()
      .put(`/api/schools/${two.id}/holiday-region`)
      .set('Authorization', await t.bearer('contact@lorentz.school.example'))
      .send({ override: null });
    expect(school.status).toBe(403);

    const moved = await t
      .http()
      .patch(`/api/municipalities/${id}`)
      .set('Authorization', admin)
      .send({ regionId: region('oost'), holidayRegion: 'midden' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ regionId: region('oost'), holidayRegion: 'midden' });
    expect(await t.fixture(`SELECT brin, holiday_region FROM school WHERE brin LIKE '78A%' ORDER BY brin`)).toEqual([
      { brin: '78AA00', holiday_region: 'midden' },
      { brin: '78AB00', holiday_region: 'zuid' },
    ]);
    // The database keeps the derived value true whoever writes: a direct write that disagrees is replaced.
    await t.fixture(`UPDATE school SET holiday_region = 'noord' WHERE brin = '78AA00'`);
    expect(await t.fixture(`SELECT holiday_region FROM school WHERE brin = '78AA00'`)).toEqual([
      { holiday_region: 'midden' },
    ]);
    const cleared = await t
      .http()
      .put(`/api/schools/${two.id}/holiday-region`)
      .set('Authorization', admin)
      .send({ override: null });
    expect(cleared.body).toMatchObject({ holidayRegion: 'midden', holidayRegionOverride: null });
  });

  it('retires a merged gemeente: its schools move to the successor, it leaves the pickers, imports name the successor', async () => {
    const [old] = await t.fixture<{ id: string }[]>(`SELECT id FROM municipality WHERE cbs_code = 'GM1970'`);
    const successor = (
      await t.http().get('/api/municipalities?pageSize=50').set('Authorization', admin)
    ).body.items.find((m: { cbsCode: string }) => m.cbsCode === 'GM1966');
    const self = await t
      .http()
      .post(`/api/municipalities/${old.id}/retire`)
      .set('Authorization', admin)
      .send({ successorId: old.id });
    expect(self.status).toBe(400);
    const res = await t
      .http()
      .post(`/api/municipalities/${old.id}/retire`)
      .set('Authorization', admin)
      .send({ successorId: successor.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ schoolsMoved: 2, municipality: { retired: true, successorId: successor.id } });
    expect(
      await t.fixture(
        `SELECT s.brin, m.cbs_code, s.holiday_region FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE brin LIKE '78A%' ORDER BY brin`,
      ),
    ).toEqual([
      { brin: '78AA00', cbs_code: 'GM1966', holiday_region: 'noord' },
      { brin: '78AB00', cbs_code: 'GM1966', holiday_region: 'noord' },
    ]);
    const picker = await t.http().get('/api/municipalities?pageSize=50').set('Authorization', admin);
    expect(picker.body.items.map((m: { cbsCode: string }) => m.cbsCode)).not.toContain('GM1970');
    const history = await t
      .http()
      .get('/api/municipalities?pageSize=50&includeRetired=true')
      .set('Authorization', admin);
    expect(history.body.items.map((m: { cbsCode: string }) => m.cbsCode)).toContain('GM1970');
    const twice = await t
      .http()
      .post(`/api/municipalities/${old.id}/retire`)
      .set('Authorization', admin)
      .send({ successorId: successor.id });
    expect(twice.status).toBe(409);
    const preview = await t.http().post('/api/admin/school-imports/preview').set('Authorization', admin).send({
      csv: 'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;SOORT PRIMAIR ONDERWIJS\n78AC;00;Drie;Weg;3;9301 AC;Roden;1970;Bao',
    });
    expect(preview.body.rows[0].reason).toBe(
      'gemeente Oudgemeente (GM1970) is opgeheven; opgegaan in Het Hogeland (GM1966)',
    );
  });

  it('refuses with a 409 naming what blocks: active users of the gemeente', async () => {
    const [groningen] = await t.fixture<{ id: string }[]>(`SELECT id FROM municipality WHERE cbs_code = 'GM0014'`);
    const [leeuwarden] = await t.fixture<{ id: string }[]>(`SELECT id FROM municipality WHERE cbs_code = 'GM0080'`);
    const res = await t
      .http()
      .post(`/api/municipalities/${groningen.id}/retire`)
      .set('Authorization', admin)
      .send({ successorId: leeuwarden.id });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('actieve gebruiker');
    expect(await t.fixture(`SELECT retired_at FROM municipality WHERE cbs_code = 'GM0014'`)).toEqual([
      { retired_at: null },
    ]);
  });
});
