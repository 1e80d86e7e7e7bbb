import type { BookingRequestDto, CalendarFeedDto, StaffMemberDto } from '@halt/contracts';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/** A specialist's private calendar feed of their own sessions: like the schools' — secret once, hashed, renewable, revocable. */
describe('a specialist’s private calendar feed', () => {
  let t: TestApi;
  let lotte: string;
  let iris: string;
  let planner: string;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    lotte = await t.bearer('lotte.visser@halt.example');
    iris = await t.bearer('iris.mulder@halt.example');
    planner = await t.bearer('planner.midden@halt.example');
    const school = await t.bearer('contact@domstad.school.example');
    const offer = await offerByCode(t, school, 'voorlichting-groepsdruk');
    const r = (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offer.id)))
      .body as BookingRequestDto;
    const staff = (await t.http().get('/api/staff').set('Authorization', planner)).body.items as StaffMemberDto[];
    const lotteId = staff.find((s) => s.name === 'Lotte Visser')?.id;
    // Lotte gives 1A on Monday 2 November; 1B (Tuesday) has someone else, so it is not in her feed.
    for (const [s, date, who] of [
      [r.sessions[0], '2026-11-02', lotteId],
      [r.sessions[1], '2026-11-03', staff.find((x) => x.name === 'Bram Jansen')?.id],
    ] as const) {
      expect(
        (await t.http().patch(`/api/sessions/${s.id}/plan`).set('Authorization', planner).send({ date, time: '09:00' }))
          .status,
      ).toBe(200);
      expect(
        (
          await t
            .http()
            .put(`/api/sessions/${s.id}/staff`)
            .set('Authorization', planner)
            .send({ staffIds: [who] })
        ).status,
      ).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('serves the specialist’s own sessions as valid iCalendar to anyone with the secret URL, until revoked', async () => {
    expect((await t.http().get('/api/staff/me/calendar-feed').set('Authorization', lotte)).body).toEqual({
      active: false,
      createdAt: null,
    });
    const made = await t.http().post('/api/staff/me/calendar-feed').set('Authorization', lotte);
    expect(made.status).toBe(201);
    const feed = made.body as CalendarFeedDto;
    const path = new URL(feed.url!).pathname;
    const secret = /([A-Za-z0-9_-]{32})\.ics$/.exec(path)?.[1];
    expect(secret).toBeDefined();
    // Stored only as its hash.
    const [stored] = await sql(
      `SELECT token_hash FROM calendar_feed WHERE staff_id IS NOT NULL AND revoked_at IS NULL`,
    );
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await sql(`SELECT * FROM calendar_feed`))).not.toContain(secret);
    // The URL is shown once: reading the status again does not give it.
    const status = (await t.http().get('/api/staff/me/calendar-feed').set('Authorization', lotte)).body;
    expect(status).toEqual({ active: true, createdAt: feed.createdAt });

    const res = await t.http().get(path); // no Authorization: calendar apps cannot sign in
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(res.text));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Halt – Lotte Visser');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]),
    ).toEqual([['Halt: Groepsdruk (1A)', '2026-11-02T08:00:00.000Z', expect.any(String)]]);
    expect(events[0].uid).toMatch(/^sessie-.+@halt-preventieportaal$/);

    // Renewing stops the old URL; revoking stops the new one.
    const renewed = (await t.http().post('/api/staff/me/calendar-feed').set('Authorization', lotte))
      .body as CalendarFeedDto;
    expect((await t.http().get(path)).status).toBe(404);
    const newPath = new URL(renewed.url!).pathname;
    expect((await t.http().get(newPath)).status).toBe(200);
    expect((await t.http().delete('/api/staff/me/calendar-feed').set('Authorization', lotte)).status).toBe(204);
    expect((await t.http().get(newPath)).status).toBe(404);
    expect((await t.http().get('/api/staff/me/calendar-feed').set('Authorization', lotte)).body.active).toBe(false);
  });

  it('is each specialist’s own: others do not see it, and only specialists have one', async () => {
    const lottes = (await t.http().post('/api/staff/me/calendar-feed').set('Authorization', lotte))
      .body as CalendarFeedDto;
    // Iris has her own (empty) feed, and revoking hers leaves Lotte's.
    const irises = (await t.http().post('/api/staff/me/calendar-feed').set('Authorization', iris))
      .body as CalendarFeedDto;
    const irisCal = new ICAL.Component(ICAL.parse((await t.http().get(new URL(irises.url!).pathname)).text));
    expect(irisCal.getAllSubcomponents('vevent')).toEqual([]);
    expect((await t.http().delete('/api/staff/me/calendar-feed').set('Authorization', iris)).status).toBe(204);
    expect((await t.http().get(new URL(lottes.url!).pathname)).status).toBe(200);
    expect((await t.http().post('/api/staff/me/calendar-feed').set('Authorization', planner)).status).toBe(403);
    expect((await t.http().get('/api/staff/me/calendar-feed')).status).toBe(401);
  });
});
