import { SchoolCalendarService } from '@halt/api/calendar';
import { ReminderRelay } from '@halt/api/reminders';
import type {
  BookingRequestSummaryDto,
  GemeenteDashboardDto,
  HaltDashboardDto,
  MySessionDto,
  Page,
  PackageResultsDto,
  SchoolDashboardDto,
  TrendSignalsDto,
} from '@halt/contracts';
import {
  BOOKING_REQUEST_STATES,
  buffersFromPrevious,
  instantToZoned,
  PACKAGE_ORDER_STATES,
  SESSION_STATES,
  timeToMinutes,
  travelMinutes,
} from '@halt/domain';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { createApi } from '../bootstrap';
import { DemoActivitySeedService } from './demo-activity-seed.service';
import { demoUsers } from './demo-seed.service';

/** The portal's clock in this test: a school year whose holidays the migrations ship. */
const TODAY = '2026-12-02';
const SCHOOL_YEAR = { from: '2026-08-01', to: '2027-07-31' };

/**
 * `npm start` on an empty database with the lived-in demo: the current school year's activity as of the portal's
 * clock. A second start adds nothing; every lifecycle state is there with the transitions that led to it; the
 * specialists' bookings are what the portal's assignment would store; every order's ledger adds up; the sessions
 * ahead go through the reminders' outbox; and every dashboard and list shows something to the demo users.
 */
describe('lived-in demo seed', () => {
  let t: TestApi;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    t.api.app.get(DataSource).query(text, params);
  const get = async <T>(email: string, path: string): Promise<T> => {
    const res = await t
      .http()
      .get(path)
      .set('Authorization', await t.bearer(email));
    expect(res.status).toBe(200);
    return res.body as T;
  };
  const period = `from=${SCHOOL_YEAR.from}&to=${SCHOOL_YEAR.to}`;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        (
          await sql<{ table_name: string }>(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
          )
        ).map(async ({ table_name }) => [
          table_name,
          (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n,
        ]),
      ),
    );

  beforeAll(async () => {
    t = await startTestApi({ SEED_DEMO_ACTIVITY: 'true', CLOCK_TODAY: TODAY });
  });
  afterAll(() => t?.close());

  it('fills the current school year up to the clock, and a second start changes no row count', async () => {
    const [span] = await sql<{ first: Date; last: Date; reported_later: number }>(
      `SELECT min(planned_start) AS first, max(planned_start) AS last,
              count(*) FILTER (WHERE status IN ('delivered', 'no_show') AND delivered_at > $1)::int AS reported_later
         FROM session`,
      [new Date(`${TODAY}T11:00:00Z`)],
    );
    expect(instantToZoned(span.first).date >= SCHOOL_YEAR.from).toBe(true);
    expect(instantToZoned(span.last).date <= SCHOOL_YEAR.to).toBe(true);
    expect(span.reported_later).toBe(0);

    const before = await counts();
    expect(before['session']).toBeGreaterThan(300);
    const second = await createApi(t.api.config);
    try {
      expect(await second.app.get(DemoActivitySeedService).seed()).toBeNull();
    } finally {
      await second.close();
    }
    expect(await counts()).toEqual(before);
  });

  it('has every state of the lifecycles, each with the transitions that led to it', async () => {
    const requestStates = (await sql<{ status: string }>(`SELECT DISTINCT status FROM booking_request`)).map(
      (r) => r.status,
    );
    expect([...requestStates].sort()).toEqual([...BOOKING_REQUEST_STATES].sort());
    const sessionStates = (await sql<{ status: string }>(`SELECT DISTINCT status FROM session`)).map((r) => r.status);
    expect([...sessionStates].sort()).toEqual([...SESSION_STATES].sort());
    const orderStates = (await sql<{ status: string }>(`SELECT DISTINCT status FROM package_order`)).map(
      (r) => r.status,
    );
    expect(orderStates.every((s) => (PACKAGE_ORDER_STATES as readonly string[]).includes(s))).toBe(true);

    const [wrong] = await sql<{ requests: number; sessions: number; orders: number }>(
      `SELECT (SELECT count(*)::int FROM booking_request r WHERE r.status IS DISTINCT FROM (
                SELECT x.to_state FROM request_transition x WHERE x.request_id = r.id ORDER BY x.at DESC, x.id DESC LIMIT 1)) AS requests,
              (SELECT count(*)::int FROM session s WHERE s.status <> coalesce((
                SELECT x.to_state FROM session_transition x WHERE x.session_id = s.id ORDER BY x.at DESC, x.id DESC LIMIT 1), 'open')) AS sessions,
              (SELECT count(*)::int FROM package_order o WHERE o.status IS DISTINCT FROM (
                SELECT x.to_state FROM package_order_transition x WHERE x.order_id = o.id ORDER BY x.id DESC LIMIT 1)) AS orders`,
    );
    expect(wrong).toEqual({ requests: 0, sessions: 0, orders: 0 });
    const [reported] = await sql<{ unreported: number; no_shows: number }>(
      `SELECT count(*) FILTER (WHERE status = 'delivered' AND (pupils_reached IS NULL OR delivered_on IS NULL))::int AS unreported,
              count(*) FILTER (WHERE status = 'no_show')::int AS no_shows
         FROM session`,
    );
    expect(reported.unreported).toBe(0);
    expect(reported.no_shows).toBeGreaterThan(0);
  });

  it('books no specialist twice, each as the portal would: travel and buffer, skill, region, on a school day', async () => {
    const [overlaps] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM session_assignment a JOIN session_assignment b
          ON a.staff_id = b.staff_id AND a.id < b.id AND a.occupied && b.occupied`,
    );
    expect(overlaps.n).toBe(0);
    const rows = await sql<{
      occupied_ok: boolean;
      staff_id: string;
      buffer: number;
      travel: number;
      home: { lat: number; lon: number };
      school: { lat: number; lon: number };
      skilled: boolean;
      serves: boolean;
      status: string;
      school_id: string;
      start: Date;
      end: Date;
    }>(
      `SELECT a.occupied = tstzrange(s.planned_start - a.buffer_minutes * interval '1 minute', s.planned_end, '[)') AS occupied_ok,
              a.staff_id, a.buffer_minutes AS buffer, a.travel_minutes AS travel, json_build_object('lat', sm.home_latitude, 'lon', sm.home_longitude) AS home,
              json_build_object('lat', sc.latitude, 'lon', sc.longitude) AS school,
              EXISTS (SELECT 1 FROM staff_skill k WHERE k.staff_id = sm.id AND k.skill = s.required_skill) AS skilled,
              EXISTS (SELECT 1 FROM staff_region r WHERE r.staff_id = sm.id AND r.region_id = m.region_id) AS serves,
              s.status, sc.id AS school_id, s.planned_start AS start, s.planned_end AS end
         FROM session_assignment a JOIN session s ON s.id = a.session_id JOIN staff_member sm ON sm.id = a.staff_id
         JOIN booking_request br ON br.id = s.request_id JOIN school sc ON sc.id = br.school_id
         JOIN municipality m ON m.id = sc.municipality_id`,
    );
    expect(rows.length).toBeGreaterThan(300);
    // The buffer before each session is the travel from the specialist's previous session that day.
    const buffers = buffersFromPrevious(
      rows.map((r) => ({ staffId: r.staff_id, start: new Date(r.start), location: r.school })),
      (instant) => instantToZoned(instant).date,
    );
    expect(rows.map((r) => r.buffer)).toEqual(buffers);
    expect(buffers.some((b) => b > 0)).toBe(true);
    for (const r of rows) {
      expect(r).toMatchObject({ occupied_ok: true, skilled: true, serves: true });
      expect(r.travel).toBe(travelMinutes(r.home, r.school));
      expect(['planned', 'confirmed', 'delivered', 'no_show']).toContain(r.status);
    }
    // Every session with a time, assigned or not, on a school day of its school and inside its school day.
    const sessions = await sql<{ school_id: string; start: Date; end: Date }>(
      `SELECT br.school_id, s.planned_start AS start, s.planned_end AS end
         FROM session s JOIN booking_request br ON br.id = s.request_id WHERE s.planned_start IS NOT NULL`,
    );
    const calendars = await t.api.app
      .get(SchoolCalendarService)
      .calendarsFor([...new Set(sessions.map((s) => s.school_id))], SCHOOL_YEAR.from, SCHOOL_YEAR.to);
    for (const s of sessions) {
      const calendar = calendars.get(s.school_id);
      const start = instantToZoned(new Date(s.start));
      const end = instantToZoned(new Date(s.end));
      expect(calendar?.whyNotSchoolDay(start.date)).toBeNull();
      expect(timeToMinutes(start.time)).toBeGreaterThanOrEqual(timeToMinutes(calendar?.hours.start ?? '00:00'));
      expect(timeToMinutes(end.time)).toBeLessThanOrEqual(timeToMinutes(calendar?.hours.end ?? '00:00'));
    }
  });

  it("keeps every order's counters equal to the sum of its ledger", async () => {
    const orders = await sql<{
      budget: number;
      available: number;
      reserved: number;
      consumed: number;
      sum_budget: number;
      sum_reserved: number;
      sum_consumed: number;
    }>(
      `SELECT o.budget_credits AS budget, o.available_credits AS available, o.reserved_credits AS reserved,
              o.consumed_credits AS consumed,
              coalesce(sum(l.credits) FILTER (WHERE l.kind IN ('budget', 'amend')), 0)::int AS sum_budget,
              (coalesce(sum(l.credits) FILTER (WHERE l.kind = 'reserve'), 0)
                - coalesce(sum(l.credits) FILTER (WHERE l.kind IN ('release', 'consume')), 0))::int AS sum_reserved,
              coalesce(sum(l.credits) FILTER (WHERE l.kind = 'consume'), 0)::int AS sum_consumed
         FROM package_order o LEFT JOIN ledger_entry l ON l.order_id = o.id GROUP BY o.id`,
    );
    expect(orders.length).toBeGreaterThan(0);
    for (const o of orders) {
      expect([o.budget, o.reserved, o.consumed]).toEqual([o.sum_budget, o.sum_reserved, o.sum_consumed]);
      expect(o.available).toBe(o.budget - o.reserved - o.consumed);
    }
    const kinds = (await sql<{ kind: string }>(`SELECT DISTINCT kind FROM ledger_entry ORDER BY kind`)).map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(['budget', 'consume', 'release', 'reserve']);
    // What each delivered session consumed is in the ledger, once.
    const [missing] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM session s JOIN booking_request r ON r.id = s.request_id
        WHERE r.funding = 'package' AND s.status IN ('delivered', 'no_show')
          AND (SELECT count(*) FROM ledger_entry l WHERE l.request_id = r.id AND l.kind = 'consume'
                 AND l.reason LIKE 'Sessie ' || s.sequence || ' %') <> 1`,
    );
    expect(missing.n).toBe(0);
  });

  it('schedules the reminders of the sessions ahead through the outbox, and none for sessions that took place', async () => {
    const [outbox] = await sql<{ events: number; past: number }>(
      `SELECT count(*)::int AS events,
              count(*) FILTER (WHERE s.status IN ('delivered', 'no_show') OR s.planned_start <= $1)::int AS past
         FROM outbox_event e JOIN session s ON s.id = e.aggregate_id WHERE e.dispatched_at IS NULL`,
      [new Date(`${TODAY}T11:00:00Z`)],
    );
    expect(outbox.events).toBeGreaterThan(100);
    expect(outbox.past).toBe(0);
    await t.api.app.get(ReminderRelay).relayAll();
    const [jobs] = await sql<{ planned: number; past: number; escalations: number; pending: number }>(
      `SELECT count(DISTINCT j.session_id) FILTER (WHERE s.status IN ('planned', 'confirmed'))::int AS planned,
              count(*) FILTER (WHERE s.status IN ('delivered', 'no_show', 'cancelled'))::int AS past,
              count(*) FILTER (WHERE j.request_id IS NOT NULL)::int AS escalations,
              (SELECT count(*)::int FROM outbox_event WHERE dispatched_at IS NULL) AS pending
         FROM reminder_job j LEFT JOIN session s ON s.id = j.session_id`,
    );
    expect(jobs.planned).toBeGreaterThan(50);
    expect(jobs.past).toBe(0);
    expect(jobs.escalations).toBeGreaterThan(0);
    expect(jobs.pending).toBe(0);
  });

  it('shows something on every dashboard and list of the demo users', async () => {
    const users = demoUsers();
    const halt = await get<HaltDashboardDto>('beheer@halt.example', `/api/dashboards/halt?${period}`);
    expect(halt.totals.sessions).toBeGreaterThan(200);
    expect(halt.totals.responses).toBeGreaterThan(1000);
    expect(halt.perMonth.length).toBeGreaterThanOrEqual(4);
    expect(halt.perRegion).toHaveLength(6);
    expect(halt.unplannedAgeing.reduce((n, b) => n + b.requests, 0)).toBeGreaterThan(20);

    const gemeente = await get<GemeenteDashboardDto>(
      'beleid@amsterdam.gemeente.example',
      `/api/dashboards/gemeente?${period}`,
    );
    expect(gemeente.rows.length).toBeGreaterThan(0);
    expect(gemeente.totals.sessionsDelivered).toBeGreaterThan(0);
    const results = await get<PackageResultsDto>(
      'beleid@amsterdam.gemeente.example',
      '/api/package-orders/results?year=2026',
    );
    expect(results.rows.length).toBeGreaterThan(0);
    expect(results.totals.creditsConsumed).toBeGreaterThan(0);

    for (const school of users.filter((u) => u.role === 'school')) {
      const dashboard = await get<SchoolDashboardDto>(school.email, `/api/dashboards/school?${period}`);
      expect({ school: school.email, delivered: dashboard.sessions.length > 0 }).toEqual({
        school: school.email,
        delivered: true,
      });
    }
    for (const planner of users.filter((u) => u.role === 'planner')) {
      const inbox = await get<Page<BookingRequestSummaryDto>>(planner.email, '/api/requests?status=submitted');
      expect({ planner: planner.email, waiting: inbox.items.length > 0 && inbox.total >= inbox.items.length }).toEqual({
        planner: planner.email,
        waiting: true,
      });
    }
    for (const specialist of users.filter((u) => u.role === 'staff')) {
      const mine = await get<MySessionDto[]>(specialist.email, `/api/staff/me/sessions?${period}`);
      const states = new Set(mine.map((s) => s.status));
      expect({
        specialist: specialist.email,
        delivered: states.has('delivered'),
        ahead: states.has('planned'),
      }).toEqual({
        specialist: specialist.email,
        delivered: true,
        ahead: true,
      });
    }
    const trends = await get<TrendSignalsDto>('beheer@halt.example', `/api/trends?${period}`);
    expect(trends.total).toBeGreaterThan(0);
  });
});
