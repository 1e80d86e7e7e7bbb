import type { BookingRequestDto } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

/** Free cancellation until FREE_CANCELLATION_DAYS before a planned session; later ones are marked late. */
describe('cancellation policy', () => {
  let t: TestApi;
  let school: string;
  let planner: string;
  let offerId: string;
  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY, FREE_CANCELLATION_DAYS: '30', LEAD_SCHOOL_DAYS: '5' });
    school = await t.bearer('contact@domstad.school.example');
    planner = await t.bearer('planner.midden@halt.example');
    offerId = (await offerByCode(t, school, 'voorlichting-pesten')).id;
  });
  afterAll(() => t.close());

  const request = async (from: string, to: string, planOn: string) => {
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(offerId, {
            groups: [{ name: '2A', level: 'vo-1-2', pupilCount: 25 }],
            windows: [{ from, to, weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
          }),
        )
    ).body as BookingRequestDto;
    const planned = await t
      .http()
      .patch(`/api/sessions/${r.sessions[0].id}/plan`)
      .set('Authorization', planner)
      .send({ date: planOn, time: '10:00' });
    expect(planned.status).toBe(200);
    return r.id;
  };

  it('honours the configured lead time (5 school days from Tuesday 1 September)', async () => {
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offerId, {
          windows: [{ from: '2026-09-07', to: '2026-09-07', weekdays: [1], earliest: '08:30', latest: '16:00' }],
        }),
      );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/5 schooldagen vooruit/);
  });

  it('marks a cancellation late within 30 days of the session and free before that', async () => {
    const soon = await request('2026-09-14', '2026-09-25', '2026-09-21'); // 20 days ahead
    const late = await t
      .http()
      .post(`/api/requests/${soon}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Ziekte docent' });
    expect(late.body).toMatchObject({ status: 'cancelled', lateCancellation: true });

    const later = await request('2026-11-02', '2026-11-13', '2026-11-10'); // 70 days ahead
    const free = await t
      .http()
      .post(`/api/requests/${later}/cancel`)
      .set('Authorization', school)
      .send({ reason: 'Andere planning' });
    expect(free.body).toMatchObject({ status: 'cancelled', lateCancellation: false });
  });
});
