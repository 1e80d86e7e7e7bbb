import type { BookingRequestDto } from '@halt/contracts';
import ICAL from 'ical.js';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { method: cal.getFirstPropertyValue('method'), events, vevents: cal.getAllSubcomponents('vevent') };
}

describe('planning a session by hand and its calendar file', () => {
  let t: TestApi;
  let school: string;
  let planner: string;
  let request: BookingRequestDto;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    school = await t.bearer('contact@domstad.school.example'); // Utrecht, midden; herfst 17–25 Oct 2026
    planner = await t.bearer('planner.midden@halt.example');
    const offer = await offerByCode(t, school, 'voorlichting-online-veiligheid');
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offer.id, {
          windows: [
            { from: '2026-10-19', to: '2026-11-06', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '12:00' },
          ],
        }),
      );
    expect(res.status).toBe(201);
    request = res.body;
  });
  afterAll(() => t.close());

  const plan = (sessionId: string, body: object, auth = planner) =>
    t.http().patch(`/api/sessions/${sessionId}/plan`).set('Authorization', auth).send(body);

  it.each([
    [
      { date: '2026-11-20', time: '09:00' },
      'date',
      'valt buiten de periode van deze sessie (2026-10-19 tot en met 2026-11-06)',
    ],
    [{ date: '2026-10-21', time: '09:00' }, 'date', 'valt in de herfstvakantie (regio midden)'],
    [{ date: '2026-10-31', time: '09:00' }, 'date', 'valt in het weekend'],
    [
      { date: '2026-10-27', time: '15:30' },
      'time',
      'de sessie van 60 minuten moet binnen de schooldag (08:30–16:00) vallen',
    ],
    [
      { date: '2026-10-27', time: '13:00' },
      'date',
      'valt niet binnen de voorkeuren van de school (dag, weekdag of tijden 13:00–14:00)',
    ],
  ])('refuses %j with 400 on %s', async (body, field, message) => {
    const res = await plan(request.sessions[0].id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field, message }]);
  });

  it('plans both classes (the Monday after the October clock change keeps local time), then the request is planned', async () => {
    const first = await plan(request.sessions[0].id, { date: '2026-10-26', time: '09:00' });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('approved');
    expect(first.body.sessions[0]).toMatchObject({
      status: 'planned',
      plannedStart: '2026-10-26T08:00:00.000Z',
      plannedEnd: '2026-10-26T09:00:00.000Z',
    });

    const second = await plan(request.sessions[1].id, { date: '2026-10-26', time: '10:30' });
    expect(second.body.status).toBe('planned');
    expect(second.body.timeline.map((x: { event: string }) => x.event)).toEqual([
      'create',
      'submit',
      'approve',
      'plan',
    ]);

    const mine = await t.http().get(`/api/requests/${request.id}`).set('Authorization', school);
    expect(mine.body.sessions.map((s: { status: string }) => s.status)).toEqual(['planned', 'planned']);
  });

  it('lets only planners of the region (and admins) plan', async () => {
    const body = { date: '2026-10-27', time: '09:00' };
    expect((await plan(request.sessions[0].id, body, school)).status).toBe(403);
    expect((await plan(request.sessions[0].id, body, await t.bearer('beleid@utrecht.gemeente.example'))).status).toBe(
      403,
    );
    expect((await plan(request.sessions[0].id, body, await t.bearer('planner.zuid@halt.example'))).status).toBe(404);
  });

  it('serves a valid .ics with a stable UID, a SEQUENCE that rises on every change and CANCEL for a cancelled session', async () => {
    const id = request.sessions[0].id;
    const ics = async () => {
      const res = await t.http().get(`/api/sessions/${id}/calendar.ics`).set('Authorization', school);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      return parseIcs(res.text);
    };
    const before = await ics();
    expect(before.method).toBe('PUBLISH');
    expect(before.events).toHaveLength(1);
    const event = before.events[0];
    expect(event.uid).toBe(`sessie-${id}@halt-preventieportaal`);
    expect(event.summary).toBe('Halt: Online veiligheid (1A)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(event.location).toContain('Stadscollege Domstad');
    const seq1 = event.sequence;

    await plan(id, { date: '2026-11-03', time: '09:00' }); // moved
    const moved = (await ics()).events[0];
    expect(moved.uid).toBe(event.uid);
    expect(moved.sequence).toBe(seq1 + 1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-11-03T08:00:00.000Z');

    await t
      .http()
      .post(`/api/requests/${request.id}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Toetsweek' });
    const cancelled = await ics();
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.vevents[0].getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.events[0].sequence).toBe(seq1 + 2);

    const other = await t.bearer('contact@vechtoever.school.example');
    expect((await t.http().get(`/api/sessions/${id}/calendar.ics`).set('Authorization', other)).status).toBe(404);
  });

  it('answers 409 for the calendar file of a session without a time', async () => {
    const offer = await offerByCode(t, school, 'voorlichting-pesten');
    const r = (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offer.id)))
      .body as BookingRequestDto;
    const res = await t.http().get(`/api/sessions/${r.sessions[0].id}/calendar.ics`).set('Authorization', school);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Deze sessie heeft nog geen datum en tijd');
  });
});
