import type {
  BookingRequestDto,
  Level,
  PackageOrderDto,
  PackageOrderPageDto,
  PackageTemplateDto,
  SchoolDto,
} from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** Gemeente Utrecht orders packages; its schools Domstad and Vechtoever draw on them. */
describe('package orders and their ledger', () => {
  let t: TestApi;
  let gemeente: string;
  let admin: string;
  let domstad: string;
  let vechtoever: string;
  let template: PackageTemplateDto;
  let onlineSafety: string;
  let schools: SchoolDto[];

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    admin = await t.bearer('beheer@halt.example');
    domstad = await t.bearer('contact@domstad.school.example');
    vechtoever = await t.bearer('contact@vechtoever.school.example');
    const templates = (await t.http().get('/api/package-templates').set('Authorization', gemeente)).body;
    template = templates.find((x: PackageTemplateDto) => x.code === 'basispakket-voorlichtingen');
    onlineSafety = (await offerByCode(t, domstad, 'voorlichting-online-veiligheid')).id;
    schools = (await t.http().get('/api/schools').set('Authorization', gemeente)).body.items;
  });
  afterAll(() => t.close());
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  /** A gemeente order, accepted by Halt (and so active). */
  async function activeOrder(body: Record<string, unknown> = {}): Promise<PackageOrderDto> {
    const made = await t
      .http()
      .post('/api/package-orders')
      .set('Authorization', gemeente)
      .send({
        templateId: template.id,
        name: 'Voorlichtingen 2027',
        subsidyYear: 2027,
        budgetCredits: 10,
        allSchools: true,
        requiresApproval: false,
        orderDeadline: '2027-06-30',
        ...body,
      });
    expect(made.status).toBe(201);
    const credits = (body['budgetCredits'] as number | undefined) ?? 10;
    expect(made.body).toMatchObject({ status: 'draft', budget: { budget: credits, available: credits } });
    expect(
      (await t.http().post(`/api/package-orders/${made.body.id}/order`).set('Authorization', gemeente)).status,
    ).toBe(200);
    const accepted = await t.http().post(`/api/package-orders/${made.body.id}/accept`).set('Authorization', admin);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('active');
    return accepted.body;
  }

  const oneClass = (orderId: string, name = '1A', level: Level = 'vo-1-2') =>
    onlineSafetyRequest(onlineSafety, {
      groups: [{ name, level, pupilCount: 25 }],
      funding: 'package',
      packageOrderId: orderId,
    });

  it('ships the standard templates with their offers at catalogue prices', () => {
    expect(template.name).toBe('Basispakket voorlichtingen PO/VO');
    expect(template.offers.find((o) => o.offerId === onlineSafety)?.credits).toBe(1);
  });

  it('walks an order through its lifecycle with every step recorded; illegal steps are 409 naming the allowed ones', async () => {
    const o = await activeOrder();
    expect(o.timeline.map((x) => [x.from, x.to, x.event])).toEqual([
      [null, 'draft', 'create'],
      ['draft', 'ordered', 'order'],
      ['ordered', 'accepted', 'accept'],
      ['accepted', 'active', 'activate'],
    ]);
    const again = await t.http().post(`/api/package-orders/${o.id}/accept`).set('Authorization', admin);
    expect(again.status).toBe(409);
    expect(again.body.conflict).toMatchObject({ state: 'active', allowed: ['close'] });
    // The gemeente cannot accept its own order.
    const draft = await t.http().post('/api/package-orders').set('Authorization', gemeente).send({
      templateId: template.id,
      name: 'Nog een',
      subsidyYear: 2027,
      budgetCredits: 5,
      allSchools: true,
      requiresApproval: false,
      orderDeadline: '2027-06-30',
    });
    expect(
      (await t.http().post(`/api/package-orders/${draft.body.id}/accept`).set('Authorization', gemeente)).status,
    ).toBe(403);
    // Returning needs a reason, in Dutch.
    await t.http().post(`/api/package-orders/${draft.body.id}/order`).set('Authorization', gemeente);
    const noReason = await t
      .http()
      .post(`/api/package-orders/${draft.body.id}/return`)
      .set('Authorization', admin)
      .send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'vul een reden in' }]);
  });

  it('refuses bad orders field by field', async () => {
    const res = await t
      .http()
      .post('/api/package-orders')
      .set('Authorization', gemeente)
      .send({
        name: 'X',
        subsidyYear: 2027,
        budgetCredits: 0,
        allSchools: false,
        schoolIds: ['8d0c7c8e-8a0e-4a59-9d0c-000000000000'],
        requiresApproval: false,
        orderDeadline: '2026-01-01',
        quotas: { voorlichting: -1 },
      });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'moet 2 tot 120 tekens lang zijn' },
        { field: 'budgetCredits', message: 'moet minstens 1 zijn' },
      ]),
    );
    const semantic = await t
      .http()
      .post('/api/package-orders')
      .set('Authorization', gemeente)
      .send({
        name: 'Maatwerk',
        subsidyYear: 2027,
        budgetCredits: 5,
        allSchools: false,
        schoolIds: ['8d0c7c8e-8a0e-4a59-9d0c-000000000000'],
        requiresApproval: false,
        orderDeadline: '2026-01-01',
        quotas: { voorlichting: -1, taart: 3 },
      });
    expect(semantic.status).toBe(400);
    expect(semantic.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'quotas.voorlichting', message: 'moet een geheel aantal credits van 0 tot 100000 zijn' },
        { field: 'quotas.taart', message: expect.stringContaining('is geen soort aanbod') },
        { field: 'offers', message: 'kies ten minste één aanbod' },
        { field: 'orderDeadline', message: 'ligt in het verleden' },
        { field: 'schoolIds.0', message: 'is geen school in uw gemeente' },
      ]),
    );
  });

  it('reserves on submit, releases on a cancellation in time, and never lowers the budget below what is committed', async () => {
    const o = await activeOrder({ budgetCredits: 5 });
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', domstad)
      .send(onlineSafetyRequest(onlineSafety, { funding: 'package', packageOrderId: o.id }));
    expect(res.status).toBe(201);
    const r = res.body as BookingRequestDto;
    expect(r.package).toEqual({ id: o.id, name: 'Voorlichtingen 2027', credits: 2 }); // two classes × 1 credit
    let order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente))
      .body as PackageOrderDto;
    expect(order.budget).toEqual({ budget: 5, reserved: 2, consumed: 0, available: 3 });
    expect(order.requests).toEqual([
      expect.objectContaining({
        reference: r.reference,
        school: expect.objectContaining({ name: 'Stadscollege Domstad' }),
        credits: { reserved: 2, consumed: 0 },
      }),
    ]);

    const lower = await t
      .http()
      .post(`/api/package-orders/${o.id}/amendments`)
      .set('Authorization', gemeente)
      .send({ delta: -4, reason: 'Bezuiniging' });
    expect(lower.status).toBe(409);
    expect(lower.body.message).toContain('het budget kan niet lager worden dan wat al is vastgelegd: 2 credits');
    const ok = await t
      .http()
      .post(`/api/package-orders/${o.id}/amendments`)
      .set('Authorization', gemeente)
      .send({ delta: -3, reason: 'Bezuiniging' });
    expect(ok.status).toBe(200);
    expect(ok.body.budget).toEqual({ budget: 2, reserved: 2, consumed: 0, available: 0 });

    const cancelled = await t
      .http()
      .post(`/api/requests/${r.id}/cancel`)
      .set('Authorization', domstad)
      .send({ reason: 'Toetsweek' });
    expect(cancelled.status).toBe(200);
    order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente)).body;
    expect(order.budget).toEqual({ budget: 2, reserved: 0, consumed: 0, available: 2 });
    expect(order.ledger.map((e) => [e.kind, e.credits, e.availableAfter])).toEqual([
      ['budget', 10 / 2, 5],
      ['reserve', -2, 3],
      ['amend', -3, 0],
      ['release', 2, 2],
    ]);
    // The ledger is append-only: the database refuses to change history.
    await expect(sql(`UPDATE ledger_entry SET credits = 99 WHERE order_id = $1`, [o.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`DELETE FROM ledger_entry WHERE order_id = $1`, [o.id])).rejects.toThrow(/append-only/);
    // And the order's counters cannot go negative, even by hand.
    await expect(
      t.fixture(
        `INSERT INTO ledger_entry (order_id, kind, credits, request_id, offer_type) VALUES ($1, 'reserve', 3, $2, 'voorlichting')`,
        [o.id, r.id],
      ),
    ).rejects.toThrow(/ck_package_order_available/);
  });

  it('refuses a request the package cannot cover with 409 “onvoldoende budget”, and enforces quotas the same way', async () => {
    const o = await activeOrder({ budgetCredits: 3, quotas: { voorlichting: 2 } });
    const first = await t.http().post('/api/requests').set('Authorization', domstad).send(oneClass(o.id));
    expect(first.status).toBe(201);
    const tooMany = await t
      .http()
      .post('/api/requests')
      .set('Authorization', domstad)
      .send(onlineSafetyRequest(onlineSafety, { funding: 'package', packageOrderId: o.id }));
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.message).toBe(
      'het quotum voor voorlichting is op: nog 1 van 2 credits over, deze aanvraag vraagt er 2',
    );
    const options = (
      await t
        .http()
        .get(`/api/schools/${first.body.school.id}/funding-options?offerId=${onlineSafety}&sessions=2`)
        .set('Authorization', domstad)
    ).body;
    expect(options.find((x: { orderId: string }) => x.orderId === o.id)).toMatchObject({
      covers: false,
      needed: 2,
      available: 1,
      reason: expect.stringContaining('het quotum voor voorlichting is op'),
    });
    const o2 = await activeOrder({ budgetCredits: 1 });
    const broke = await t
      .http()
      .post('/api/requests')
      .set('Authorization', domstad)
      .send(onlineSafetyRequest(onlineSafety, { funding: 'package', packageOrderId: o2.id }));
    expect(broke.status).toBe(409);
    expect(broke.body.message).toBe('onvoldoende budget: nog 1 credit over, deze aanvraag vraagt er 2');
    // Nothing of the refused request was stored.
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM booking_request WHERE package_order_id = $1`, [o2.id]);
    expect(n).toBe(0);
  });

  it('lets only eligible schools draw on a package (403 with the reason)', async () => {
    const vechtoeverId = schools.find((s) => s.name.includes('Vechtoever'))?.id as string;
    const domstadId = schools.find((s) => s.name.includes('Domstad'))?.id as string;
    const onlyDomstad = await activeOrder({ allSchools: false, schoolIds: [domstadId] });
    const notListed = await t
      .http()
      .post('/api/requests')
      .set('Authorization', vechtoever)
      .send(oneClass(onlyDomstad.id, '8A', 'po-7-8'));
    expect(notListed.status).toBe(403);
    expect(notListed.body.message).toBe('uw school hoort niet bij de scholen die de gemeente voor dit pakket koos');
    expect(
      (
        await t
          .http()
          .get(`/api/schools/${vechtoeverId}/funding-options?offerId=${onlineSafety}`)
          .set('Authorization', vechtoever)
      ).body.map((x: { orderId: string }) => x.orderId),
    ).not.toContain(onlyDomstad.id);

    const amsterdam = await t.bearer('contact@amstellyceum.school.example');
    const otherTown = await t
      .http()
      .post('/api/requests')
      .set('Authorization', amsterdam)
      .send(oneClass(onlyDomstad.id));
    expect(otherTown.status).toBe(403);
    expect(otherTown.body.message).toContain('van een andere gemeente');

    const jrb = (await offerByCode(t, domstad, 'halt-jrb-combinatie')).id;
    const notInPackage = await t
      .http()
      .post('/api/requests')
      .set('Authorization', domstad)
      .send({ ...oneClass(onlyDomstad.id), offerId: jrb });
    expect([400, 403]).toContain(notInPackage.status);
  });

  it('keeps gemeenten apart: another gemeente neither lists nor reads the order', async () => {
    const o = await activeOrder();
    const amsterdam = await t.bearer('beleid@amsterdam.gemeente.example');
    expect((await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', amsterdam)).status).toBe(404);
    const theirs = (await t.http().get('/api/package-orders').set('Authorization', amsterdam)).body;
    expect(theirs).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 50,
      counted: 0,
      totals: { budget: 0, reserved: 0, consumed: 0, available: 0 },
    });
    expect((await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', domstad)).status).toBe(403);
    const admins = (await t.http().get('/api/package-orders?year=2027').set('Authorization', admin))
      .body as PackageOrderPageDto;
    expect(admins.items.map((x) => x.id)).toContain(o.id);
    // The totals are over every order found that counts, not over the page: a page of one says the same.
    const counting = admins.items.filter((x) => x.status !== 'draft' && x.status !== 'cancelled');
    const sum = (k: keyof PackageOrderPageDto['totals']) => counting.reduce((n, x) => n + x.budget[k], 0);
    expect([admins.counted, admins.totals]).toEqual([
      counting.length,
      { budget: sum('budget'), reserved: sum('reserved'), consumed: sum('consumed'), available: sum('available') },
    ]);
    const one = (await t.http().get('/api/package-orders?year=2027&pageSize=1').set('Authorization', admin)).body;
    expect([one.items.length, one.total, one.counted, one.totals]).toEqual([
      1,
      admins.total,
      admins.counted,
      admins.totals,
    ]);
  });

  it('with approval required: the request waits, the gemeente approves, it is planned and delivered, and its reservation becomes consumption', async () => {
    const o = await activeOrder({ requiresApproval: true });
    const r = (await t.http().post('/api/requests').set('Authorization', domstad).send(oneClass(o.id)))
      .body as BookingRequestDto;
    expect(r.status).toBe('awaiting_approval');
    const planner = await t.bearer('planner.midden@halt.example');
    const early = await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-03', time: '09:00' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('wacht nog op goedkeuring van de gemeente');

    const inbox = (await t.http().get('/api/requests?status=awaiting_approval').set('Authorization', gemeente)).body
      .items;
    expect(inbox.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await t.http().post(`/api/requests/${r.id}/approve`).set('Authorization', domstad)).status).toBe(403);
    const approved = await t.http().post(`/api/requests/${r.id}/approve`).set('Authorization', gemeente);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const planned = await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-03', time: '09:00' });
    expect(planned.status).toBe(200);
    expect(planned.body.status).toBe('planned');
    const future = await t
      .http()
      .post(`/api/sessions/${r.sessions[0].id}/deliver`)
      .set('Authorization', planner)
      .send({ pupilsReached: 24 });
    expect(future.status).toBe(409);
    expect(future.body.message).toBe('Deze sessie heeft nog niet plaatsgevonden');
    // Time passes (the demo clock, outside production): the lesson has taken place.
    const clock = await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 70 });
    expect(clock.body.today).toBe('2026-11-10');
    expect((await t.http().put('/api/demo/clock').set('Authorization', gemeente).send({ offsetDays: 70 })).status).toBe(
      403,
    );
    const delivered = await t
      .http()
      .post(`/api/sessions/${r.sessions[0].id}/deliver`)
      .set('Authorization', planner)
      .send({ pupilsReached: 24 });
    expect(delivered.status).toBe(200);
    expect(delivered.body.status).toBe('delivered');
    await t.http().put('/api/demo/clock').set('Authorization', admin).send({ offsetDays: 0 });
    const order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente))
      .body as PackageOrderDto;
    expect(order.budget).toEqual({ budget: 10, reserved: 0, consumed: 1, available: 9 });
    const results = (await t.http().get('/api/package-orders/results?year=2027').set('Authorization', gemeente)).body;
    expect(results.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          schoolName: 'Stadscollege Domstad',
          offerTitle: 'Online veiligheid',
          sessionsDelivered: 1,
          pupilsReached: 24,
        }),
      ]),
    );
    const csv = await t.http().get('/api/package-orders/results.csv?year=2027').set('Authorization', gemeente);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('Stadscollege Domstad,Online veiligheid,voorlichting');
  });

  it('rejecting a funded request (reason required) releases its credits and cancels its sessions', async () => {
    const o = await activeOrder({ requiresApproval: true });
    const r = (await t.http().post('/api/requests').set('Authorization', domstad).send(oneClass(o.id, '2C')))
      .body as BookingRequestDto;
    expect((await t.http().post(`/api/requests/${r.id}/reject`).set('Authorization', gemeente).send({})).status).toBe(
      400,
    );
    const rejected = await t
      .http()
      .post(`/api/requests/${r.id}/reject`)
      .set('Authorization', gemeente)
      .send({ reason: 'Valt buiten het beleid' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.sessions.map((s: { status: string }) => s.status)).toEqual(['cancelled']);
    const order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente))
      .body as PackageOrderDto;
    expect(order.budget.available).toBe(10);
  });

  it('50 simultaneous funded submissions against credits for exactly 10: 10 succeed, 40 get 409 “onvoldoende budget”', async () => {
    const o = await activeOrder({ budgetCredits: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t
          .http()
          .post('/api/requests')
          .set('Authorization', i % 2 ? domstad : vechtoever)
          .set('Idempotency-Key', `concurrent-${i}-${o.id}`)
          .send(oneClass(o.id, `K${i}`, i % 2 ? 'vo-1-2' : 'po-7-8')),
      ),
    );
    const statuses = results.map((r) => r.status);
    const odd = results.filter((r) => r.status !== 201 && r.status !== 409);
    expect(odd.map((r) => [r.status, r.body.message])).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.message).toMatch(/^onvoldoende budget/);
    const [sum] = await sql(
      `SELECT sum(CASE kind WHEN 'budget' THEN credits WHEN 'amend' THEN credits ELSE 0 END)::int AS budget,
              sum(CASE kind WHEN 'reserve' THEN credits ELSE 0 END)::int AS reserved,
              count(*) FILTER (WHERE kind = 'reserve')::int AS reservations
         FROM ledger_entry WHERE order_id = $1`,
      [o.id],
    );
    expect(sum).toEqual({ budget: 10, reserved: 10, reservations: 10 });
    const order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente))
      .body as PackageOrderDto;
    expect(order.budget).toEqual({ budget: 10, reserved: 10, consumed: 0, available: 0 });
  });

  it('reserves a credit for a class added to a funded request, or answers 409 “onvoldoende budget” and adds nothing', async () => {
    const o = await activeOrder({ budgetCredits: 3 });
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send({
          ...oneClass(o.id),
          groups: [
            { name: '2A', level: 'vo-1-2', pupilCount: 25 },
            { name: '2B', level: 'vo-1-2', pupilCount: 25 },
          ],
        })
    ).body as BookingRequestDto;
    const budget = async () =>
      ((await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente)).body as PackageOrderDto)
        .budget;
    expect(await budget()).toEqual({ budget: 3, reserved: 2, consumed: 0, available: 1 });
    const add = (name: string) =>
      t
        .http()
        .post(`/api/requests/${r.id}/groups`)
        .set('Authorization', domstad)
        .send({ name, level: 'vo-1-2', pupilCount: 20 });

    const third = await add('2C');
    expect(third.status).toBe(201);
    expect((third.body as BookingRequestDto).sessions).toHaveLength(3);
    expect(await budget()).toEqual({ budget: 3, reserved: 3, consumed: 0, available: 0 });
    const [req] = await sql(`SELECT package_credits FROM booking_request WHERE id = $1`, [r.id]);
    expect(req.package_credits).toBe(3);

    const rows = async () =>
      (
        await sql(
          `SELECT (SELECT count(*) FROM booking_group WHERE request_id = $1)::int AS groups,
                  (SELECT count(*) FROM session WHERE request_id = $1)::int AS sessions,
                  (SELECT count(*) FROM ledger_entry WHERE order_id = $2)::int AS entries`,
          [r.id, o.id],
        )
      )[0];
    const before = await rows();
    const fourth = await add('2D');
    expect(fourth.status).toBe(409);
    expect(fourth.body.message).toMatch(/^onvoldoende budget/);
    expect(await rows()).toEqual(before);
    expect(await budget()).toEqual({ budget: 3, reserved: 3, consumed: 0, available: 0 });
  });

  it('releases the credit of one session cancelled in time; the last session is cancelled with its request', async () => {
    const o = await activeOrder({ budgetCredits: 5 });
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', domstad)
        .send({
          ...oneClass(o.id),
          groups: [
            { name: '3A', level: 'vo-1-2', pupilCount: 25 },
            { name: '3B', level: 'vo-1-2', pupilCount: 25 },
          ],
        })
    ).body as BookingRequestDto;
    const cancel = (sessionId: string) =>
      t
        .http()
        .post(`/api/requests/${r.id}/sessions/${sessionId}/cancel`)
        .set('Authorization', domstad)
        .send({ reason: 'Klas 3B gaat op excursie' });
    const one = await cancel(r.sessions[1].id);
    expect(one.status).toBe(200);
    expect((one.body as BookingRequestDto).sessions.map((x) => x.status)).toEqual(['open', 'cancelled']);
    expect((one.body as BookingRequestDto).status).toBe('submitted');
    const order = (await t.http().get(`/api/package-orders/${o.id}`).set('Authorization', gemeente))
      .body as PackageOrderDto;
    expect(order.budget).toEqual({ budget: 5, reserved: 1, consumed: 0, available: 4 });
    const last = await cancel(r.sessions[0].id);
    expect(last.status).toBe(409);
    expect(last.body.message).toBe('Dit is de laatste sessie van de aanvraag: annuleer dan de hele aanvraag');
    expect((await cancel(r.sessions[1].id)).status).toBe(409); // already cancelled
  });
});
