import type {
  BookingRequestDto,
  GemeenteDashboardDto,
  HaltDashboardDto,
  MySessionDto,
  PackageTemplateDto,
  PublicEvaluationDto,
  SchoolDashboardDto,
  StaffMemberDto,
  TrendSignalsDto,
} from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * A funded request for two classes of Stadscollege Domstad (Utrecht): class 1A is delivered with 4 pupils by
 * Lotte Visser, class 1B was a no-show. Pupils answer with the class code, the teacher with the link; then
 * the dashboards of Halt, the gemeente and the school show what they may see, and nothing more.
 */
describe('evaluations and dashboards', () => {
  let t: TestApi;
  let admin: string;
  let planner: string;
  let lotte: string;
  let domstad: string;
  let gemeente: string;
  let request: BookingRequestDto;
  let delivered: MySessionDto;
  let code: string;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);
  const clock = (offsetDays: number) =>
    t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays }).expect(200);
  const form = (c: string) => t.http().get(`/api/public/evaluations/${c}`);
  const answer = (c: string, body: object) => t.http().post(`/api/public/evaluations/${c}`).send(body);
  const pupil = (formId: string, feel = 4, extra: object = {}) => ({
    formId,
    scores: { feel_safer: feel, prevent_repair: 5, recommend: 4 },
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    admin = await t.bearer('beheer@halt.example');
    planner = await t.bearer('planner.midden@halt.example');
    lotte = await t.bearer('lotte.visser@halt.example');
    domstad = await t.bearer('contact@domstad.school.example');
    gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    const templates: PackageTemplateDto[] = (
      await t.http().get('/api/package-templates').set('Authorization', gemeente)
    ).body;
    const template = templates.find((x) => x.code === 'basispakket-voorlichtingen') as PackageTemplateDto;
    const order = await t.http().post('/api/package-orders').set('Authorization', gemeente).send({
      templateId: template.id,
      name: 'Voorlichtingen Utrecht',
      subsidyYear: 2026,
      budgetCredits: 10,
      allSchools: true,
      requiresApproval: false,
      orderDeadline: '2026-12-31',
    });
    await t.http().post(`/api/package-orders/${order.body.id}/order`).set('Authorization', gemeente).expect(200);
    await t.http().post(`/api/package-orders/${order.body.id}/accept`).set('Authorization', admin).expect(200);
    const offerId = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
    request = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send(onlineSafetyRequest(offerId, { funding: 'package', packageOrderId: order.body.id }))
        .expect(201)
    ).body;
    const [s1, s2] = request.sessions;
    for (const [s, date] of [
      [s1, '2026-11-03'],
      [s2, '2026-11-05'],
    ] as const) {
      await t
        .http()
        .patch(`/api/sessions/${s.id}/plan`)
        .set('Authorization', planner)
        .send({ date, time: '09:00' })
        .expect(200);
    }
    const staff: StaffMemberDto[] = (await t.http().get('/api/staff').set('Authorization', planner)).body.items;
    const lotteId = staff.find((x) => x.name === 'Lotte Visser')?.id;
    await t
      .http()
      .put(`/api/sessions/${s1.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [lotteId] })
      .expect(200);
  });
  afterAll(async () => {
    await clock(0);
    await t.close();
  });

  it('lets the assigned specialist report the lesson with the pupils reached, once; other sessions stay out of reach', async () => {
    const [s1, s2] = request.sessions;
    const before = await t.http().post(`/api/sessions/${s1.id}/report`).set('Authorization', lotte).send({
      outcome: 'delivered',
      pupilsReached: 4,
    });
    expect(before.status).toBe(409);
    expect(before.body.message).toBe('Deze sessie heeft nog niet plaatsgevonden');

    await clock(70); // 2026-11-10: both lessons took place
    const mine: MySessionDto[] = (await t.http().get('/api/staff/me/sessions').set('Authorization', lotte)).body;
    expect(mine.map((s) => [s.id, s.groupName, s.toReport])).toEqual([[s1.id, '1A', true]]);

    const missing = await t.http().post(`/api/sessions/${s1.id}/report`).set('Authorization', lotte).send({
      outcome: 'delivered',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { field: 'pupilsReached', message: 'vul het aantal bereikte leerlingen in (een geheel getal)' },
    ]);
    expect(
      (
        await t
          .http()
          .post(`/api/sessions/${s2.id}/report`)
          .set('Authorization', lotte)
          .send({ outcome: 'delivered', pupilsReached: 20 })
      ).status,
    ).toBe(404);

    const ok = await t.http().post(`/api/sessions/${s1.id}/report`).set('Authorization', lotte).send({
      outcome: 'delivered',
      pupilsReached: 4,
    });
    expect(ok.status).toBe(201);
    delivered = ok.body;
    expect(delivered).toMatchObject({
      status: 'delivered',
      pupilsReached: 4,
      toReport: false,
      location: 'Aula, hoofdgebouw',
    });
    expect(delivered.evaluation).toMatchObject({
      audience: 'pupil',
      limit: 4,
      answers: 0,
      teacherAnswered: false,
      open: true,
    });
    code = delivered.evaluation?.classCode as string;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(delivered.evaluation?.classCodeUrl).toMatch(new RegExp(`/evaluatie/${code}$`));

    const again = await t.http().post(`/api/sessions/${s1.id}/report`).set('Authorization', lotte).send({
      outcome: 'delivered',
      pupilsReached: 5,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Deze sessie is al gemeld als gegeven');

    const noShow = await t.http().post(`/api/sessions/${s2.id}/report`).set('Authorization', planner).send({
      outcome: 'no_show',
      reason: 'Klas op excursie',
    });
    expect(noShow.status).toBe(201);
    expect(noShow.body).toMatchObject({ status: 'no_show', evaluation: null });
    expect((await t.http().get(`/api/sessions/${s2.id}/evaluation`).set('Authorization', domstad)).status).toBe(409);
    // Both sessions done: the request is delivered; the funded credits are consumed for both.
    const [r] = await sql(`SELECT status FROM booking_request WHERE id = $1`, [request.id]);
    expect(r.status).toBe('delivered');
    const consumed = await sql(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE request_id = $1 AND kind = 'consume'`,
      [request.id],
    );
    expect(consumed[0].n).toBe(2);
  });

  it('gives the school, staff and Halt the code and a QR code, but not the gemeente', async () => {
    const id = request.sessions[0].id;
    const school = await t.http().get(`/api/sessions/${id}/evaluation`).set('Authorization', domstad);
    expect(school.status).toBe(200);
    expect(school.body.classCode).toBe(code);
    expect((await t.http().get(`/api/sessions/${id}/evaluation`).set('Authorization', gemeente)).status).toBe(403);
    const other = await t.bearer('contact@vechtoever.school.example');
    expect((await t.http().get(`/api/sessions/${id}/evaluation`).set('Authorization', other)).status).toBe(404);
    const qr = await t.http().get(`/api/sessions/${id}/evaluation/qr.svg`).set('Authorization', lotte);
    expect(qr.status).toBe(200);
    expect(qr.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(String(qr.body ?? qr.text)).toContain('<svg');
  });

  it('takes anonymous answers with the code up to the pupils reached, and none after it closes', async () => {
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const shown = await form(typed);
    expect(shown.status).toBe(200);
    const view: PublicEvaluationDto = shown.body;
    expect(view).toMatchObject({
      audience: 'pupil',
      offerTitle: 'Online veiligheid',
      schoolName: 'Stadscollege Domstad',
      date: '2026-11-03',
      groupName: '1A',
      open: true,
    });
    expect(view.form.questions.map((q) => q.key)).toEqual(['feel_safer', 'prevent_repair', 'recommend', 'tip']);
    expect((await form('ABCDEFGH')).status).toBe(404);

    const bad = await answer(code, { formId: view.form.id, scores: { feel_safer: 7, recommend: 4, name: 3 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'scores.name', message: 'is geen vraag van dit formulier' },
      { field: 'scores.feel_safer', message: 'moet een heel getal van 1 tot 5 zijn' },
      { field: 'scores.prevent_repair', message: 'kies een antwoord van 1 tot 5' },
    ]);
    for (const feel of [5, 4, 3]) expect((await answer(code, pupil(view.form.id, feel))).status).toBe(201);

    // 14 days after the lesson the code closes (EVALUATION_OPEN_DAYS); the fourth answer is refused…
    await clock(70 + 20);
    const late = await answer(code, pupil(view.form.id));
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('Deze vragenlijst is gesloten');
    expect((await form(code)).body).toMatchObject({ open: false, closedReason: 'Deze vragenlijst is gesloten' });
    // …but is taken while it is open, and a fifth pupil is one too many.
    await clock(70);
    const fourth = await answer(
      code,
      pupil(view.form.id, 2, { answers: { tip: 'Mail me: pupil.x@example.nl of bel 06-12345678' } }),
    );
    expect(fourth.status).toBe(201);
    expect(fourth.body.thanks).toContain('anoniem');
    const fifth = await answer(code, pupil(view.form.id));
    expect(fifth.status).toBe(409);
    expect(fifth.body.message).toBe('Voor deze klas zijn al 4 antwoorden gegeven');
    const [c] = await sql(`SELECT answers, answer_limit FROM evaluation_code WHERE code = $1`, [code]);
    expect(c).toEqual({ answers: 4, answer_limit: 4 });
  });

  it('stores nothing that identifies a pupil: no person, address, IP or time of day, and no contact details in text', async () => {
    const columns = await sql(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_response' ORDER BY ordinal_position`,
    );
    expect(columns.map((x: { column_name: string }) => x.column_name)).toEqual([
      'id',
      'session_id',
      'form_id',
      'audience',
      'submitted_on',
      'scores',
      'answers',
    ]);
    const rows = await sql(`SELECT * FROM evaluation_response WHERE audience = 'pupil' ORDER BY id`);
    expect(rows).toHaveLength(4);
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/example\.nl|12345678/);
    expect(rows[3].answers).toEqual({ tip: 'Mail me: [verwijderd] of bel [verwijderd]' });
    // The audit trail (which keeps IP addresses of changes) records nothing about answers: only that the
    // session's class code was made when it was reported, never a change made by answering.
    const audit = await sql(
      `SELECT action, entity, actor_kind FROM audit_event WHERE entity ILIKE '%evaluation%' AND entity <> 'EvaluationForm'`,
    );
    expect(audit).toEqual([{ action: 'create', entity: 'EvaluationCode', actor_kind: 'user' }]);
  });

  it("takes the teacher's answer once, through the link; trend answers lose contact details", async () => {
    const link = delivered.evaluation?.teacherUrl as string;
    const token = link.split('/').pop() as string;
    const view = await t.http().get(`/api/public/teacher-evaluations/${token}`);
    expect(view.status).toBe(200);
    expect(view.body.audience).toBe('teacher');
    const body = {
      formId: view.body.form.id,
      scores: { feel_safer: 4, prevent_repair: 4, recommend: 5, overall: 5 },
      answers: { trends: 'Veel vapen in de pauze en TikTok-challenges; bel mij op 030-1234567' },
    };
    expect((await t.http().post(`/api/public/teacher-evaluations/${token}`).send(body)).status).toBe(201);
    const twice = await t.http().post(`/api/public/teacher-evaluations/${token}`).send(body);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('De docent heeft deze evaluatie al ingevuld');
    expect((await t.http().get('/api/public/teacher-evaluations/not-a-token')).status).toBe(404);
  });

  it('keeps old answers on their form version when an admin publishes a new one', async () => {
    const current: PublicEvaluationDto = (await form(code)).body;
    const v1 = current.form.id;
    const bad = await t
      .http()
      .post('/api/evaluation-forms')
      .set('Authorization', admin)
      .send({
        audience: 'pupil',
        offerType: 'voorlichting',
        title: 'Wat vond je ervan?',
        intro: '',
        questions: [{ key: 'Naam' }],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([{ field: 'questions.0.key', message: expect.any(String) }]),
    );
    expect(
      (
        await t
          .http()
          .post('/api/evaluation-forms')
          .set('Authorization', planner)
          .send({ audience: 'pupil', offerType: 'voorlichting', title: 'x', intro: '', questions: [] })
      ).status,
    ).toBe(403);

    const v2 = await t
      .http()
      .post('/api/evaluation-forms')
      .set('Authorization', admin)
      .send({
        audience: 'pupil',
        offerType: 'voorlichting',
        title: 'Wat vond je van de les?',
        intro: 'Anoniem, twee minuten.',
        questions: [
          {
            key: 'feel_safer',
            kind: 'scale',
            text: 'Ik voel me veiliger.',
            low: 'nee',
            high: 'ja',
            outcome: 'feel_safer',
            required: true,
          },
          { key: 'learned_most', kind: 'open', text: 'Wat heb je geleerd?', trend: false, required: false },
        ],
      });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, current: true, answers: 0 });
    const old = (await t.http().get(`/api/evaluation-forms/${v1}`).set('Authorization', admin)).body;
    expect(old).toMatchObject({ version: 1, current: false, answers: 4 });
    expect(old.questions.map((q: { key: string }) => q.key)).toEqual([
      'feel_safer',
      'prevent_repair',
      'recommend',
      'tip',
    ]);
    const answersOnV1 = await sql(
      `SELECT count(*)::int AS n FROM evaluation_response WHERE form_id = $1 AND scores ? 'prevent_repair'`,
      [v1],
    );
    expect(answersOnV1[0].n).toBe(4);
    await expect(sql(`UPDATE evaluation_form SET title = 'x' WHERE id = $1`, [v1])).rejects.toThrow(/immutable/);
    // An editor that started from version 1 does not silently overwrite version 2; a key keeps its kind.
    const base = {
      audience: 'pupil',
      offerType: 'voorlichting',
      title: 'Wat vond je van de les?',
      intro: '',
      questions: [
        {
          key: 'feel_safer',
          kind: 'scale',
          text: 'Veiliger?',
          low: 'nee',
          high: 'ja',
          outcome: 'feel_safer',
          required: true,
        },
        { key: 'tip', kind: 'scale', text: 'Tip als cijfer?', low: 'nee', high: 'ja', outcome: null, required: false },
      ],
    };
    const stale = await t
      .http()
      .post('/api/evaluation-forms')
      .set('Authorization', admin)
      .send({ ...base, basedOnVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.conflict).toEqual({ basedOnVersion: 1, latestVersion: 2 });
    const kind = await t
      .http()
      .post('/api/evaluation-forms')
      .set('Authorization', admin)
      .send({ ...base, basedOnVersion: 2 });
    expect(kind.status).toBe(400);
    expect(kind.body.errors).toEqual([
      { field: 'questions.1.kind', message: "'tip' was in een eerdere versie een open vraag; kies een nieuwe sleutel" },
    ]);
    // New visitors get version 2.
    expect((await form(code)).body.form).toMatchObject({ id: v2.body.id, version: 2 });
  });

  it('shows Halt the delivered session, pupils, no-shows and scores; planners only their regions', async () => {
    const d: HaltDashboardDto = (
      await t.http().get('/api/dashboards/halt?from=2026-01-01&to=2026-12-31').set('Authorization', admin)
    ).body;
    expect(d.totals).toEqual({ sessions: 1, pupils: 4, schools: 1, responses: 5, noShows: 1 });
    expect(d.targets).toMatchObject({ pupils: 200000, haltJrbSchoolsTarget: 15, haltJrbSchools: 0 });
    expect(d.perMonth).toEqual([{ month: '2026-11', sessions: 1, pupils: 4 }]);
    expect(d.perOfferType).toEqual([{ offerType: 'voorlichting', sessions: 1, pupils: 4 }]);
    expect(d.perRegion).toEqual([expect.objectContaining({ region: expect.stringMatching(/Midden/i), sessions: 1 })]);
    // Pupils felt safer 5, 4, 3, 2 and the teacher 4: (5+4+3+2+4)/5 = 3.6.
    expect(d.scoresPerOffer).toEqual([
      expect.objectContaining({
        offer: 'Online veiligheid',
        sessions: 1,
        scores: expect.objectContaining({
          feel_safer: { average: 3.6, answers: 5 },
          overall: { average: 5, answers: 1 },
        }),
      }),
    ]);
    const csv = await t
      .http()
      .get('/api/dashboards/halt/months.csv?from=2026-01-01&to=2026-12-31')
      .set('Authorization', admin);
    expect(csv.status).toBe(200);
    expect(csv.text).toBe('\ufeffMaand,Sessies,Leerlingen\r\n2026-11,1,4\r\n');
    expect((await t.http().get('/api/dashboards/halt/nope.csv').set('Authorization', admin)).status).toBe(404);
    const backwards = await t
      .http()
      .get('/api/dashboards/halt?from=2026-12-31&to=2026-01-01')
      .set('Authorization', admin);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'ligt voor de begindatum' }]);

    const noord = await t.bearer('planner.noord@halt.example');
    const theirs: HaltDashboardDto = (
      await t.http().get('/api/dashboards/halt?from=2026-01-01&to=2026-12-31').set('Authorization', noord)
    ).body;
    expect(theirs.totals.sessions).toBe(0);
    expect((await t.http().get('/api/dashboards/halt').set('Authorization', gemeente)).status).toBe(403);
    expect((await t.http().get('/api/dashboards/halt').set('Authorization', domstad)).status).toBe(403);
  });

  it('lets an admin set the targets of a year, which the Halt dashboard then measures against', async () => {
    const bad = await t
      .http()
      .put('/api/annual-targets/1999')
      .set('Authorization', admin)
      .send({ pupils: -1, haltJrbSchools: 15 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'year', message: 'moet een jaartal van 2000 tot en met 2100 zijn' }]);
    const negative = await t
      .http()
      .put('/api/annual-targets/2026')
      .set('Authorization', admin)
      .send({ pupils: -1, haltJrbSchools: 15 });
    expect(negative.body.errors).toEqual([{ field: 'pupils', message: 'moet 0 of meer zijn' }]);
    expect(
      (
        await t
          .http()
          .put('/api/annual-targets/2026')
          .set('Authorization', planner)
          .send({ pupils: 8, haltJrbSchools: 1 })
      ).status,
    ).toBe(403);
    const set = await t
      .http()
      .put('/api/annual-targets/2026')
      .set('Authorization', admin)
      .send({ pupils: 8, haltJrbSchools: 20 });
    expect(set.body).toEqual({ year: 2026, pupils: 8, haltJrbSchools: 20 });
    const d: HaltDashboardDto = (
      await t.http().get('/api/dashboards/halt?from=2026-01-01&to=2026-12-31').set('Authorization', planner)
    ).body;
    expect(d.targets).toEqual({ pupils: 8, pupilsShare: 0.5, haltJrbSchools: 0, haltJrbSchoolsTarget: 20 });
    const list = (await t.http().get('/api/annual-targets').set('Authorization', planner)).body;
    expect(list).toContainEqual({ year: 2026, pupils: 8, haltJrbSchools: 20 });
    const audited = await sql(
      `SELECT actor_email, action, entity FROM audit_event WHERE entity IN ('AnnualTarget', 'EvaluationForm') ORDER BY id`,
    );
    expect(audited).toEqual([
      { actor_email: 'beheer@halt.example', action: 'create', entity: 'EvaluationForm' },
      { actor_email: 'beheer@halt.example', action: 'update', entity: 'AnnualTarget' },
    ]);
    await t
      .http()
      .put('/api/annual-targets/2026')
      .set('Authorization', admin)
      .send({ pupils: 200000, haltJrbSchools: 15 });
  });

  it('shows a gemeente and a school only their own figures', async () => {
    const g: GemeenteDashboardDto = (
      await t.http().get('/api/dashboards/gemeente?from=2026-01-01&to=2026-12-31').set('Authorization', gemeente)
    ).body;
    expect(g.rows).toEqual([
      expect.objectContaining({
        orderName: 'Voorlichtingen Utrecht',
        school: 'Stadscollege Domstad',
        sessionsOrdered: 2,
        sessionsDelivered: 1,
        pupils: 4,
        responses: 5,
        scores: expect.objectContaining({ feel_safer: { average: 3.6, answers: 5 } }),
      }),
    ]);
    expect(g.totals).toEqual({ sessionsOrdered: 2, sessionsDelivered: 1, pupils: 4, responses: 5 });
    // Per offer: the delivered session, with every answer (a gemeente sees no single pupil, so no minimum).
    expect(g.scoresPerOffer).toEqual([
      expect.objectContaining({
        offer: 'Online veiligheid',
        sessions: 1,
        responses: 5,
        scores: expect.objectContaining({ feel_safer: { average: 3.6, answers: 5 } }),
      }),
    ]);
    const amsterdam = await t.bearer('beleid@amsterdam.gemeente.example');
    const none: GemeenteDashboardDto = (
      await t
        .http()
        .get(`/api/dashboards/gemeente?from=2026-01-01&to=2026-12-31&municipalityId=${g.rows[0].orderId}`)
        .set('Authorization', amsterdam)
    ).body;
    expect(none.rows).toEqual([]);
    expect(none.totals.pupils).toBe(0);
    const rowsCsv = await t
      .http()
      .get('/api/dashboards/gemeente/rows.csv?from=2026-01-01&to=2026-12-31')
      .set('Authorization', gemeente);
    expect(rowsCsv.text).toContain('Voorlichtingen Utrecht,Stadscollege Domstad,2,1,4,5,3.6,');

    const s: SchoolDashboardDto = (
      await t.http().get('/api/dashboards/school?from=2026-01-01&to=2026-12-31').set('Authorization', domstad)
    ).body;
    expect(s.totals).toEqual({ sessions: 1, pupils: 4, responses: 5 });
    expect(s.sessions.map((x) => [x.groupName, x.status, x.pupils, x.responses, x.teacherAnswered])).toEqual([
      ['1B', 'no_show', 0, 0, false],
      ['1A', 'delivered', 4, 5, true],
    ]);
    // Four pupil answers are too few to show the school (a teacher could tell whose they are): the
    // teacher's own scores only. Halt and the gemeente above see all five.
    expect(s.sessions.find((x) => x.groupName === '1A')?.scores).toEqual({
      feel_safer: { average: 4, answers: 1 },
      prevent_repair: { average: 4, answers: 1 },
      recommend: { average: 5, answers: 1 },
      overall: { average: 5, answers: 1 },
    });
    expect(s.scoresPerOffer).toEqual([
      expect.objectContaining({
        offer: 'Online veiligheid',
        scores: expect.objectContaining({ feel_safer: { average: 4, answers: 1 } }),
      }),
    ]);
    const vechtoever = await t.bearer('contact@vechtoever.school.example');
    const theirs: SchoolDashboardDto = (
      await t.http().get('/api/dashboards/school?from=2026-01-01&to=2026-12-31').set('Authorization', vechtoever)
    ).body;
    expect(theirs.sessions).toEqual([]);
    expect((await t.http().get('/api/dashboards/gemeente').set('Authorization', domstad)).status).toBe(403);
  });

  it('lets Halt staff search and export trend answers, without contact details; nobody else', async () => {
    const list: TrendSignalsDto = (
      await t.http().get('/api/trends?from=2026-01-01&to=2026-12-31&q=vapen').set('Authorization', admin)
    ).body;
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      audience: 'teacher',
      offer: 'Online veiligheid',
      text: 'Veel vapen in de pauze en TikTok-challenges; bel mij op [verwijderd]',
    });
    expect(list.groups.length).toBeGreaterThan(0);
    expect(list.topics).toEqual([...new Set(list.groups.map((g) => g.topic))].sort());
    expect(list).toMatchObject({ page: 1, pageSize: 50 });
    expect(list.groups.every((x) => x.month === '2026-11' && x.answers === 1)).toBe(true);
    const nothing: TrendSignalsDto = (
      await t.http().get('/api/trends?from=2026-01-01&to=2026-12-31&q=100%25').set('Authorization', admin)
    ).body;
    expect(nothing.total).toBe(0);
    const csv = await t.http().get('/api/trends.csv?from=2026-01-01&to=2026-12-31').set('Authorization', planner);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('bel mij op [verwijderd]');
    for (const who of [gemeente, domstad, lotte]) {
      expect((await t.http().get('/api/trends').set('Authorization', who)).status).toBe(403);
    }
  });

  it("gives a parent meeting a code for the parents present, opening the parents' form", async () => {
    const offerId = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
    await clock(0);
    const r: BookingRequestDto = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send(
          onlineSafetyRequest(offerId, {
            parentMeeting: true,
            groups: [{ name: '1D', level: 'vo-1-2', pupilCount: 20 }],
          }),
        )
        .expect(201)
    ).body;
    const meeting = r.sessions.find((x) => x.kind === 'parent_meeting');
    expect(meeting).toBeDefined();
    await t
      .http()
      .patch(`/api/sessions/${meeting?.id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-02', time: '10:00' })
      .expect(200);
    await clock(70);
    const reported = await t
      .http()
      .post(`/api/sessions/${meeting?.id}/report`)
      .set('Authorization', planner)
      .send({ outcome: 'delivered', pupilsReached: 12 })
      .expect(201);
    expect(reported.body.evaluation).toMatchObject({ audience: 'parent', limit: 12 });
    const view: PublicEvaluationDto = (await form(reported.body.evaluation.classCode)).body;
    expect(view.audience).toBe('parent');
    expect(view.form.title).toBe('Evaluatie voor ouders');
    const sent = await answer(reported.body.evaluation.classCode, {
      formId: view.form.id,
      scores: { feel_safer: 5, prevent_repair: 4, recommend: 5 },
      answers: { trends: 'Kinderen krijgen al jong een telefoon' },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.thanks).toBe('Bedankt! Uw antwoorden zijn anoniem opgeslagen.');
    const [score] = await sql(
      `SELECT answers, total FROM evaluation_score WHERE session_id = $1 AND audience = 'parent' AND outcome = 'feel_safer'`,
      [meeting?.id],
    );
    expect(score).toEqual({ answers: 1, total: 5 });
  });

  it('holds the limit when a whole class answers at once: 15 pupils, 10 reached, exactly 10 answers', async () => {
    const offerId = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
    await clock(0); // requested on 1 September…
    const r: BookingRequestDto = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send(onlineSafetyRequest(offerId, { groups: [{ name: '2C', level: 'vo-1-2', pupilCount: 15 }] }))
        .expect(201)
    ).body;
    const id = r.sessions[0].id;
    await t
      .http()
      .patch(`/api/sessions/${id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-02', time: '10:00' })
      .expect(200);
    await clock(70); // …and given on 2 November
    const reported = await t
      .http()
      .post(`/api/sessions/${id}/report`)
      .set('Authorization', planner)
      .send({ outcome: 'delivered', pupilsReached: 10 })
      .expect(201);
    const classCode = reported.body.evaluation.classCode as string;
    const formId = (await form(classCode)).body.form.id as string;
    const statuses = await Promise.all(
      // Version 2 of the form (published above) asks one scale question.
      Array.from({ length: 15 }, async () => (await answer(classCode, { formId, scores: { feel_safer: 4 } })).status),
    );
    expect(statuses.filter((x) => x === 201)).toHaveLength(10);
    expect(statuses.filter((x) => x === 409)).toHaveLength(5);
    const [c] = await sql(`SELECT answers FROM evaluation_code WHERE session_id = $1`, [id]);
    const [n] = await sql(`SELECT count(*)::int AS n FROM evaluation_response WHERE session_id = $1`, [id]);
    const [score] = await sql(
      `SELECT answers FROM evaluation_score WHERE session_id = $1 AND audience = 'pupil' AND outcome = 'feel_safer'`,
      [id],
    );
    expect([c.answers, n.n, score.answers]).toEqual([10, 10, 10]);
  });
});
