import type { BookingRequestDto, BookingRequestSummaryDto, CandidatesDto } from '@halt/contracts';
import { ReminderDeliveryService, ReminderRelay } from '@halt/api/reminders';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { startSmtp, until } from '../../testing/test-smtp';
import { JANUARY_WINDOWS, middenPlanning, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * Language needs are acted on: the interpreter language is a hard rule in matching (the specialist speaks it, or the
 * planner marks "tolk geregeld"), it reaches the inbox, the request and the specialist's e-mail; an online parent
 * meeting gets an https link that the parents' page and the calendar file carry.
 */
describe('language needs', () => {
  let t: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let planner: string;
  let otherPlanner: string;
  let school: string;
  let offerId: string;
  let id: (name: string) => string;
  const january = JANUARY_WINDOWS;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApi({ CLOCK_TODAY: TODAY, SMTP_URL: smtp.url });
    ({ planner, school, offerId, id } = await middenPlanning(t));
    otherPlanner = await t.bearer('planner.zuid@halt.example');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const submit = async (overrides: Parameters<typeof onlineSafetyRequest>[1]) => {
    const res = await t
      .http()
      .post('/api/requests')
      .set('Authorization', school)
      .send(
        onlineSafetyRequest(offerId, {
          groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 25 }],
          windows: january,
          ...overrides,
        }),
      );
    expect([res.status, res.body.errors]).toEqual([201, undefined]);
    return res.body as BookingRequestDto;
  };
  const candidates = async (sessionId: string) => {
    const res = await t
      .http()
      .get(`/api/sessions/${sessionId}/candidates?date=2027-01-12&time=09:00`)
      .set('Authorization', planner);
    expect(res.status).toBe(200);
    return res.body as CandidatesDto;
  };
  const needs = (requestId: string, auth: string, body: object) =>
    t.http().patch(`/api/requests/${requestId}/language-needs`).set('Authorization', auth).send(body);

  it('excludes a specialist who does not speak the interpreter language, unless the planner marks "tolk geregeld"', async () => {
    const r = await submit({
      languageNeeds: { interpreter: true, interpreterLanguage: 'Arabisch', onlineParentMeeting: false },
      contact: { name: 'J. de Boer', email: 'tolk@domstad.school.example' },
    });
    const s = r.sessions[0];
    expect(
      (
        await t
          .http()
          .patch(`/api/sessions/${s.id}/plan`)
          .set('Authorization', planner)
          .send({ date: '2027-01-12', time: '09:00' })
      ).status,
    ).toBe(200);

    // Nobody in the region speaks Arabic: nobody is eligible, each excluded by the language rule.
    const none = await candidates(s.id);
    expect(none.eligible).toEqual([]);
    const lotte = none.excluded.find((x) => x.staffId === id('Lotte Visser'));
    expect(lotte?.rules.map((x) => x.rule)).toContain('language');
    const refused = await t
      .http()
      .put(`/api/sessions/${s.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [id('Lotte Visser')] });
    expect(refused.status).toBe(409);
    expect(refused.body.conflict.rules).toContain('language');
    expect((await sql(`SELECT count(*)::int AS n FROM session_assignment WHERE session_id = $1`, [s.id]))[0].n).toBe(0);

    // Bram speaks it (code `ar`): he becomes the one eligible specialist.
    expect(
      (
        await t
          .http()
          .patch(`/api/staff/${id('Bram Jansen')}`)
          .set('Authorization', planner)
          .send({ languages: ['nl', 'ar'] })
      ).status,
    ).toBe(200);
    expect((await candidates(s.id)).eligible.map((c) => c.name)).toEqual(['Bram Jansen']);

    // The inbox and the request show the need.
    const inbox = (await t.http().get('/api/requests').set('Authorization', planner)).body
      .items as BookingRequestSummaryDto[];
    expect(inbox.find((x) => x.id === r.id)).toMatchObject({
      interpreterLanguage: 'Arabisch',
      interpreterArranged: false,
    });

    // Only a planner of the region marks the interpreter arranged.
    expect((await needs(r.id, school, { interpreterArranged: true })).status).toBe(403);
    expect((await needs(r.id, otherPlanner, { interpreterArranged: true })).status).toBe(404);
    const arranged = await needs(r.id, planner, { interpreterArranged: true });
    expect(arranged.status).toBe(200);
    expect((arranged.body as BookingRequestDto).languageNeeds).toEqual({
      interpreter: true,
      interpreterLanguage: 'Arabisch',
      onlineParentMeeting: false,
      interpreterArranged: true,
      meetingLink: null,
    });
    const [trail] = await sql(
      `SELECT actor_email, changed_fields FROM audit_event WHERE entity = 'BookingRequest' AND entity_id = $1 AND action = 'update'
        ORDER BY id DESC LIMIT 1`,
      [r.id],
    );
    expect(trail).toEqual({
      actor_email: 'planner.midden@halt.example',
      changed_fields: expect.arrayContaining(['interpreterArranged']),
    });

    // With a tolk arranged the language binds no longer: Lotte can take it.
    expect((await candidates(s.id)).eligible.map((c) => c.name)).toContain('Lotte Visser');
    const assigned = await t
      .http()
      .put(`/api/sessions/${s.id}/staff`)
      .set('Authorization', planner)
      .send({ staffIds: [id('Lotte Visser')] });
    expect([assigned.status, assigned.body.message]).toEqual([200, undefined]);

    // The specialist's e-mail says so.
    await t.api.app.get(ReminderRelay).relayAll();
    const [job] = await sql(
      `SELECT job_id, version FROM reminder_job WHERE session_id = $1 AND kind = 'staff_day_before' AND state = 'scheduled'`,
      [s.id],
    );
    await t.api.app
      .get(ReminderDeliveryService)
      .deliver(job.job_id, { sessionId: s.id, kind: 'staff_day_before', version: job.version });
    const mail = await until('the specialist’s e-mail', async () =>
      smtp.received.find((m) => m.to.includes('lotte.visser@halt.example')),
    );
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain('Tolk: Arabisch. De planner heeft een tolk geregeld.');
  });

  it('refuses what the request does not ask for, and an online parent meeting’s link must be https', async () => {
    const plain = await submit({});
    const wrong = await needs(plain.id, planner, {
      interpreterArranged: true,
      meetingLink: 'https://meet.example.nl/x',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'interpreterArranged', message: 'deze aanvraag vraagt geen tolk' },
      { field: 'meetingLink', message: 'alleen bij een online ouderbijeenkomst' },
    ]);
    expect((await needs(plain.id, planner, {})).status).toBe(400);

    const online = await submit({
      parentMeeting: true,
      languageNeeds: { interpreter: false, onlineParentMeeting: true },
    });
    const http = await needs(online.id, school, { meetingLink: 'http://meet.example.nl/ouderavond' });
    expect(http.status).toBe(400);
    expect(http.body.errors).toEqual([
      { field: 'meetingLink', message: 'moet een https-link zijn, bijvoorbeeld https://meet.example.nl/ouderavond' },
    ]);
    const link = 'https://meet.example.nl/ouderavond-1a';
    const set = await needs(online.id, school, { meetingLink: link });
    expect([set.status, set.body.errors]).toEqual([200, undefined]);
    expect((set.body as BookingRequestDto).languageNeeds.meetingLink).toBe(link);

    // The parents' page shows it, and the meeting's calendar file carries it.
    const meeting = (set.body as BookingRequestDto).sessions.find((x) => x.kind === 'parent_meeting')!;
    const token = meeting.parentPage!.split('/').pop();
    expect((await t.http().get(`/api/public/parent-meetings/${token}`)).body.meetingLink).toBe(link);
    const plannedMeeting = await t
      .http()
      .patch(`/api/sessions/${meeting.id}/plan`)
      .set('Authorization', planner)
      .send({ date: meeting.windowFrom, time: '10:00' });
    expect([plannedMeeting.status, plannedMeeting.body.errors]).toEqual([200, undefined]);
    const ics = await t.http().get(`/api/sessions/${meeting.id}/calendar.ics`).set('Authorization', school);
    expect(ics.status).toBe(200);
    expect(ics.text.replace(/\r\n /g, '')).toContain(`URL;VALUE=URI:${link}`);
    // The lesson's own file does not.
    const lesson = (set.body as BookingRequestDto).sessions.find((x) => x.kind === 'lesson')!;
    expect(
      (
        await t
          .http()
          .patch(`/api/sessions/${lesson.id}/plan`)
          .set('Authorization', planner)
          .send({ date: '2027-01-14', time: '09:00' })
      ).status,
    ).toBe(200);
    const lessonIcs = await t.http().get(`/api/sessions/${lesson.id}/calendar.ics`).set('Authorization', school);
    expect(lessonIcs.text).not.toContain(link);

    // Null removes it.
    const cleared = await needs(online.id, planner, { meetingLink: null });
    expect((cleared.body as BookingRequestDto).languageNeeds.meetingLink).toBeNull();
  });
});
