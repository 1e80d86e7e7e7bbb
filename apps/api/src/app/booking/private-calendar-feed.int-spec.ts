import type { BookingRequestDto, CalendarFeedDto } from '@halt/contracts';
import ICAL from 'ical.js';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

describe('a school’s private calendar feed', () => {
  let t: TestApi;
  let school: string;
  let schoolId: string;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    const s = await t.login('contact@domstad.school.example');
    school = `Bearer ${s.accessToken}`;
    schoolId = s.user.organisation.id!;
    const offer = await offerByCode(t, school, 'voorlichting-groepsdruk');
    const r = (await t.http().post('/api/requests').set('Authorization', school).send(onlineSafetyRequest(offer.id)))
      .body as BookingRequestDto;
    const planner = await t.bearer('planner.midden@halt.example');
    await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2026-11-02', time: '09:00' });
  });
  afterAll(() => t.close());

  it('serves planned sessions to anyone with the secret URL until the school revokes it', async () => {
    expect((await t.http().get(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', school)).body).toEqual({
      active: false,
      createdAt: null,
    });
    const made = await t.http().post(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', school);
    expect(made.status).toBe(201);
    const feed = made.body as CalendarFeedDto;
    const path = new URL(feed.url!).pathname;
    expect(path).toMatch(/^\/api\/public\/calendar-feeds\/[A-Za-z0-9_-]{32}\.ics$/);

    const res = await t.http().get(path); // no Authorization: calendar apps cannot sign in
    expect(res.status).toBe(200);
    // The one API answer a client may keep a while (calendar apps poll); every other one is `no-store`.
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(made.headers['cache-control']).toBe('no-store');
    const cal = new ICAL.Component(ICAL.parse(res.text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Halt: Groepsdruk (1A)', '2026-11-02T08:00:00.000Z'],
    ]);
    expect(
      (await t.http().get(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', school)).body.active,
    ).toBe(true);

    // A new URL revokes the old one; revoking ends the new one.
    const renewed = (await t.http().post(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', school))
      .body as CalendarFeedDto;
    expect((await t.http().get(path)).status).toBe(404);
    const newPath = new URL(renewed.url!).pathname;
    expect((await t.http().get(newPath)).status).toBe(200);
    expect((await t.http().delete(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', school)).status).toBe(
      204,
    );
    expect((await t.http().get(newPath)).status).toBe(404);
    expect((await t.http().get('/api/public/calendar-feeds/not-a-token.ics')).status).toBe(404);
  });

  it('lets only the school itself (or an admin) make or revoke its feed', async () => {
    const gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    expect((await t.http().post(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', gemeente)).status).toBe(
      403,
    );
    const other = await t.bearer('contact@vechtoever.school.example');
    expect((await t.http().post(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', other)).status).toBe(
      404,
    );
    expect((await t.http().delete(`/api/schools/${schoolId}/calendar-feed`).set('Authorization', other)).status).toBe(
      404,
    );
  });
});
