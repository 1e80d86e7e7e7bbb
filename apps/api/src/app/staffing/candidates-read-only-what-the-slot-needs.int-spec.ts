import type { BookingRequestDto, CandidatesDto, StaffMemberDto } from '@halt/contracts';
import { candidatesAnswer, PlanningProblemService } from '@halt/api/staffing';
import { startTestApi, TestApi } from '../../testing/test-api';
import { JANUARY_WINDOWS, middenPlanning, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';

/**
 * The candidates read each specialist only as the slot's date needs them (its skill, that day's absences, that
 * weekday's unavailability, that day's and week's sessions). What a rule needs must still be there: a specialist
 * booked elsewhere at that time, absent over that day, or whose skill has lapsed is excluded with that reason,
 * and the answer is the one the full planning problem (every specialist's whole profile) gives.
 */
describe('candidates read only what the slot needs', () => {
  let t: TestApi;
  let scene: Awaited<ReturnType<typeof middenPlanning>>;
  const id = (name: string) => scene.id(name);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    scene = await middenPlanning(t);
  });
  afterAll(() => t.close());

  const submit = async () =>
    (
      await t
        .http()
        .post('/api/requests')
        .set('Authorization', scene.school)
        .send(onlineSafetyRequest(scene.offerId, { windows: JANUARY_WINDOWS }))
    ).body as BookingRequestDto;
  const ok = async (res: Promise<{ status: number; body: unknown }>, status = 200) => {
    const r = await res;
    expect([r.status, r.body]).toEqual([status, expect.anything()]);
    return r.body;
  };
  const candidates = async (sessionId: string, date: string, time: string) =>
    (await ok(
      t
        .http()
        .get(`/api/sessions/${sessionId}/candidates?date=${date}&time=${time}`)
        .set('Authorization', scene.planner),
    )) as CandidatesDto;
  /** The answer from every specialist's whole profile and everything they do in the session's window. */
  const fromFullProfiles = async (sessionId: string, date: string, time: string) =>
    JSON.parse(
      JSON.stringify(
        candidatesAnswer(await t.api.app.get(PlanningProblemService).forSession(sessionId), sessionId, date, time),
      ),
    ) as CandidatesDto;
  const excluded = (c: CandidatesDto) =>
    Object.fromEntries(c.excluded.map((x) => [x.name, x.rules.map((r) => [r.rule, r.message])]));

  it('excludes who is booked elsewhere then, absent over that day or whose skill lapsed, as the full read does', async () => {
    const [target] = (await submit()).sessions;
    const [other] = (await submit()).sessions;
    // Bram gives another session that Tuesday 10:00–11:00.
    await ok(
      t
        .http()
        .patch(`/api/sessions/${other.id}/plan`)
        .set('Authorization', scene.planner)
        .send({ date: '2027-01-12', time: '10:00' }),
    );
    await ok(
      t
        .http()
        .put(`/api/sessions/${other.id}/staff`)
        .set('Authorization', scene.planner)
        .send({ staffIds: [id('Bram Jansen')] }),
    );
    // Iris is on leave from the Friday before until the Wednesday; on Thursdays she is away in the morning.
    await ok(
      t
        .http()
        .post(`/api/staff/${id('Iris Mulder')}/absences`)
        .set('Authorization', scene.planner)
        .send({ kind: 'leave', from: '2027-01-08', to: '2027-01-13' }),
      201,
    );
    const iris = await t.bearer('iris.mulder@halt.example');
    const mine = (await ok(
      t
        .http()
        .get(`/api/staff/${id('Iris Mulder')}`)
        .set('Authorization', scene.planner),
    )) as StaffMemberDto;
    await ok(
      t
        .http()
        .put('/api/staff/me/availability')
        .set('Authorization', iris)
        .send({
          workingPattern: mine.workingPattern,
          preferredWeekdays: mine.preferredWeekdays,
          recurringAbsences: [{ weekday: 4, start: '08:00', end: '12:00' }],
        }),
    );
    // Lotte's skill for this session lapsed the day before; her other skills did not.
    // (an UPDATE answers its rows and their count)
    const [[{ skill }]] = await t.fixture<[{ skill: string }[], number]>(
      `UPDATE staff_skill k SET valid_until = '2027-01-11' FROM session s
        WHERE s.id = $1 AND k.skill = s.required_skill AND k.staff_id = $2 RETURNING k.skill`,
      [target.id, id('Lotte Visser')],
    );

    const tuesday = await candidates(target.id, '2027-01-12', '10:00');
    expect(tuesday.slotProblems).toEqual([]);
    expect(tuesday.eligible).toEqual([]);
    expect(excluded(tuesday)).toEqual({
      'Bram Jansen': [['overlap', 'Bram Jansen heeft dan al een sessie (10:00–11:00)']],
      'Iris Mulder': [['absence', 'Iris Mulder is afwezig (verlof) van 2027-01-08 t/m 2027-01-13']],
      'Lotte Visser': [['skill', `De vaardigheid '${skill}' van Lotte Visser is verlopen op maandag 11 januari 2027`]],
    });
    expect(tuesday).toEqual(await fromFullProfiles(target.id, '2027-01-12', '10:00'));

    // Thursday morning Iris is away every week and Lotte does not work; in the afternoon Iris may, Bram always.
    const thursday = await candidates(target.id, '2027-01-14', '10:00');
    expect(excluded(thursday)).toEqual({
      'Iris Mulder': [['absence', 'Iris Mulder is elke donderdag 08:00–12:00 niet beschikbaar']],
      'Lotte Visser': [
        ['skill', `De vaardigheid '${skill}' van Lotte Visser is verlopen op maandag 11 januari 2027`],
        ['working_pattern', 'Lotte Visser werkt niet op donderdag'],
      ],
    });
    expect(thursday.eligible.map((c) => c.name)).toEqual(['Bram Jansen']);
    expect(thursday).toEqual(await fromFullProfiles(target.id, '2027-01-14', '10:00'));
    const afternoon = await candidates(target.id, '2027-01-14', '13:00');
    expect(afternoon.eligible.map((c) => c.name).sort()).toEqual(['Bram Jansen', 'Iris Mulder']);
    expect(afternoon).toEqual(await fromFullProfiles(target.id, '2027-01-14', '13:00'));
    // Bram's Tuesday session counts in his load (the fairness goal) on other days, and in other weeks, where the
    // problem holds none of that week's sessions: the period's standing comes with it.
    const bramsLoad = (c: CandidatesDto) => c.eligible.find((x) => x.name === 'Bram Jansen')?.goals;
    expect(bramsLoad(afternoon)).toContainEqual(
      expect.objectContaining({ goal: 'fairness', detail: expect.stringMatching(/^1 u gepland/) }),
    );
    const nextWeek = await candidates(target.id, '2027-01-19', '10:00');
    expect(bramsLoad(nextWeek)).toContainEqual(
      expect.objectContaining({ goal: 'fairness', detail: expect.stringMatching(/^1 u gepland/) }),
    );
    expect(nextWeek).toEqual(await fromFullProfiles(target.id, '2027-01-19', '10:00'));
  });
});
