import type {
  BookingRequestDto,
  CouncilReportDto,
  GemeenteDashboardDto,
  HaltDashboardDto,
  MunicipalityDto,
  MySessionDto,
  OfferDto,
  PackageOrderDto,
  PackageOrderPageDto,
  PackageTemplateDto,
} from '@halt/contracts';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** The text of a PDF as pdf.js reads it (tools/testing/pdf-text.mjs). */
const pdfText = (pdf: Buffer) =>
  execFileSync(process.execPath, [join(__dirname, '../../../../../tools/testing/pdf-text.mjs')], {
    input: pdf,
  }).toString();

/**
 * Utrecht orders two packages for 2026: "Voorlichtingen Utrecht" (basispakket, no programme) and "PmG Utrecht"
 * (the Preventie met Gezag template, so its programme). Stadscollege Domstad draws Online veiligheid for 1A and 1B
 * from the first (delivered to 24 and 20 pupils; three pupils of 1A answer 5, 4 and 3 on "feel safer") and the
 * Preventie met Gezag ondermijning lesson for 2A from the second (25 pupils). The council report of 2026 shows
 * exactly those figures, the same as the dashboard, per programme, and only to whom it belongs.
 */
describe('the council report and Preventie met Gezag', () => {
  let t: TestApi;
  let admin: string;
  let planner: string;
  let domstad: string;
  let gemeente: string;
  let utrechtId: string;
  let basis: PackageOrderDto;
  let pmg: PackageOrderDto;
  let onlineSafety: OfferDto;
  let ondermijning: OfferDto;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);
  const clock = (offsetDays: number) =>
    t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays }).expect(200);
  const report = (auth: string, query: string) =>
    t.http().get(`/api/dashboards/gemeente/report?${query}`).set('Authorization', auth);

  async function order(templateCode: string, name: string, budgetCredits: number): Promise<PackageOrderDto> {
    const templates: PackageTemplateDto[] = (
      await t.http().get('/api/package-templates').set('Authorization', gemeente)
    ).body;
    const template = templates.find((x) => x.code === templateCode) as PackageTemplateDto;
    const made = await t.http().post('/api/package-orders').set('Authorization', gemeente).send({
      templateId: template.id,
      name,
      subsidyYear: 2026,
      budgetCredits,
      allSchools: true,
      requiresApproval: false,
      orderDeadline: '2026-12-31',
    });
    expect(made.status).toBe(201);
    await t.http().post(`/api/package-orders/${made.body.id}/order`).set('Authorization', gemeente).expect(200);
    return (await t.http().post(`/api/package-orders/${made.body.id}/accept`).set('Authorization', admin).expect(200))
      .body;
  }

  async function plan(request: BookingRequestDto, dates: string[]): Promise<void> {
    expect(request.sessions).toHaveLength(dates.length);
    for (const [i, s] of request.sessions.entries()) {
      await t
        .http()
        .patch(`/api/sessions/${s.id}/plan`)
        .set('Authorization', planner)
        .send({ date: dates[i], time: '09:00' })
        .expect(200);
    }
  }

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    admin = await t.bearer('beheer@halt.example');
    planner = await t.bearer('planner.midden@halt.example');
    domstad = await t.bearer('contact@domstad.school.example');
    gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    [{ id: utrechtId }] = await sql(`SELECT id FROM municipality WHERE cbs_code = 'GM0344'`);
    basis = await order('basispakket-voorlichtingen', 'Voorlichtingen Utrecht', 10);
    pmg = await order('preventie-met-gezag', 'PmG Utrecht', 20);
    onlineSafety = await offerByCode(t, domstad, 'voorlichting-online-veiligheid');
    const all: OfferDto[] = (await t.http().get('/api/offers?q=ondermijning').set('Authorization', domstad)).body.items;
    ondermijning = all.find((o) => o.code === 'voorlichting-ondermijning-preventie-met-gezag') as OfferDto;

    const a: BookingRequestDto = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send(onlineSafetyRequest(onlineSafety.id, { funding: 'package', packageOrderId: basis.id }))
        .expect(201)
    ).body;
    const b: BookingRequestDto = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send(
          onlineSafetyRequest(ondermijning.id, {
            groups: [{ name: '2A', level: 'vo-1-2', pupilCount: 27 }],
            funding: 'package',
            packageOrderId: pmg.id,
          }),
        )
        .expect(201)
    ).body;
    await plan(a, ['2026-11-03', '2026-11-05']);
    await plan(b, ['2026-11-09']);
    await clock(70); // 2026-11-10: the three lessons took place
    const reported: MySessionDto[] = [];
    for (const [s, pupilsReached] of [
      [a.sessions[0], 24],
      [a.sessions[1], 20],
      [b.sessions[0], 25],
    ] as const) {
      const res = await t
        .http()
        .post(`/api/sessions/${s.id}/report`)
        .set('Authorization', planner)
        .send({ outcome: 'delivered', pupilsReached });
      expect(res.status).toBe(201);
      reported.push(res.body);
    }
    const code = reported[0].evaluation?.classCode as string;
    const form = (await t.http().get(`/api/public/evaluations/${code}`).expect(200)).body;
    for (const feel of [5, 4, 3]) {
      await t
        .http()
        .post(`/api/public/evaluations/${code}`)
        .send({ formId: form.form.id, scores: { feel_safer: feel, prevent_repair: 5, recommend: 4 } })
        .expect(201);
    }
  });
  afterAll(async () => {
    await clock(0);
    await t.close();
  });

  it('marks the Preventie met Gezag template and its orders, and the ondermijning offers in the catalogue', async () => {
    expect(basis.programme).toBeNull();
    expect(pmg.programme).toBe('preventie-met-gezag');
    const templates: PackageTemplateDto[] = (await t.http().get('/api/package-templates').set('Authorization', admin))
      .body;
    expect(templates.filter((x) => x.programme).map((x) => x.code)).toEqual(['preventie-met-gezag']);
    const offers: OfferDto[] = (await t.http().get('/api/offers?q=ondermijning').set('Authorization', domstad)).body
      .items;
    expect(
      offers
        .filter((o) => o.ondermijning)
        .map((o) => o.code)
        .sort(),
    ).toEqual(['voorlichting-ondermijning-preventie-met-gezag', 'voorlichting-ondermijning-werksfeer']);
    expect(offers.find((o) => o.code === 'voorlichting-ondermijning-werksfeer')?.levels).toEqual(['mbo']);
    // The demo marks three gemeenten as taking part.
    expect(
      await sql(`SELECT cbs_code, pmg_since FROM municipality WHERE pmg_since IS NOT NULL ORDER BY cbs_code`),
    ).toEqual([
      { cbs_code: 'GM0518', pmg_since: 2024 },
      { cbs_code: 'GM0599', pmg_since: 2023 },
      { cbs_code: 'GM0772', pmg_since: 2025 },
    ]);
  });

  it('lets an admin mark a gemeente as taking part since a year, in Dutch when the year is wrong', async () => {
    const bad = await t
      .http()
      .patch(`/api/municipalities/${utrechtId}`)
      .set('Authorization', admin)
      .send({ pmgSince: 1999 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'pmgSince', message: 'moet 2000 of later zijn' }]);
    expect(
      (await t.http().patch(`/api/municipalities/${utrechtId}`).set('Authorization', gemeente).send({ pmgSince: 2024 }))
        .status,
    ).toBe(403);
    const ok = await t
      .http()
      .patch(`/api/municipalities/${utrechtId}`)
      .set('Authorization', admin)
      .send({ pmgSince: 2024 });
    expect(ok.status).toBe(200);
    expect((ok.body as MunicipalityDto).pmgSince).toBe(2024);
    const audit = await sql(
      `SELECT action FROM audit_event WHERE entity = 'Municipality' AND entity_id = $1 AND 'pmgSince' = ANY(changed_fields)`,
      [utrechtId],
    );
    expect(audit).toEqual([{ action: 'update' }]);
  });

  it('filters the package list and the dashboards by programme, in SQL', async () => {
    const list = (q: string) =>
      t.http().get(`/api/package-orders?${q}`).set('Authorization', gemeente).expect(200) as Promise<{
        body: PackageOrderPageDto;
      }>;
    expect((await list('programme=preventie-met-gezag')).body.items.map((o) => o.name)).toEqual(['PmG Utrecht']);
    expect((await list('programme=none')).body.items.map((o) => o.name)).toEqual(['Voorlichtingen Utrecht']);
    expect((await list('')).body.total).toBe(2);
    const wrong = await t.http().get('/api/package-orders?programme=pmg').set('Authorization', gemeente);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'programme', message: 'moet preventie-met-gezag of none (geen programma) zijn' },
    ]);

    const period = 'from=2026-01-01&to=2026-12-31';
    const dash = async (q: string): Promise<GemeenteDashboardDto> =>
      (await t.http().get(`/api/dashboards/gemeente?${period}&${q}`).set('Authorization', gemeente).expect(200)).body;
    expect((await dash('')).totals).toEqual({ sessionsOrdered: 3, sessionsDelivered: 3, pupils: 69, responses: 3 });
    expect((await dash('programme=preventie-met-gezag')).totals).toEqual({
      sessionsOrdered: 1,
      sessionsDelivered: 1,
      pupils: 25,
      responses: 0,
    });
    expect((await dash('programme=none')).totals.pupils).toBe(44);
    const halt = async (q: string): Promise<HaltDashboardDto> =>
      (await t.http().get(`/api/dashboards/halt?${period}&${q}`).set('Authorization', admin).expect(200)).body;
    expect((await halt('programme=preventie-met-gezag')).totals).toMatchObject({ sessions: 1, pupils: 25 });
    expect((await halt('programme=none')).totals).toMatchObject({ sessions: 2, pupils: 44 });
  });

  it('reports the subsidy year: ordered against delivered, pupils per school, scores, school-year targets', async () => {
    const res = await report(gemeente, 'year=2026');
    expect(res.status).toBe(200);
    const r: CouncilReportDto = res.body;
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(r.municipality).toMatchObject({ name: 'Utrecht', cbsCode: 'GM0344', pmgSince: 2024 });
    // Credits: the catalogue price per session, consumed for each delivered session.
    expect(r.orders).toEqual([
      {
        orderId: pmg.id,
        reference: pmg.reference,
        name: 'PmG Utrecht',
        programme: 'preventie-met-gezag',
        creditsBudget: 20,
        creditsConsumed: ondermijning.priceCredits,
        creditsReserved: 0,
        sessionsOrdered: 1,
        sessionsDelivered: 1,
      },
      {
        orderId: basis.id,
        reference: basis.reference,
        name: 'Voorlichtingen Utrecht',
        programme: null,
        creditsBudget: 10,
        creditsConsumed: 2 * onlineSafety.priceCredits,
        creditsReserved: 0,
        sessionsOrdered: 2,
        sessionsDelivered: 2,
      },
    ]);
    expect(r.totals).toEqual({
      creditsBudget: 30,
      creditsConsumed: ondermijning.priceCredits + 2 * onlineSafety.priceCredits,
      sessionsOrdered: 3,
      sessionsDelivered: 3,
      pupils: 69,
      schools: 1,
      responses: 3,
    });
    expect(r.schools).toEqual([
      expect.objectContaining({ school: 'Stadscollege Domstad', sessionsDelivered: 3, pupils: 69 }),
    ]);
    const scores = Object.fromEntries(r.scoresPerOffer.map((o) => [o.offer, o]));
    expect(scores['Online veiligheid']).toMatchObject({
      sessions: 2,
      responses: 3,
      scores: { feel_safer: { average: 4, answers: 3 }, prevent_repair: { average: 5, answers: 3 } },
    });
    expect(scores['Ondermijning (Preventie met Gezag)']).toMatchObject({ sessions: 1, responses: 0, scores: {} });
    expect(r.schoolYearTargets).toEqual([
      { schoolYear: '2025-2026', from: '2025-08-01', to: '2026-07-31', haltJrbSchools: 0, haltJrbSchoolsTarget: 15 },
      { schoolYear: '2026-2027', from: '2026-08-01', to: '2027-07-31', haltJrbSchools: 0, haltJrbSchoolsTarget: 15 },
    ]);
    expect(r.summary[0]).toBe('In 2026 bestelde Utrecht 3 sessies bij Halt. Daarvan zijn er 3 gegeven (100%).');
    expect(r.summary).toContain('Halt bereikte 69 leerlingen op 1 school.');

    // The same figures as the dashboard of the calendar year: one source.
    const dash: GemeenteDashboardDto = (
      await t.http().get('/api/dashboards/gemeente?from=2026-01-01&to=2026-12-31').set('Authorization', gemeente)
    ).body;
    expect(r.scoresPerOffer).toEqual(dash.scoresPerOffer);

    const only: CouncilReportDto = (await report(gemeente, 'year=2026&programme=preventie-met-gezag')).body;
    expect(only.orders.map((o) => o.name)).toEqual(['PmG Utrecht']);
    expect(only.totals).toMatchObject({ sessionsOrdered: 1, sessionsDelivered: 1, pupils: 25, creditsBudget: 20 });
    expect(only.summary[0]).toBe(
      'In 2026 bestelde Utrecht binnen Preventie met Gezag 1 sessie bij Halt. Daarvan zijn er 1 gegeven (100%).',
    );
    const empty: CouncilReportDto = (await report(gemeente, 'year=2025')).body;
    expect(empty.totals).toMatchObject({ sessionsOrdered: 0, pupils: 0, creditsBudget: 0 });
    expect(empty.summary[0]).toBe('In 2025 heeft Utrecht nog geen sessies bij Halt besteld.');
  });

  it('makes the PDF on the server, with a Dutch file name and the figures of the page', async () => {
    const res = await t
      .http()
      .get('/api/dashboards/gemeente/report.pdf?year=2026')
      .set('Authorization', gemeente)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="raadsrapportage-utrecht-2026.pdf"');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Raadsrapportage Utrecht 2026');
    expect(text).toContain('Leerlingen bereikt 69');
    expect(text).toContain('Stadscollege Domstad 3 69');
    expect(text).toContain(`PmG Utrecht ${pmg.reference} 20 ${ondermijning.priceCredits} 1 1`);
    expect(text).toContain('Online veiligheid 2 3 4,0 5,0 4,0 –');
    expect(text).toContain('2025-2026 01-08-2025 31-07-2026 0 15');
    expect(text).toContain('Halt bereikte 69 leerlingen op 1 school.');
    expect(text).toContain('Neemt sinds 2024 deel aan Preventie met Gezag.');

    // A year without work is a PDF too, that says so.
    const empty = await t.http().get('/api/dashboards/gemeente/report.pdf?year=2025').set('Authorization', gemeente);
    expect(empty.status).toBe(200);
    expect(empty.headers['content-type']).toBe('application/pdf');
  });

  it('gives a gemeente only its own report, Halt users the gemeenten they work for, and a Dutch 400 for a bad year', async () => {
    const amsterdam = await t.bearer('beleid@amsterdam.gemeente.example');
    expect((await report(amsterdam, `year=2026&municipalityId=${utrechtId}`)).status).toBe(404);
    expect((await report(amsterdam, 'year=2026')).body.municipality.name).toBe('Amsterdam');
    expect((await report(amsterdam, 'year=2026')).body.totals.pupils).toBe(0);
    expect((await report(domstad, 'year=2026')).status).toBe(403);
    expect((await report(planner, `year=2026&municipalityId=${utrechtId}`)).body.totals.pupils).toBe(69);
    const north = await t.bearer('planner.noord@halt.example');
    expect((await report(north, `year=2026&municipalityId=${utrechtId}`)).status).toBe(404);
    expect(
      (
        await t
          .http()
          .get(`/api/dashboards/gemeente/report.pdf?year=2026&municipalityId=${utrechtId}`)
          .set('Authorization', north)
      ).status,
    ).toBe(404);
    expect((await report(admin, `year=2026&municipalityId=${utrechtId}`)).body.totals.pupils).toBe(69);
    const none = await report(admin, 'year=2026');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'municipalityId', message: 'kies de gemeente van het rapport' }]);
    for (const year of ['abc', '1999', '2026.5', '']) {
      const bad = await report(gemeente, `year=${year}`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('year');
    }
    expect((await report(gemeente, 'year=1999')).body.errors).toEqual([
      { field: 'year', message: 'moet 2020 of later zijn' },
    ]);
    expect(
      (await t.http().get('/api/dashboards/gemeente/report.pdf?year=x').set('Authorization', gemeente)).status,
    ).toBe(400);
    expect((await t.http().get('/api/dashboards/gemeente/report?year=2026')).status).toBe(401);
  });
});
