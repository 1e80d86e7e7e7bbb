import { startTestApi, TestApi } from '../../testing/test-api';

const HEADER =
  'PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;SOORT PRIMAIR ONDERWIJS';
const line = (brin: string, vest: string, name: string, postcode: string, gemeente: string, soort: string) =>
  `Utrecht;41000;${brin};${vest};"${name}";Oudegracht;12;${postcode};UTRECHT;${gemeente};Utrecht;${soort}`;

const FILE = [
  HEADER,
  line('77XA', '00', 'OBS De Import', '3511 AB', '0344', 'Bao'),
  line('77XA', '77XA01', 'OBS De Import, dependance', '3511AC', '0344', 'Sbao'),
  line('77XB', '0', 'SO De Brug; speciaal', '3512 AB', 'GM0344', 'SO'),
  line('', '00', 'Zonder BRIN', '3511 AB', '0344', 'Bao'),
  line('77XC', '00', 'Foute postcode', '0123 AB', '0344', 'Bao'),
  line('77XD', '00', 'Onbekende gemeente', '3511 AB', '9999', 'Bao'),
  line('77XE', '00', 'Onbekend type', '3511 AB', '0344', 'Kinderopvang'),
  line('77XA', '00', 'OBS De Import (dubbel)', '3511 AB', '0344', 'Bao'),
].join('\r\n');

describe('importing schools from DUO’s CSV', () => {
  let t: TestApi;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.bearer('beheer@halt.example');
  });
  afterAll(() => t.close());

  const post = (path: string, csv: string, auth = admin) =>
    t.http().post(`/api/admin/school-imports${path}`).set('Authorization', auth).send({ csv });

  it('previews every line with its outcome and a Dutch reason, and writes nothing', async () => {
    const res = await post('/preview', '\ufeff' + FILE);
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ new: 3, changed: 0, unchanged: 0, refused: 5 });
    const byLine = new Map(res.body.rows.map((r: { line: number }) => [r.line, r]));
    expect(byLine.get(2)).toMatchObject({ brin: '77XA00', outcome: 'new' });
    expect(byLine.get(3)).toMatchObject({ brin: '77XA01', outcome: 'new' });
    expect(byLine.get(4)).toMatchObject({ brin: '77XB00', name: 'SO De Brug; speciaal', outcome: 'new' });
    expect(byLine.get(5)).toMatchObject({ outcome: 'refused', reason: 'BRIN-nummer ontbreekt' });
    expect(byLine.get(6)).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('postcode') });
    expect(byLine.get(7)).toMatchObject({ outcome: 'refused', reason: 'onbekende gemeentecode GM9999' });
    expect(byLine.get(8)).toMatchObject({
      outcome: 'refused',
      reason: expect.stringContaining('onbekend soort onderwijs'),
    });
    expect(byLine.get(9)).toMatchObject({ outcome: 'refused', reason: 'dubbele regel: 77XA00 staat ook op regel 2' });
    const [{ n }] = await t.fixture<{ n: number }[]>(`SELECT count(*)::int AS n FROM school WHERE brin LIKE '77X%'`);
    expect(n).toBe(0);
  });

  it('commits idempotently on BRIN + vestiging: the second import of the same file changes nothing', async () => {
    const first = await post('', FILE);
    expect(first.status).toBe(201);
    expect(first.body.counts).toEqual({ new: 3, changed: 0, unchanged: 0, refused: 5 });
    const rows = await t.fixture<
      { brin: string; type: string; postcode: string; holiday_region: string; location_precision: string }[]
    >(
      `SELECT s.brin, s.type, s.postcode, s.holiday_region, s.location_precision FROM school s WHERE brin LIKE '77X%' ORDER BY brin`,
    );
    expect(rows).toEqual([
      { brin: '77XA00', type: 'PO', postcode: '3511 AB', holiday_region: 'midden', location_precision: 'municipality' },
      { brin: '77XA01', type: 'PO', postcode: '3511 AC', holiday_region: 'midden', location_precision: 'municipality' },
      { brin: '77XB00', type: 'SO', postcode: '3512 AB', holiday_region: 'midden', location_precision: 'municipality' },
    ]);
    const [{ n: audited }] = await t.fixture<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'School' AND action = 'create' AND actor_email = 'beheer@halt.example'`,
    );
    expect(audited).toBe(3);

    const second = await post('', FILE.replace(/;/g, ',').replace('"SO De Brug, speciaal"', '"SO De Brug; speciaal"'));
    expect(second.status).toBe(201);
    expect(second.body.counts).toEqual({ new: 0, changed: 0, unchanged: 3, refused: 5 });
    const [{ n }] = await t.fixture<{ n: number }[]>(`SELECT count(*)::int AS n FROM school WHERE brin LIKE '77X%'`);
    expect(n).toBe(3);
  });

  it('reports which fields changed and updates only those schools', async () => {
    const changed = FILE.replace('"OBS De Import"', '"OBS De Nieuwe Import"');
    const preview = await post('/preview', changed);
    const row = preview.body.rows.find((r: { line: number }) => r.line === 2);
    expect(row).toMatchObject({ outcome: 'changed', changedFields: ['name'] });
    expect(preview.body.counts).toMatchObject({ changed: 1, unchanged: 2 });
    const res = await post('', changed);
    expect(res.body.counts).toMatchObject({ new: 0, changed: 1 });
    const [{ name }] = await t.fixture<{ name: string }[]>(`SELECT name FROM school WHERE brin = '77XA00'`);
    expect(name).toBe('OBS De Nieuwe Import');
  });

  it('refuses a file it cannot read with a 400 on csv, and anyone but an admin with a 403', async () => {
    const noColumns = await post('/preview', 'NAAM;PLAATS\nA;B');
    expect(noColumns.status).toBe(400);
    expect(noColumns.body.errors[0]).toMatchObject({ field: 'csv', message: expect.stringContaining('BRIN NUMMER') });
    const unclosed = await post('/preview', `${HEADER}\n77XA;00;"open`);
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.errors[0].message).toContain('aanhalingstekens');
    for (const email of [
      'contact@lorentz.school.example',
      'beleid@utrecht.gemeente.example',
      'planner.midden@halt.example',
    ]) {
      const res = await post('', FILE, await t.bearer(email));
      expect(res.status).toBe(403);
    }
  });

  it('takes 1,500 DUO lines in one request (the route reads up to 1 MiB)', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 1500; i++) {
      const brin = `${String(10 + (i % 90)).padStart(2, '0')}Y${String.fromCharCode(65 + Math.floor(i / 90))}`;
      lines.push(
        line(
          brin,
          '00',
          `Basisschool nummer ${i} met een lange naam zoals DUO die geeft, voor kinderen van vier tot twaalf jaar (centrum)`,
          '3511 AB',
          '0344',
          'Bao',
        ),
      );
    }
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(256 * 1024);
    const res = await post('/preview', csv + '\n' + lines.slice(1, 2).join('\n').replace('nummer 0', 'extra'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('hoogstens 1500');
    const ok = await post('/preview', csv);
    expect(ok.status).toBe(200);
    expect(ok.body.counts.new).toBe(1500);
  });
});
