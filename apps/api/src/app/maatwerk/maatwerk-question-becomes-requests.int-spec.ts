import type { BookingRequestDto, BookingRequestSummaryDto, MaatwerkQuestionDto, Page } from '@halt/contracts';
import { QueueRegistry, QUEUES } from '@halt/api/queue';
import { ReminderDeliveryService, ReminderRelay } from '@halt/api/reminders';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, TODAY } from '../booking/request-fixtures';

const question = {
  title: 'Overlast rond het winkelcentrum',
  situation: 'Groepjes jongeren van 12 tot 14 jaar zorgen na school voor overlast en vernielingen.',
  levels: ['vo-1-2'],
  ages: '12–14 jaar',
  groupCount: 2,
  participantCount: 50,
  urgency: 'within_month',
  preferredFrom: '2026-10-05',
  preferredTo: '2026-12-18',
  contact: { name: 'Sanne de Wit', email: 'jeugd@utrecht.gemeente.example' },
};
const customLine = {
  kind: 'custom',
  title: 'Groepsgesprek over overlast',
  description: 'Twee gesprekken met de groep, samen met de wijkagent.',
  durationMinutes: 60,
  sessionCount: 2,
  level: 'vo-1-2',
  priceUnit: 'euro',
  price: 45000,
};

describe('a maatwerk question becomes requests with sessions', () => {
  let t: TestApi;
  let gemeente: string;
  let planner: string;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    planner = await t.bearer('planner.midden@halt.example');
  });
  afterAll(() => t.close());

  const post = async (path: string, auth: string, body: object = {}) =>
    t.http().post(`/api/maatwerk-questions${path}`).set('Authorization', auth).send(body);
  const submit = async (auth = gemeente) => {
    const res = await post('', auth, question);
    expect(res.status).toBe(201);
    return res.body as MaatwerkQuestionDto;
  };
  const intake = { startsAt: '2026-09-10T08:00:00.000Z', mode: 'online', link: 'https://meet.halt.example/mw' };

  it('writes the state, its transition, the outbox event and the audit record in one transaction', async () => {
    const q = await submit();
    expect(q).toMatchObject({
      status: 'submitted',
      requester: { kind: 'gemeente', name: 'Utrecht' },
      groupCount: 2,
      participantCount: 50,
      allowedActions: ['withdraw'],
    });
    expect(q.reference).toMatch(/^MW-2026-\d{6}$/);
    expect(q.timeline.map((x) => [x.from, x.to, x.event])).toEqual([[null, 'submitted', 'submit']]);
    const planned = (await post(`/${q.id}/intake`, planner, intake)).body as MaatwerkQuestionDto;
    expect(planned.status).toBe('intake_planned');
    const [row] = await sql(
      `SELECT q.xmin::text AS q, t.xmin::text AS t, o.xmin::text AS o, a.xmin::text AS a
         FROM maatwerk_question q
         JOIN maatwerk_transition t ON t.question_id = q.id AND t.event = 'plan_intake'
         JOIN outbox_event o ON o.topic = 'maatwerk.changed' AND o.aggregate_id = t.id
         JOIN audit_event a ON a.entity = 'MaatwerkQuestion' AND a.entity_id = q.id::text AND a.action = 'update'
        WHERE q.id = $1`,
      [q.id],
    );
    expect(row).toBeDefined();
    expect(new Set([row.q, row.t, row.o, row.a]).size).toBe(1);
  });

  it('refuses a proposal before the intake with a 409 naming the state, and writes nothing', async () => {
    const q = await submit();
    const before = await sql(`SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'maatwerk.changed'`);
    const res = await post(`/${q.id}/proposal`, planner, { lines: [customLine] });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      'Deze actie kan niet: de maatwerkvraag is ingediend. Mogelijk: intake plannen, intrekken.',
    );
    expect(await sql(`SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'maatwerk.changed'`)).toEqual(before);
    expect(await sql(`SELECT count(*)::int AS n FROM maatwerk_proposal_line WHERE question_id = $1`, [q.id])).toEqual([
      { n: 0 },
    ]);
    const bad = await post(`/${q.id}/intake`, planner, { startsAt: '2026-09-10T08:00:00Z', mode: 'online' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'link', message: 'vul de link van het online gesprek in' }]);
  });

  it('shows a question only to its own organisation and the planners of its region', async () => {
    const q = await submit();
    const status = async (email: string, path = '') =>
      (
        await t
          .http()
          .get(`/api/maatwerk-questions/${q.id}${path}`)
          .set('Authorization', await t.bearer(email))
      ).status;
    expect(await status('beleid@utrecht.gemeente.example')).toBe(200);
    expect(await status('planner.midden@halt.example')).toBe(200);
    expect(await status('beheer@halt.example')).toBe(200);
    expect(await status('contact@domstad.school.example')).toBe(404); // a school in the same gemeente
    expect(await status('beleid@amsterdam.gemeente.example')).toBe(404);
    expect(await status('planner.noord@halt.example')).toBe(404);
    expect(await status('lotte.visser@halt.example')).toBe(403); // staff
    const other = await t.bearer('beleid@amsterdam.gemeente.example');
    expect((await t.http().get('/api/maatwerk-questions').set('Authorization', other)).body.total).toBe(0);
    const noord = await t.bearer('planner.noord@halt.example');
    expect((await post(`/${q.id}/intake`, noord, intake)).status).toBe(404);
    expect((await post(`/${q.id}/withdraw`, other)).status).toBe(404);
    expect((await post(`/${q.id}/intake`, gemeente, intake)).status).toBe(403);
    expect((await post(`/${q.id}/accept`, planner)).status).toBe(403);
    const mine = (await t.http().get('/api/maatwerk-questions').set('Authorization', planner)).body as Page<unknown>;
    expect(mine.pageSize).toBe(50);
    expect(mine.total).toBeGreaterThanOrEqual(1);
  });

  it('notifies the gemeente of its intake and queues the reminder a day before, through the outbox', async () => {
    const q = await submit();
    const planned = (await post(`/${q.id}/intake`, planner, intake)).body as MaatwerkQuestionDto;
    const [{ id: transitionId }] = await sql(
      `SELECT id FROM maatwerk_transition WHERE question_id = $1 AND event = 'plan_intake'`,
      [q.id],
    );
    await t.api.app.get(ReminderRelay).relayAll();
    const queue = t.api.app.get(QueueRegistry).queue(QUEUES.reminders);
    expect(await queue.getJob(`maatwerk-notice-${transitionId}`)).toBeDefined();
    const reminder = await queue.getJob(`maatwerk-intake-${q.id}-v1`);
    expect(reminder?.data).toEqual({ maatwerkQuestionId: q.id, intakeVersion: 1 });
    expect(planned.intake).toMatchObject({ mode: 'online', link: 'https://meet.halt.example/mw' });

    const delivery = t.api.app.get(ReminderDeliveryService);
    expect(
      await delivery.maatwerkMessage(`maatwerk-notice-${transitionId}`, { maatwerkTransitionId: transitionId }),
    ).toEqual(expect.objectContaining({ outcome: 'sent' }));
    const bell = (await t.http().get('/api/notifications').set('Authorization', gemeente)).body;
    expect(bell.items.map((n: { title: string; link: string }) => [n.title, n.link])).toContainEqual([
      `Intakegesprek gepland: ${q.reference} ${q.title}`,
      `/gemeente/maatwerk/${q.id}`,
    ]);
    // Moving the intake replaces the reminder: the old version sends nothing.
    await post(`/${q.id}/intake`, planner, {
      startsAt: '2026-09-11T08:00:00Z',
      mode: 'location',
      place: 'Stadskantoor',
    });
    await t.api.app.get(ReminderRelay).relayAll();
    expect(await queue.getJob(`maatwerk-intake-${q.id}-v1`)).toBeUndefined();
    expect(await delivery.maatwerkMessage('x', { maatwerkQuestionId: q.id, intakeVersion: 1 })).toMatchObject({
      outcome: 'skipped',
    });
  });

  it('turns an accepted proposal into requests with open sessions in the planner inbox', async () => {
    const q = await submit();
    await post(`/${q.id}/intake`, planner, intake);
    const school = await t.bearer('contact@domstad.school.example');
    const offer = await offerByCode(t, school, 'voorlichting-online-veiligheid');
    const refused = await post(`/${q.id}/proposal`, planner, {
      lines: [
        { ...customLine, kind: 'offer', offerId: offer.id },
        { ...customLine, durationMinutes: 90 },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'lines.0.offerId', message: 'dit aanbod is niet bedoeld voor deze aanvrager' },
      {
        field: 'lines.1.durationMinutes',
        message: 'een maatwerksessie duurt 60 minuten (de duur van het aanbod Maatwerk)',
      },
    ]);
    const sent = (
      await post(`/${q.id}/proposal`, planner, {
        note: 'Na ons gesprek',
        lines: [
          customLine,
          { ...customLine, title: 'Ouders en buurt', sessionCount: 1, priceUnit: 'credits', price: 3 },
        ],
      })
    ).body as MaatwerkQuestionDto;
    expect(sent.status).toBe('proposal_sent');
    expect(sent.proposal).toMatchObject({ totalCredits: 3, totalEuroCents: 45000, note: 'Na ons gesprek' });
    expect(sent.allowedActions).toEqual([]); // the advisor's view: the decision is the gemeente's
    const mine = (await t.http().get(`/api/maatwerk-questions/${q.id}`).set('Authorization', gemeente)).body;
    expect(mine.allowedActions).toEqual(['accept', 'decline', 'withdraw']);

    const acceptRes = await post(`/${q.id}/accept`, gemeente, { reason: 'Akkoord' });
    expect(acceptRes.body.errors ?? acceptRes.body.message).toBeUndefined();
    const accepted = acceptRes.body as MaatwerkQuestionDto;
    expect(accepted.status).toBe('accepted');
    expect(accepted.timeline.map((x) => x.event)).toEqual(['submit', 'plan_intake', 'send_proposal', 'accept']);
    const ids = (accepted.proposal?.lines ?? []).map((l) => l.requestId);
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);

    const inbox = (await t.http().get('/api/requests?pageSize=50').set('Authorization', planner))
      .body as Page<BookingRequestSummaryDto>;
    expect(inbox.items.filter((r) => ids.includes(r.id)).map((r) => [r.status, r.sessionsTotal])).toEqual(
      expect.arrayContaining([
        ['submitted', 2],
        ['submitted', 1],
      ]),
    );
    const request = (await t.http().get(`/api/requests/${ids[0]}`).set('Authorization', planner))
      .body as BookingRequestDto;
    expect(request.offer.title).toBe('Maatwerk');
    expect(request.sessions.map((s) => [s.status, s.durationMinutes])).toEqual([
      ['open', 60],
      ['open', 60],
    ]);
    expect((await post(`/${q.id}/decline`, gemeente)).status).toBe(409);
  });

  it('lets the requester decline with a reason, or withdraw', async () => {
    const a = await submit();
    await post(`/${a.id}/intake`, planner, intake);
    await post(`/${a.id}/proposal`, planner, { lines: [customLine] });
    const declined = (await post(`/${a.id}/decline`, gemeente, { reason: 'Te duur' })).body as MaatwerkQuestionDto;
    expect([declined.status, declined.decisionReason, declined.timeline.at(-1)?.reason]).toEqual([
      'declined',
      'Te duur',
      'Te duur',
    ]);
    const b = await submit();
    expect(((await post(`/${b.id}/withdraw`, gemeente)).body as MaatwerkQuestionDto).status).toBe('withdrawn');
  });
});
