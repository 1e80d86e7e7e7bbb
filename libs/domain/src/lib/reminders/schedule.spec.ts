import { SchoolCalendar } from '../calendar/school-calendar';
import { zonedDateTimeToInstant } from '../calendar/time-zone';
import {
  DEFAULT_REMINDER_RULES,
  InvalidReminderError,
  ReminderKind,
  ReminderRule,
  supersededJobIds,
} from './reminder-rules';
import {
  digestJobId,
  EscalationRequest,
  nextDigestAt,
  ReminderIntent,
  ReminderSession,
  scheduleReminders,
  ScheduleRemindersInput,
  scheduleUnplannedEscalation,
  schoolDaysBeforeFromList,
  SchoolDaysBefore,
} from './schedule';

const iso = (d: Date) => d.toISOString();
const local = (date: string, time: string) => zonedDateTimeToInstant(date, time);
const EARLY = new Date('2026-01-01T00:00:00.000Z');

/** Tuesday 10 March 2026, 10:00 CET (09:00Z). */
const TUESDAY = local('2026-03-10', '10:00');

const session = (over: Partial<ReminderSession> = {}): ReminderSession => ({
  id: 'ses-1',
  version: 1,
  kind: 'lesson',
  status: 'planned',
  plannedStart: TUESDAY,
  ...over,
});

const schedule = (over: Partial<ReminderSession> = {}, input: Partial<ScheduleRemindersInput> = {}) =>
  scheduleReminders({ session: session(over), now: EARLY, ...input });

/** `kind → dueAt` as ISO UTC strings. */
const dueTimes = (intents: ReminderIntent[]) => Object.fromEntries(intents.map((i) => [i.kind, iso(i.dueAt)]));

const dueOf = (intents: ReminderIntent[], kind: ReminderKind) => {
  const intent = intents.find((i) => i.kind === kind);
  return intent ? iso(intent.dueAt) : undefined;
};

/** Monday–Friday without holidays. */
const weekdaysBefore: SchoolDaysBefore = (date, n) =>
  new SchoolCalendar({ region: 'midden', holidays: [] }).addSchoolDays(date, -n);

describe('scheduleReminders: due times for a Tuesday session at 10:00', () => {
  it('lesson, planned: school 14 and 2 days before, staff the day before', () => {
    const intents = schedule();
    expect(dueTimes(intents)).toEqual({
      // Tuesday 24 February 08:00 CET.
      school_before_14d: '2026-02-24T07:00:00.000Z',
      // Sunday 8 March 08:00 → no sends on Sunday → Monday 9 March 07:30 CET.
      school_before_2d: '2026-03-09T06:30:00.000Z',
      // Monday 9 March 08:00 CET.
      staff_day_before: '2026-03-09T07:00:00.000Z',
    });
    expect(intents.map((i) => i.audience)).toEqual(['school', 'school', 'staff']);
  });

  it('parent meeting: also the invitation 7 days before (Tuesday 3 March 08:00)', () => {
    expect(dueTimes(schedule({ kind: 'parent_meeting' }))).toEqual({
      school_before_14d: '2026-02-24T07:00:00.000Z',
      parent_meeting_invite_7d: '2026-03-03T07:00:00.000Z',
      school_before_2d: '2026-03-09T06:30:00.000Z',
      staff_day_before: '2026-03-09T07:00:00.000Z',
    });
  });

  it('no parent invitation for other session kinds', () => {
    for (const kind of ['lesson', 'intake', 'spreekuur', 'hearing'] as const) {
      expect(dueOf(schedule({ kind }), 'parent_meeting_invite_7d')).toBeUndefined();
    }
  });

  it('delivered: only the evaluation, the day after delivery at 08:00', () => {
    const intents = schedule({ status: 'delivered', deliveredAt: local('2026-03-10', '11:30') });
    expect(intents).toEqual([
      {
        jobId: 'ses-1-evaluation_day_after-v1',
        kind: 'evaluation_day_after',
        audience: 'school',
        sessionId: 'ses-1',
        version: 1,
        dueAt: new Date('2026-03-11T07:00:00.000Z'),
      },
    ]);
  });

  it('delivered without deliveredAt: the evaluation counts from the planned start', () => {
    expect(dueTimes(schedule({ status: 'delivered' }))).toEqual({ evaluation_day_after: '2026-03-11T07:00:00.000Z' });
  });

  it('evaluation of a late delivery counts from the local date (23:30 local is still that day)', () => {
    const deliveredAt = new Date('2026-03-10T22:30:00.000Z'); // 23:30 CET on the 10th
    expect(dueTimes(schedule({ status: 'delivered', deliveredAt }))).toEqual({
      evaluation_day_after: '2026-03-11T07:00:00.000Z',
    });
  });

  it('no staff: the planners are alerted 7 days before (Tuesday 3 March 08:00), no staff reminder', () => {
    expect(dueTimes(schedule({ staffCount: 0 }))).toEqual({
      school_before_14d: '2026-02-24T07:00:00.000Z',
      planner_staff_lost: '2026-03-03T07:00:00.000Z',
      school_before_2d: '2026-03-09T06:30:00.000Z',
    });
  });

  it('staffed: no staff-lost alert', () => {
    expect(dueOf(schedule({ staffCount: 2 }), 'planner_staff_lost')).toBeUndefined();
    expect(dueOf(schedule({ staffCount: 2 }), 'staff_day_before')).toBe('2026-03-09T07:00:00.000Z');
  });

  it('planner_unplanned_escalation: 10 school days before the first window, 08:00', () => {
    const request: EscalationRequest = { id: 'req-1', version: 3, status: 'submitted', firstWindowFrom: '2026-03-10' };
    expect(scheduleUnplannedEscalation({ request, now: EARLY, schoolDaysBefore: weekdaysBefore })).toEqual([
      {
        jobId: 'req-1-planner_unplanned_escalation-v3',
        kind: 'planner_unplanned_escalation',
        audience: 'planner',
        requestId: 'req-1',
        version: 3,
        dueAt: new Date('2026-02-24T07:00:00.000Z'),
      },
    ]);
  });

  it('planner_daily_digest: the next working day at 07:30', () => {
    expect(iso(nextDigestAt(local('2026-03-09', '12:00')))).toBe('2026-03-10T06:30:00.000Z');
  });

  it('in summer time across the March change: local times stay local', () => {
    // Tuesday 7 April 2026 10:00 CEST; Easter Monday the 6th passed as a holiday.
    const intents = schedule(
      { plannedStart: local('2026-04-07', '10:00') },
      { publicHolidays: new Set(['2026-04-06']) },
    );
    expect(dueTimes(intents)).toEqual({
      school_before_14d: '2026-03-24T07:00:00.000Z', // 08:00 CET
      staff_day_before: '2026-04-03T06:00:00.000Z', // Friday 08:00 CEST
      school_before_2d: '2026-04-06T05:30:00.000Z', // Sunday → Monday 07:30 CEST
    });
  });
});

describe('scheduleReminders: staff reminder on the working day before', () => {
  it.each([
    ['Monday session → the Friday before', '2026-03-16', [], '2026-03-13T07:00:00.000Z'],
    ['Tuesday after Koningsdag → Friday', '2026-04-28', ['2026-04-27'], '2026-04-24T06:00:00.000Z'],
    [
      'Tuesday after Easter, Good Friday off too → Thursday',
      '2026-04-07',
      ['2026-04-03', '2026-04-06'],
      '2026-04-02T06:00:00.000Z',
    ],
    ['Friday after Ascension Day → Wednesday', '2026-05-15', ['2026-05-14'], '2026-05-13T06:00:00.000Z'],
    ['Tuesday after Whit Monday → Friday', '2026-05-26', ['2026-05-25'], '2026-05-22T06:00:00.000Z'],
    ['Tuesday after Koningsdag, holiday not passed → Monday', '2026-04-28', [], '2026-04-27T06:00:00.000Z'],
    ['Monday after the October change → Friday 08:00 CEST', '2026-10-26', [], '2026-10-23T06:00:00.000Z'],
  ])('%s', (_, date, holidays, expected) => {
    const intents = schedule({ plannedStart: local(date, '10:00') }, { publicHolidays: holidays });
    expect(dueOf(intents, 'staff_day_before')).toBe(expected);
  });

  it('takes holidays as a set or a list', () => {
    const plannedStart = local('2026-04-28', '10:00');
    expect(schedule({ plannedStart }, { publicHolidays: new Set(['2026-04-27']) })).toEqual(
      schedule({ plannedStart }, { publicHolidays: ['2026-04-27'] }),
    );
  });
});

describe('scheduleReminders: which sessions get reminders', () => {
  it('cancelled → none, whatever else is set', () => {
    expect(schedule({ status: 'cancelled' })).toEqual([]);
    expect(schedule({ status: 'cancelled', staffCount: 0, deliveredAt: TUESDAY })).toEqual([]);
    expect(schedule({ status: 'cancelled', kind: 'parent_meeting' })).toEqual([]);
  });

  it('no show → none', () => {
    expect(schedule({ status: 'no_show' })).toEqual([]);
  });

  it('confirmed → the same as planned', () => {
    expect(dueTimes(schedule({ status: 'confirmed' }))).toEqual(dueTimes(schedule({ status: 'planned' })));
  });

  it('open → nothing for school or staff; only the staff-lost alert when it has a start but no staff', () => {
    expect(schedule({ status: 'open' })).toEqual([]);
    expect(schedule({ status: 'open', plannedStart: null, staffCount: 0 })).toEqual([]);
    expect(dueTimes(schedule({ status: 'open', staffCount: 0 }))).toEqual({
      planner_staff_lost: '2026-03-03T07:00:00.000Z',
    });
  });

  it('planned without a start → none', () => {
    expect(schedule({ plannedStart: null })).toEqual([]);
  });

  it('no evaluation before delivery', () => {
    for (const status of ['open', 'planned', 'confirmed', 'cancelled', 'no_show'] as const) {
      expect(dueOf(schedule({ status, deliveredAt: TUESDAY }), 'evaluation_day_after')).toBeUndefined();
    }
  });

  it('disabled rules schedule nothing; rules for other kinds are ignored', () => {
    const rules = DEFAULT_REMINDER_RULES.map((r) => (r.kind === 'school_before_2d' ? { ...r, enabled: false } : r));
    expect(schedule({}, { rules }).map((i) => i.kind)).toEqual(['school_before_14d', 'staff_day_before']);
    const onlyPlannerRules = DEFAULT_REMINDER_RULES.filter((r) => r.kind.startsWith('planner_'));
    expect(schedule({}, { rules: onlyPlannerRules })).toEqual([]);
  });

  it('uses a rule’s send time, 08:00 by default', () => {
    const rules: ReminderRule[] = [
      {
        kind: 'school_before_14d',
        audience: 'school',
        offset: { amount: 14, unit: 'days', direction: 'before' },
        enabled: true,
      },
      {
        kind: 'staff_day_before',
        audience: 'staff',
        offset: { amount: 1, unit: 'working_days', direction: 'before' },
        sendTime: '17:15',
        enabled: true,
      },
    ];
    expect(dueTimes(schedule({}, { rules }))).toEqual({
      school_before_14d: '2026-02-24T07:00:00.000Z',
      staff_day_before: '2026-03-09T16:15:00.000Z',
    });
  });

  it('a send time in the quiet hours is moved to 07:30', () => {
    const rules: ReminderRule[] = [
      {
        kind: 'staff_day_before',
        audience: 'staff',
        offset: { amount: 1, unit: 'working_days', direction: 'before' },
        sendTime: '22:00',
        enabled: true,
      },
    ];
    expect(dueTimes(schedule({}, { rules }))).toEqual({ staff_day_before: '2026-03-10T06:30:00.000Z' });
  });

  it('drops a reminder that would only go out once the session has started', () => {
    const rules: ReminderRule[] = [
      {
        kind: 'school_before_2d',
        audience: 'school',
        offset: { amount: 0, unit: 'days', direction: 'before' },
        sendTime: '11:00',
        enabled: true,
      },
      {
        kind: 'school_before_14d',
        audience: 'school',
        offset: { amount: 0, unit: 'days', direction: 'before' },
        sendTime: '09:00',
        enabled: true,
      },
    ];
    expect(dueTimes(schedule({}, { rules }))).toEqual({ school_before_14d: '2026-03-10T08:00:00.000Z' });
  });

  it('a school-day offset needs schoolDaysBefore', () => {
    const rules: ReminderRule[] = [
      {
        kind: 'school_before_14d',
        audience: 'school',
        offset: { amount: 10, unit: 'school_days', direction: 'before' },
        enabled: true,
      },
    ];
    expect(() => schedule({}, { rules })).toThrow(/schoolDaysBefore/);
    expect(dueTimes(schedule({}, { rules, schoolDaysBefore: weekdaysBefore }))).toEqual({
      school_before_14d: '2026-02-24T07:00:00.000Z',
    });
  });

  it('rejects invalid input', () => {
    expect(() => schedule({ id: 'ses:1' })).toThrow(InvalidReminderError);
    expect(() => schedule({ id: 'ses:1', status: 'cancelled' })).toThrow(InvalidReminderError);
    expect(() => schedule({ version: -1 })).toThrow(/Versie/);
    expect(() => schedule({ version: 1.5 })).toThrow(/Versie/);
    expect(() => schedule({}, { now: new Date(Number.NaN) })).toThrow(/now/);
    expect(() => schedule({ plannedStart: new Date(Number.NaN) })).toThrow(/plannedStart/);
    expect(() => schedule({}, { rules: [DEFAULT_REMINDER_RULES[0], DEFAULT_REMINDER_RULES[0]] })).toThrow(
      InvalidReminderError,
    );
    expect(() => schedule({}, { gracePeriodMs: -1 })).toThrow(RangeError);
  });
});

describe('scheduleReminders: now and the grace period (default 6 hours)', () => {
  const DUE_14D = new Date('2026-02-24T07:00:00.000Z');
  const at = (ms: number) => new Date(DUE_14D.getTime() + ms);
  const HOUR = 3_600_000;

  it('only intents due after now', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    expect(schedule({}, { now }).map((i) => i.kind)).toEqual(['school_before_2d', 'staff_day_before']);
    expect(schedule({}, { now }).every((i) => i.dueAt.getTime() > now.getTime())).toBe(true);
  });

  it('a reminder overdue by at most the grace period is sent now', () => {
    for (const now of [DUE_14D, at(1), at(3 * HOUR), at(6 * HOUR)]) {
      expect(dueOf(schedule({}, { now }), 'school_before_14d')).toBe(iso(now));
    }
  });

  it('a reminder overdue by more than the grace period is skipped', () => {
    expect(dueOf(schedule({}, { now: at(6 * HOUR + 1) }), 'school_before_14d')).toBeUndefined();
    expect(dueOf(schedule({}, { now: at(24 * HOUR) }), 'school_before_14d')).toBeUndefined();
    // The later ones are still scheduled.
    expect(schedule({}, { now: at(24 * HOUR) }).map((i) => i.kind)).toEqual(['school_before_2d', 'staff_day_before']);
  });

  it('the grace period is configurable', () => {
    expect(dueOf(schedule({}, { now: at(HOUR), gracePeriodMs: 0 }), 'school_before_14d')).toBeUndefined();
    expect(dueOf(schedule({}, { now: DUE_14D, gracePeriodMs: 0 }), 'school_before_14d')).toBe(iso(DUE_14D));
    expect(dueOf(schedule({}, { now: at(10 * HOUR), gracePeriodMs: 12 * HOUR }), 'school_before_14d')).toBe(
      iso(at(10 * HOUR)),
    );
  });

  it('lateness counts from the time after the quiet-hours shift', () => {
    // school_before_2d: Sunday 08:00 moved to Monday 07:30 (06:30Z); Monday 10:00 CET is 2.5 h late.
    const now = local('2026-03-09', '10:00');
    expect(dueOf(schedule({}, { now }), 'school_before_2d')).toBe(iso(now));
  });

  it('"sent now" inside the quiet hours waits for 07:30', () => {
    const now = local('2026-02-24', '22:00'); // 14 h late with a 24 h grace period
    expect(dueOf(schedule({}, { now, gracePeriodMs: 24 * HOUR }), 'school_before_14d')).toBe(
      '2026-02-25T06:30:00.000Z',
    );
  });

  it('the staff-lost alert catches up until the session starts', () => {
    // Sunday 8 March 13:00: the alert was due Tuesday 3 March; sent at the next allowed time, Monday 07:30.
    expect(dueOf(schedule({ staffCount: 0 }, { now: local('2026-03-08', '13:00') }), 'planner_staff_lost')).toBe(
      '2026-03-09T06:30:00.000Z',
    );
    const monday = local('2026-03-09', '15:00');
    expect(dueOf(schedule({ staffCount: 0 }, { now: monday }), 'planner_staff_lost')).toBe(iso(monday));
    expect(
      dueOf(schedule({ staffCount: 0 }, { now: local('2026-03-10', '10:00') }), 'planner_staff_lost'),
    ).toBeUndefined();
  });

  it('nothing once the session has started, except the evaluation', () => {
    expect(schedule({}, { now: local('2026-03-10', '10:01') })).toEqual([]);
    const now = local('2026-03-10', '12:00');
    expect(dueTimes(schedule({ status: 'delivered', deliveredAt: now }, { now }))).toEqual({
      evaluation_day_after: '2026-03-11T07:00:00.000Z',
    });
  });

  it('an evaluation reported late is sent now within the grace period, skipped after it', () => {
    const deliveredAt = local('2026-03-10', '11:30');
    const within = local('2026-03-11', '12:00');
    expect(dueOf(schedule({ status: 'delivered', deliveredAt }, { now: within }), 'evaluation_day_after')).toBe(
      iso(within),
    );
    const after = local('2026-03-12', '12:00');
    expect(schedule({ status: 'delivered', deliveredAt }, { now: after })).toEqual([]);
  });
});

describe('scheduleReminders: job ids', () => {
  it('are <sessionId>-<kind>-v<version>', () => {
    expect(schedule({ kind: 'parent_meeting', staffCount: 0 }).map((i) => i.jobId)).toEqual([
      'ses-1-school_before_14d-v1',
      'ses-1-parent_meeting_invite_7d-v1',
      'ses-1-planner_staff_lost-v1',
      'ses-1-school_before_2d-v1',
    ]);
  });

  it('a version bump changes every job id', () => {
    for (const over of [{}, { kind: 'parent_meeting' as const }, { staffCount: 0 }, { status: 'delivered' as const }]) {
      const v1 = schedule({ ...over, version: 1 });
      const v2 = schedule({ ...over, version: 2 });
      expect(v1.length).toBeGreaterThan(0);
      expect(v2.map((i) => i.kind)).toEqual(v1.map((i) => i.kind));
      const old = new Set(v1.map((i) => i.jobId));
      for (const intent of v2) {
        expect(old.has(intent.jobId)).toBe(false);
        expect(intent.version).toBe(2);
        expect(intent.jobId.endsWith('-v2')).toBe(true);
      }
    }
  });

  it('contain no colon', () => {
    const sessions: Partial<ReminderSession>[] = [
      { kind: 'parent_meeting', staffCount: 0, version: 12 },
      { kind: 'parent_meeting', version: 0 },
      { status: 'delivered', id: '3f1c2a9e-0000-4000-8000-000000000001' },
    ];
    for (const over of sessions) {
      for (const intent of schedule(over)) expect(intent.jobId).not.toContain(':');
    }
  });

  it('supersededJobIds covers every job id the old version can have scheduled', () => {
    const old = new Set(supersededJobIds('ses-1', 1));
    for (const over of [{ kind: 'parent_meeting' as const, staffCount: 0 }, {}, { status: 'delivered' as const }]) {
      for (const intent of schedule(over)) expect(old.has(intent.jobId)).toBe(true);
    }
  });

  it('same version, same job ids (enqueueing twice is a no-op)', () => {
    expect(schedule().map((i) => i.jobId)).toEqual(schedule().map((i) => i.jobId));
  });
});

describe('scheduleReminders: deterministic output', () => {
  it('the same input gives equal output', () => {
    const input: Partial<ReminderSession> = { kind: 'parent_meeting', staffCount: 0 };
    expect(schedule(input)).toEqual(schedule(input));
  });

  it('the order does not depend on the order of the rules', () => {
    const reversed = [...DEFAULT_REMINDER_RULES].reverse();
    const shuffled = [3, 0, 6, 1, 7, 2, 5, 4].map((i) => DEFAULT_REMINDER_RULES[i]);
    const over: Partial<ReminderSession> = { kind: 'parent_meeting', staffCount: 0 };
    expect(schedule(over, { rules: reversed })).toEqual(schedule(over));
    expect(schedule(over, { rules: shuffled })).toEqual(schedule(over));
  });

  it('is sorted by dueAt, ties by kind order', () => {
    const intents = schedule({ kind: 'parent_meeting', staffCount: 0 });
    for (let i = 1; i < intents.length; i++) {
      expect(intents[i].dueAt.getTime()).toBeGreaterThanOrEqual(intents[i - 1].dueAt.getTime());
    }
    // Both due Tuesday 3 March 08:00: the invitation first.
    expect(intents.slice(1, 3).map((i) => [i.kind, iso(i.dueAt)])).toEqual([
      ['parent_meeting_invite_7d', '2026-03-03T07:00:00.000Z'],
      ['planner_staff_lost', '2026-03-03T07:00:00.000Z'],
    ]);
  });

  it('does not mutate its input', () => {
    const s = session({ kind: 'parent_meeting' });
    const before = JSON.stringify(s);
    const rules = [...DEFAULT_REMINDER_RULES];
    scheduleReminders({ session: s, rules, now: EARLY });
    expect(JSON.stringify(s)).toBe(before);
    expect(rules).toEqual([...DEFAULT_REMINDER_RULES]);
  });
});

describe('scheduleUnplannedEscalation', () => {
  const request = (over: Partial<EscalationRequest> = {}): EscalationRequest => ({
    id: 'req-1',
    version: 1,
    status: 'submitted',
    firstWindowFrom: '2026-03-10',
    ...over,
  });

  it.each(['submitted', 'awaiting_approval', 'approved', 'change_requested'] as const)(
    'escalates a %s request',
    (status) => {
      const intents = scheduleUnplannedEscalation({
        request: request({ status }),
        now: EARLY,
        schoolDaysBefore: weekdaysBefore,
      });
      expect(intents.map((i) => iso(i.dueAt))).toEqual(['2026-02-24T07:00:00.000Z']);
    },
  );

  it.each(['draft', 'planned', 'confirmed', 'delivered', 'closed', 'rejected', 'cancelled'] as const)(
    'not a %s request',
    (status) => {
      expect(
        scheduleUnplannedEscalation({ request: request({ status }), now: EARLY, schoolDaysBefore: weekdaysBefore }),
      ).toEqual([]);
    },
  );

  it('counts school days with the school calendar (holidays skipped)', () => {
    // Carnival week 2026 for region zuid: 14–22 February; window from Monday 2 March.
    const calendar = new SchoolCalendar({
      region: 'zuid',
      holidays: [{ region: 'zuid', name: 'voorjaarsvakantie', start: '2026-02-14', end: '2026-02-22' }],
    });
    const intents = scheduleUnplannedEscalation({
      request: request({ firstWindowFrom: '2026-03-02' }),
      now: EARLY,
      schoolDaysBefore: (d, n) => calendar.addSchoolDays(d, -n),
    });
    // 10 school days before 2 March: 27–23 February, the holiday week skipped, 13–9 February.
    expect(intents.map((i) => iso(i.dueAt))).toEqual(['2026-02-09T07:00:00.000Z']);
  });

  it('or with a list of school days', () => {
    const days = ['2026-02-20', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02'];
    const schoolDaysBefore = schoolDaysBeforeFromList([
      ...days,
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
    ]);
    expect(schoolDaysBefore('2026-03-10', 10)).toBe('2026-02-24');
    expect(schoolDaysBefore('2026-03-10', 0)).toBe('2026-03-10');
    expect(() => schoolDaysBefore('2026-03-10', 20)).toThrow(RangeError);
    const intents = scheduleUnplannedEscalation({ request: request(), now: EARLY, schoolDaysBefore });
    expect(intents.map((i) => iso(i.dueAt))).toEqual(['2026-02-24T07:00:00.000Z']);
  });

  it('catches up when the moment has passed, until the first window begins', () => {
    const now = local('2026-03-04', '23:00');
    const intents = scheduleUnplannedEscalation({ request: request(), now, schoolDaysBefore: weekdaysBefore });
    expect(intents.map((i) => iso(i.dueAt))).toEqual(['2026-03-05T06:30:00.000Z']);
    const late = local('2026-03-10', '00:00');
    expect(scheduleUnplannedEscalation({ request: request(), now: late, schoolDaysBefore: weekdaysBefore })).toEqual(
      [],
    );
  });

  it('needs schoolDaysBefore, a job id without colon and an enabled rule', () => {
    expect(() => scheduleUnplannedEscalation({ request: request(), now: EARLY })).toThrow(/schoolDaysBefore/);
    expect(() =>
      scheduleUnplannedEscalation({ request: request({ id: 'req:1' }), now: EARLY, schoolDaysBefore: weekdaysBefore }),
    ).toThrow(InvalidReminderError);
    const rules = DEFAULT_REMINDER_RULES.map((r) => ({ ...r, enabled: r.kind !== 'planner_unplanned_escalation' }));
    expect(
      scheduleUnplannedEscalation({ request: request(), now: EARLY, rules, schoolDaysBefore: weekdaysBefore }),
    ).toEqual([]);
  });

  it('a version bump changes the job id', () => {
    const [v1] = scheduleUnplannedEscalation({
      request: request({ version: 1 }),
      now: EARLY,
      schoolDaysBefore: weekdaysBefore,
    });
    const [v2] = scheduleUnplannedEscalation({
      request: request({ version: 2 }),
      now: EARLY,
      schoolDaysBefore: weekdaysBefore,
    });
    expect(v1.jobId).toBe('req-1-planner_unplanned_escalation-v1');
    expect(v2.jobId).toBe('req-1-planner_unplanned_escalation-v2');
  });
});

describe('nextDigestAt (working days, 07:30 Europe/Amsterdam)', () => {
  it.each([
    ['Monday 12:00 → Tuesday', '2026-03-09', '12:00', '2026-03-10T06:30:00.000Z'],
    ['Tuesday 07:00 → the same day', '2026-03-10', '07:00', '2026-03-10T06:30:00.000Z'],
    ['Tuesday 07:30 exactly → Wednesday', '2026-03-10', '07:30', '2026-03-11T06:30:00.000Z'],
    ['Friday 08:00 → Monday', '2026-03-13', '08:00', '2026-03-16T06:30:00.000Z'],
    ['Saturday → Monday', '2026-03-14', '10:00', '2026-03-16T06:30:00.000Z'],
    ['Sunday → Monday', '2026-03-15', '23:00', '2026-03-16T06:30:00.000Z'],
    ['Friday before the March change → Monday 07:30 CEST', '2026-03-27', '08:00', '2026-03-30T05:30:00.000Z'],
    ['Friday before the October change → Monday 07:30 CET', '2026-10-23', '08:00', '2026-10-26T06:30:00.000Z'],
  ])('%s', (_, date, time, expected) => {
    expect(iso(nextDigestAt(local(date, time)))).toBe(expected);
  });

  it('skips the public holidays passed in', () => {
    const sunday = local('2026-04-26', '12:00');
    expect(iso(nextDigestAt(sunday))).toBe('2026-04-27T05:30:00.000Z');
    expect(iso(nextDigestAt(sunday, { publicHolidays: ['2026-04-27'] }))).toBe('2026-04-28T05:30:00.000Z');
  });

  it('takes another time', () => {
    expect(iso(nextDigestAt(local('2026-03-10', '07:45'), { time: '08:00' }))).toBe('2026-03-10T07:00:00.000Z');
  });

  it('digestJobId is one per local day, without colon', () => {
    const at = nextDigestAt(local('2026-03-09', '12:00'));
    expect(digestJobId(at)).toBe('planner_daily_digest-2026-03-10');
    expect(digestJobId(at)).not.toContain(':');
    expect(digestJobId(new Date('2026-03-09T23:30:00.000Z'))).toBe('planner_daily_digest-2026-03-10');
  });
});
