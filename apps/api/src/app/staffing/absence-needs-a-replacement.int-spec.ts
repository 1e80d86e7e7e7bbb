import type {
  BookingRequestDto,
  BookingRequestSummaryDto,
  CandidatesDto,
  NotificationsDto,
  PlannerTodayDto,
  PlanningRunDto,
  StaffMemberDto,
} from '@halt/contracts';
import { ReminderDeliveryService, ReminderRelay } from '@halt/api/reminders';
import { PlanningRunsService } from '@halt/api/staffing';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { startSmtp, until } from '../../testing/test-smtp';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * Absences have consequences: recording one flags every session ahead it takes the specialist off, tells the
 * region's planners (bell and e-mail), and the planner reassigns with one call — the school's reminders follow.
 */
describe('an absence that takes a specialist off sessions', () => {
  let t: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let planner: string;
  let otherPlanner: string;
  let school: string;
  let lotteAuth: string;
  let offerId: string;
  let lotte: string;
  let bram: string;
  const january = [
    { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
  ];
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay runs by hand here (relayAll), so what is scheduled is exactly what the test looks at.
    t = await startTestApi({ CLOCK_TODAY: TODAY, SMTP_URL: smtp.url });
    planner = await t.bearer('planner.midden@halt.example');
    otherPlanner = await t.bearer('planner.zuid@halt.example');
    school = await t.bearer('contact@domstad.school.example');
    lotteAuth = await t.bearer('lotte.visser@halt.example');
    offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
    const staff = (await t.http().get('/api/staff?pageSize=50').set('Authorization', planner)).body
      .items as StaffMemberDto[];
    lotte = staff.find((s) => s.name === 'Lotte Visser')?.id as string;
    bram = staff.find((s) => s.name === 'Bram Jansen')?.id as string;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const submit = async (contactEmail: string) => {
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offerId, {
          groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 25 }],
          windows: january,
          contact: { name: 'J. de Boer', email: contactEmail },
        }),
      );
    expect(res.status).toBe(201);
    return res.body as BookingRequestDto;
  };
  /** A request with one session, planned at `date` 09:00 with Lotte on it. */
  const lotteOn = async (date: string, contactEmail: string) => {
    const r = await submit(contactEmail);
    const s = r.sessions[0];
    const planned = await t
      .http()
      .patch(`/api/sessions/${s.id}/plan`)
      .set('Authorization', planner)
      .send({ date, time: '09:00' });
    expect([planned.status, planned.body.message]).toEqual([200, undefined]);
    const assigned = await t
      .http()
      .put(`/api/sessions/${s.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [lotte] });
    expect([assigned.status, assigned.body.message]).toEqual([200, undefined]);
    return { requestId: r.id, sessionId: s.id };
  };
  const request = async (id: string) =>
    (await t.http().get(`/api/requests/${id}`).set('Authorization', planner)).body as BookingRequestDto;
  const needingReplacement = async () =>
    (await t.http().get('/api/requests?attention=replacement').set('Authorization', planner)).body
      .items as BookingRequestSummaryDto[];
  const version = async (sessionId: string) =>
    (await sql(`SELECT reminder_version AS v FROM session WHERE id = $1`, [sessionId]))[0].v as number;
  const scheduled = (sessionId: string) =>
    sql(`SELECT job_id, kind, version FROM reminder_job WHERE session_id = $1 AND state = 'scheduled' ORDER BY kind`, [
      sessionId,
    ]) as Promise<{ job_id: string; kind: string; version: number }[]>;
  const relay = () => t.api.app.get(ReminderRelay).relayAll();
  const today = (auth: string) => t.http().get('/api/planner/today').set('Authorization', auth);
  const total = async (query: string) =>
    (await t.http().get(`/api/requests?${query}`).set('Authorization', planner)).body.total as number;

  it('flags the sessions it covers, tells the planners, and one call reassigns; the school’s reminder names the new specialist', async () => {
    const hit = await lotteOn('2027-01-12', 'ziek@domstad.school.example'); // a Tuesday
    const spared = await lotteOn('2027-01-15', 'gezond@domstad.school.example'); // a Friday, after the absence
    await relay();
    const before = await version(hit.sessionId);
    expect((await scheduled(hit.sessionId)).map((j) => j.kind)).toEqual([
      'school_before_14d',
      'school_before_2d',
      'staff_day_before',
    ]);

    // A refused absence writes nothing.
    const refused = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', lotteAuth)
      .send({ kind: 'sick', from: '2027-01-13', to: '2027-01-11' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'to', message: 'moet op of na de begindatum liggen' }]);
    expect((await request(hit.requestId)).sessions[0].staff[0].unavailable).toBe(false);

    // Lotte reports sick for Monday to Wednesday.
    const sick = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', lotteAuth)
      .send({ kind: 'sick', from: '2027-01-11', to: '2027-01-13' });
    expect(sick.status).toBe(201);
    const absenceId = (sick.body as StaffMemberDto).absences[0].id;

    // In the same transaction: the flag, its audit record, the reminders' new version and the planners' event.
    expect((await request(hit.requestId)).sessions[0].staff).toEqual([
      expect.objectContaining({ staffId: lotte, unavailable: true }),
    ]);
    expect((await request(spared.requestId)).sessions[0].staff).toEqual([
      expect.objectContaining({ staffId: lotte, unavailable: false }),
    ]);
    const [trail] = await sql(
      `SELECT actor_email, changed_fields FROM audit_event WHERE entity = 'SessionAssignment' AND action = 'update'
        AND 'absenceId' = ANY(changed_fields) ORDER BY id DESC LIMIT 1`,
    );
    expect(trail.actor_email).toBe('lotte.visser@halt.example');
    expect(await version(hit.sessionId)).toBe(before + 1);
    const [event] = await sql(`SELECT topic FROM outbox_event WHERE aggregate_id = $1`, [absenceId]);
    expect(event).toEqual({ topic: 'staff.absence' });

    // The planner can filter on it; the count is on the request's summary.
    const flagged = await needingReplacement();
    expect(flagged.map((r) => [r.id, r.sessionsNeedingReplacement])).toEqual([[hit.requestId, 1]]);
    // The planner's home counts it, in their regions only (another region's planner: 0; a school: 403).
    expect((await today(planner)).body).toMatchObject({ sessionsNeedingReplacement: 1 });
    expect((await today(otherPlanner)).body).toMatchObject({ sessionsNeedingReplacement: 0, sessionsThisWeek: 0 });
    expect((await today(school)).status).toBe(403);

    // The reminders follow: Lotte is no longer reminded, and the planners' "no specialist" reminder applies.
    await relay();
    const afterFlag = await scheduled(hit.sessionId);
    expect(afterFlag.map((j) => j.kind)).toEqual(['planner_staff_lost', 'school_before_14d', 'school_before_2d']);
    expect(afterFlag.every((j) => j.version === before + 1)).toBe(true);

    // The region's planners are told: an e-mail and the bell.
    const notice = await t.api.app.get(ReminderDeliveryService).absenceNotice(`absence-notice-${absenceId}`, absenceId);
    expect(notice).toEqual({ outcome: 'sent', recipients: expect.any(Number) });
    const mail = smtp.received.find((m) => m.to.includes('planner.midden@halt.example'));
    expect(mail?.subject).toBe('Vervanging nodig: Lotte Visser is ziek (1 sessie(s))');
    const bell = (await t.http().get('/api/notifications').set('Authorization', planner)).body as NotificationsDto;
    expect(bell.items[0]).toMatchObject({
      kind: 'planner_absence_notice',
      link: '/planner/aanvragen?aandacht=vervanging',
      read: false,
    });
    expect(smtp.received.some((m) => m.to.includes('planner.zuid@halt.example'))).toBe(false);
    // And the daily digest counts it.
    await t.api.app.get(ReminderDeliveryService).dailyDigest();
    const digest = await until('the digest', async () =>
      smtp.received.find((m) => m.to.includes('planner.midden@halt.example') && m.subject.startsWith('Dagoverzicht')),
    );
    expect(digest.raw.replace(/=\r?\n/g, '')).toContain('1 sessie(s) wachten op een vervanger');

    // Ranked replacements: Lotte is excluded because of her absence, Bram is among those who can.
    const candidates = await t
      .http()
      .get(`/api/sessions/${hit.sessionId}/candidates?date=2027-01-12&time=09:00`)
      .set('Authorization', planner);
    expect(candidates.status).toBe(200);
    const c = candidates.body as CandidatesDto;
    expect(c.excluded.find((x) => x.staffId === lotte)?.reasons).toEqual([
      'Lotte Visser is afwezig (ziek) van 2027-01-11 t/m 2027-01-13',
    ]);
    expect(c.eligible.map((x) => x.staffId)).toContain(bram);

    // Another region's planner sees none of it.
    expect(
      (
        await t
          .http()
          .get(`/api/sessions/${hit.sessionId}/candidates?date=2027-01-12&time=09:00`)
          .set('Authorization', otherPlanner)
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .put(`/api/sessions/${hit.sessionId}/staff`)
          .set('Authorization', otherPlanner)
          .send({ staffIds: [bram] })
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .post(`/api/staff/${lotte}/absences`)
          .set('Authorization', otherPlanner)
          .send({ kind: 'leave', from: '2027-01-15', to: '2027-01-15' })
      ).status,
    ).toBe(404);
    expect(
      (await t.http().get('/api/requests?attention=replacement').set('Authorization', otherPlanner)).body.total,
    ).toBe(0);

    // One call reassigns: Bram instead of Lotte; the flag goes with her assignment.
    const reassigned = await t
      .http()
      .put(`/api/sessions/${hit.sessionId}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [bram] });
    expect([reassigned.status, reassigned.body.message]).toEqual([200, undefined]);
    expect((reassigned.body as BookingRequestDto).sessions[0].staff).toEqual([
      expect.objectContaining({ staffId: bram, name: 'Bram Jansen', unavailable: false }),
    ]);
    expect(await needingReplacement()).toEqual([]);

    // The school's pending reminder now names Bram.
    await relay();
    const current = await scheduled(hit.sessionId);
    expect(current.map((j) => j.kind)).toEqual(['school_before_14d', 'school_before_2d', 'staff_day_before']);
    const next = current.find((j) => j.kind === 'school_before_2d')!;
    await t.api.app
      .get(ReminderDeliveryService)
      .deliver(next.job_id, { sessionId: hit.sessionId, kind: 'school_before_2d', version: next.version });
    const reminder = await until('the school’s reminder', async () =>
      smtp.received.find((m) => m.to.includes('ziek@domstad.school.example')),
    );
    const text = reminder.raw.replace(/=\r?\n/g, '');
    expect(text).toContain('Van Halt komt: Bram Jansen.');
    expect(text).not.toContain('Lotte Visser');

    // With nothing left to replace, the notice (were it retried) sends nothing.
    expect(await t.api.app.get(ReminderDeliveryService).absenceNotice('absence-notice-again', absenceId)).toEqual({
      outcome: 'skipped',
      reason: 'er is niets meer te vervangen',
    });
  });

  it('a planner records it for the specialist; unassigning puts the session back in the queue; removing the absence clears the flag', async () => {
    const a = await lotteOn('2027-01-18', 'wachtrij@domstad.school.example'); // a Monday
    const b = await lotteOn('2027-01-19', 'terug@domstad.school.example');
    const leave = await t
      .http()
      .post(`/api/staff/${lotte}/absences`)
      .set('Authorization', planner)
      .send({ kind: 'leave', from: '2027-01-18', to: '2027-01-19', note: 'Bruiloft' });
    expect(leave.status).toBe(201);
    const absenceId = (leave.body as StaffMemberDto).absences.find((x) => x.from === '2027-01-18')!.id;
    expect((await needingReplacement()).map((r) => r.id).sort()).toEqual([a.requestId, b.requestId].sort());

    const back = await t.http().delete(`/api/sessions/${a.sessionId}/staff`).set('Authorization', planner);
    expect(back.status).toBe(200);
    expect((back.body as BookingRequestDto).sessions[0]).toMatchObject({ status: 'planned', staff: [] });
    const unstaffed = (await t.http().get('/api/requests?attention=unstaffed').set('Authorization', planner)).body
      .items as BookingRequestSummaryDto[];
    expect(unstaffed.map((r) => r.id)).toContain(a.requestId);

    // The home's counts are the lists they link to: requests counted as requests, sessions as sessions.
    await submit('nieuw@domstad.school.example'); // one more new request
    const counts = (await today(planner)).body as PlannerTodayDto;
    expect(counts.newRequests).toBe(await total('status=submitted'));
    expect(counts.nearWithUnplanned).toBe(await total('attention=unplanned&startsWithinDays=14'));
    expect(counts.sessionsNeedingReplacement).toBe(1); // b, still on Lotte's leave
    const [db] = await sql(
      `SELECT count(*) FILTER (WHERE s.planned_start > $1 AND NOT EXISTS (SELECT 1 FROM session_assignment x WHERE x.session_id = s.id))::int AS unstaffed
         FROM session s WHERE s.status IN ('planned', 'confirmed')`,
      [`${TODAY}T12:00:00+02:00`],
    );
    expect(counts.sessionsWithoutStaff).toBe(db.unstaffed);

    const removed = await t.http().delete(`/api/staff/${lotte}/absences/${absenceId}`).set('Authorization', planner);
    expect(removed.status).toBe(200);
    expect((await request(b.requestId)).sessions[0].staff).toEqual([
      expect.objectContaining({ staffId: lotte, unavailable: false }),
    ]);
    expect(await needingReplacement()).toEqual([]);
  });

  it('moving a flagged session into the absence is refused; moving it to a day the specialist is back clears the flag', async () => {
    const c = await lotteOn('2027-01-25', 'verzet@domstad.school.example'); // a Monday
    const sick = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', lotteAuth)
      .send({ kind: 'sick', from: '2027-01-25', to: '2027-01-26' });
    expect(sick.status).toBe(201);
    const move = (date: string) =>
      t.http().patch(`/api/sessions/${c.sessionId}/plan`).set('Authorization', planner).send({ date, time: '09:00' });
    const refused = await move('2027-01-26');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('afwezig');
    expect((await request(c.requestId)).sessions[0].staff[0].unavailable).toBe(true);
    const moved = await move('2027-01-27'); // Wednesday: Lotte is back
    expect([moved.status, moved.body.message]).toEqual([200, undefined]);
    expect((moved.body as BookingRequestDto).sessions[0].staff).toEqual([
      expect.objectContaining({ staffId: lotte, unavailable: false }),
    ]);
    expect((await needingReplacement()).map((r) => r.id)).not.toContain(c.requestId);
  });

  it('the auto-planner proposes a replacement for a flagged session, and applying it clears the flag', async () => {
    const d = await lotteOn('2027-01-29', 'automatisch@domstad.school.example'); // a Friday
    const sick = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', lotteAuth)
      .send({ kind: 'sick', from: '2027-01-29', to: '2027-01-29' });
    expect(sick.status).toBe(201);
    const regionId = (sick.body as StaffMemberDto).regions[0].id; // Lotte works in Midden-Nederland only
    const run = await t
      .http()
      .post('/api/planning-runs')
      .set('Authorization', planner)
      .send({ regionId, from: '2027-01-25', to: '2027-01-29', seed: 3, timeLimitSeconds: 1 });
    expect(run.status).toBe(201);
    await t.api.app.get(PlanningRunsService).execute(run.body.id);
    const proposed = (await t.http().get(`/api/planning-runs/${run.body.id}`).set('Authorization', planner))
      .body as PlanningRunDto;
    expect(proposed.state).toBe('proposed');
    const change = proposed.changes.find((x) => x.sessionId === d.sessionId);
    expect(change?.after.date).toBe('2027-01-29'); // the school keeps its time; only the specialist changes
    expect(change?.after.staff).toHaveLength(1);
    expect(change?.after.staff).not.toContain('Lotte Visser');
    const applied = await t.http().post(`/api/planning-runs/${run.body.id}/apply`).set('Authorization', planner);
    expect([applied.status, applied.body.state, applied.body.conflicts]).toEqual([200, 'applied', []]);
    const staffNow = (await request(d.requestId)).sessions[0].staff;
    expect(staffNow).toHaveLength(1);
    expect(staffNow[0]).toMatchObject({ unavailable: false });
    expect(staffNow[0].staffId).not.toBe(lotte);
  });
});

describe('the planners’ notice of an absence, through the outbox and the worker', () => {
  let t: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApi({
      CLOCK_TODAY: TODAY,
      SMTP_URL: smtp.url,
      RUN_WORKERS: 'true',
      OUTBOX_RELAY_INTERVAL_MS: '100',
      REMINDER_RETRY_DELAY_MS: '100',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reaches the region’s planners as an e-mail and on the bell, once', async () => {
    const planner = await t.bearer('planner.midden@halt.example');
    const school = await t.bearer('contact@domstad.school.example');
    const offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
    const r = (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', school)
        .send(
          onlineSafetyRequest(offerId, {
            groups: [{ name: '3C', level: 'vo-1-2', pupilCount: 25 }],
            windows: [
              { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
            ],
          }),
        )
    ).body as BookingRequestDto;
    const s = r.sessions[0];
    const staff = (await t.http().get('/api/staff').set('Authorization', planner)).body.items as StaffMemberDto[];
    const iris = staff.find((x) => x.name === 'Iris Mulder')?.id;
    await t
      .http()
      .patch(`/api/sessions/${s.id}/plan`)
      .set('Authorization', planner)
      .send({ date: '2027-01-13', time: '10:00' })
      .expect(200);
    await t
      .http()
      .put(`/api/sessions/${s.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [iris] })
      .expect(200);
    const sick = await t
      .http()
      .post('/api/staff/me/absences')
      .set('Authorization', await t.bearer('iris.mulder@halt.example'))
      .send({ kind: 'sick', from: '2027-01-13', to: '2027-01-13', startTime: '08:00', endTime: '12:00' });
    expect(sick.status).toBe(201);

    const bell = await until('the bell', async () => {
      const mine = (await t.http().get('/api/notifications').set('Authorization', planner)).body as NotificationsDto;
      return mine.items.find((n) => n.kind === 'planner_absence_notice');
    });
    expect(bell.title).toBe('Vervanging nodig: Iris Mulder is ziek (1 sessie(s))');
    const mails = () =>
      smtp.received.filter((m) => m.to.includes('planner.midden@halt.example') && m.subject.startsWith('Vervanging'));
    await until('the e-mail', async () => mails().length > 0);
    await new Promise((done) => setTimeout(done, 500));
    expect(mails()).toHaveLength(1);
  });
});
