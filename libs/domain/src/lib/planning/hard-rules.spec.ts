import { parseSchoolHolidays } from '../calendar/school-holidays';
import { SchoolCalendar } from '../calendar/school-calendar';
import holidaysJson from '../calendar/fixtures/school-holidays.json';
import { createPlanningContext } from './context';
import {
  type CandidateAssignment,
  checkHardRules,
  EMPTY_BOOKINGS,
  HARD_RULES,
  type HardRuleViolation,
  isHardRule,
} from './hard-rules';
import type { PlannedAssignment, PlanningProblem, SessionToPlan, StaffMember } from './model';
import { createPlanningState } from './state';
import { AMERSFOORT, school, session, staffMember } from './testing/fixtures';

const noord = new SchoolCalendar({ region: 'noord', holidays: parseSchoolHolidays(holidaysJson) });

function check(
  candidate: Partial<CandidateAssignment>,
  setup: { staff?: StaffMember[]; sessions?: SessionToPlan[]; assignments?: PlannedAssignment[] } = {},
  options = {},
): HardRuleViolation[] {
  const problem: PlanningProblem = {
    staff: setup.staff ?? [staffMember('a'), staffMember('b')],
    schools: [school('s1'), school('s2', { location: AMERSFOORT }), school('s3', { calendar: noord })],
    sessions: setup.sessions ?? [session('x')],
    assignments: setup.assignments ?? [],
  };
  const ctx = createPlanningContext(problem);
  const state = createPlanningState(ctx);
  return checkHardRules(
    ctx,
    { sessionId: 'x', date: '2026-10-05', start: '10:00', staffIds: ['a'], ...candidate },
    state,
    options,
  );
}

const rules = (v: HardRuleViolation[]) => v.map((x) => x.rule);

describe('checkHardRules', () => {
  it('allows a candidate that keeps every rule', () => {
    expect(check({})).toEqual([]);
  });

  it('needs exactly the number of staff the session asks for, all different', () => {
    const pair = [session('x', { staffNeeded: 2 })];
    expect(check({ staffIds: ['a'] }, { sessions: pair })).toEqual([
      { rule: 'staff_count', message: 'Deze sessie heeft 2 medewerker(s) nodig, er zijn er 1 ingepland' },
    ]);
    expect(check({ staffIds: ['a', 'a'] }, { sessions: pair })[0]).toEqual({
      rule: 'staff_count',
      message: 'Dezelfde medewerker is meer dan eens ingepland',
    });
    expect(check({ staffIds: ['a', 'b'] }, { sessions: pair })).toEqual([]);
    expect(check({ staffIds: ['a'] }, { sessions: pair }, { partial: true })).toEqual([]);
  });

  it('needs the skill, valid on the date', () => {
    const noSkill = [staffMember('a', { skills: [] })];
    expect(check({}, { staff: noSkill })).toEqual([
      { rule: 'skill', staffId: 'a', message: "Medewerker a heeft de vaardigheid 'voorlichting' niet" },
    ]);
    const expired = [staffMember('a', { skills: [{ skill: 'voorlichting', validUntil: '2026-10-04' }] })];
    expect(check({}, { staff: expired })[0].message).toBe(
      "De vaardigheid 'voorlichting' van Medewerker a is verlopen op zondag 4 oktober 2026",
    );
  });

  it('needs a staff member who speaks the session language', () => {
    const v = check({}, { sessions: [session('x', { language: 'en' })] });
    expect(v).toEqual([{ rule: 'language', staffId: 'a', message: "Medewerker a geeft geen sessies in de taal 'en'" }]);
  });

  it("needs a staff member who serves the school's region", () => {
    const v = check({}, { staff: [staffMember('a', { regionIds: ['amsterdam'] })] });
    expect(v).toEqual([
      { rule: 'region', staffId: 'a', message: 'Medewerker a werkt niet in regio utrecht van School s1' },
    ]);
  });

  it("needs a school day of that school, with the calendar's reason", () => {
    const v = check({ date: '2026-10-12' }, { sessions: [session('x', { schoolId: 's3' })] });
    expect(v).toEqual([
      {
        rule: 'school_day',
        message: 'maandag 12 oktober 2026 is geen schooldag voor School s3: valt in de herfstvakantie (regio noord)',
      },
    ]);
  });

  it('needs a time inside one of the windows: dates, weekday, earliest and latest', () => {
    const tuesdays = [
      session('x', {
        windows: [{ from: '2026-10-05', to: '2026-10-16', weekdays: [2], earliest: '09:00', latest: '12:00' }],
      }),
    ];
    expect(rules(check({ date: '2026-10-05' }, { sessions: tuesdays }))).toEqual(['window']);
    expect(rules(check({ date: '2026-10-06', start: '11:00' }, { sessions: tuesdays }))).toEqual(['window']);
    expect(check({ date: '2026-10-06', start: '09:00' }, { sessions: tuesdays })).toEqual([]);
    expect(check({ date: '2026-10-19' })[0]).toEqual({
      rule: 'window',
      message: 'maandag 19 oktober 2026 10:00–11:30 valt buiten de gewenste periodes van de school',
    });
  });

  it('needs exactly the fixed start of a spreekuur', () => {
    const fixed = [session('x', { windows: [], proposedStart: { date: '2026-10-07', time: '12:30' } })];
    expect(check({ date: '2026-10-07', start: '12:30' }, { sessions: fixed })).toEqual([]);
    expect(check({}, { sessions: fixed })).toEqual([
      { rule: 'window', message: 'Dit spreekuur staat vast op woensdag 7 oktober 2026 om 12:30' },
    ]);
  });

  it("needs the school's day hours", () => {
    const v = check(
      { start: '15:00' },
      {
        sessions: [
          session('x', {
            windows: [{ from: '2026-10-05', to: '2026-10-16', weekdays: [1], earliest: '08:00', latest: '18:00' }],
          }),
        ],
      },
    );
    expect(v).toEqual([
      { rule: 'school_hours', message: 'De sessie (15:00–16:30) valt buiten de schooltijden 08:30–16:00' },
    ]);
  });

  it("needs the staff member's working hours", () => {
    const parttime = [staffMember('a', { workingPattern: { 1: [{ start: '08:00', end: '11:00' }], 3: [] } })];
    expect(check({}, { staff: parttime })).toEqual([
      {
        rule: 'working_pattern',
        staffId: 'a',
        message: 'Medewerker a werkt op maandag 08:00–11:00; de sessie is 10:00–11:30',
      },
    ]);
    expect(check({ date: '2026-10-07' }, { staff: parttime })[0].message).toBe('Medewerker a werkt niet op woensdag');
  });

  it('refuses absent staff: leave, sickness, training and weekly unavailability', () => {
    const onLeave = [staffMember('a', { absences: [{ from: '2026-10-05', to: '2026-10-09', kind: 'leave' }] })];
    expect(check({}, { staff: onLeave })).toEqual([
      { rule: 'absence', staffId: 'a', message: 'Medewerker a is afwezig (verlof) van 2026-10-05 t/m 2026-10-09' },
    ]);
    const dentist = [
      staffMember('a', {
        absences: [{ from: '2026-10-05', to: '2026-10-05', startTime: '11:00', endTime: '12:00', kind: 'sick' }],
      }),
    ];
    expect(rules(check({}, { staff: dentist }))).toEqual(['absence']);
    expect(check({ start: '12:00' }, { staff: dentist })).toEqual([]);
    const weekly = [staffMember('a', { recurringAbsences: [{ weekday: 1, start: '09:00', end: '10:30' }] })];
    expect(check({}, { staff: weekly })[0].message).toBe('Medewerker a is elke maandag 09:00–10:30 niet beschikbaar');
  });

  it('refuses overlap with other assignments, travel in between included', () => {
    const sessions = [session('x'), session('y', { schoolId: 's2' })];
    const other = (start: string, end: string): PlannedAssignment[] => [
      { sessionId: 'y', staffIds: ['a'], date: '2026-10-05', start, end, pinned: false },
    ];
    expect(rules(check({}, { sessions, assignments: other('10:30', '12:00') }))).toEqual(['overlap']);
    // Amersfoort → Utrecht is 35 minutes: ending at 09:45 is too late for 10:00.
    const late = check({}, { sessions, assignments: other('08:15', '09:45') });
    expect(late).toEqual([
      {
        rule: 'overlap',
        staffId: 'a',
        message: 'Medewerker a heeft dan al een sessie (08:15–09:45); de reistijd ertussen is 35 min',
      },
    ]);
    expect(check({}, { sessions, assignments: other('07:55', '09:25') })).toEqual([]);
    expect(rules(check({}, { sessions, assignments: other('11:30', '13:00') }))).toEqual(['overlap']);
    expect(check({}, { sessions, assignments: other('12:05', '13:35') })).toEqual([]);
  });

  it('keeps the maximum number of sessions per day', () => {
    const sessions = [session('x'), session('y'), session('z')];
    const assignments: PlannedAssignment[] = [
      { sessionId: 'y', staffIds: ['a'], date: '2026-10-05', start: '08:30', end: '10:00', pinned: true },
      { sessionId: 'z', staffIds: ['a'], date: '2026-10-05', start: '12:00', end: '13:30', pinned: true },
    ];
    const staff = [staffMember('a', { maxSessionsPerDay: 2 })];
    expect(check({ start: '10:00' }, { staff, sessions, assignments })).toEqual([
      {
        rule: 'daily_sessions',
        staffId: 'a',
        message: 'Medewerker a heeft op maandag 5 oktober 2026 al 2 sessie(s); maximaal 2 per dag',
      },
    ]);
  });

  it('keeps the weekly contract hours, travel included', () => {
    // Five sessions in Amersfoort of 90 minutes plus 35 minutes travel from home in Utrecht and 35 back: 13,3 hours.
    const sessions = ['x', 'p', 'q', 'r', 's'].map((id) => session(id, { schoolId: 's2' }));
    const assignments: PlannedAssignment[] = ['p', 'q', 'r', 's'].map((id, i) => ({
      sessionId: id,
      staffIds: ['a'],
      date: `2026-10-0${6 + i}`,
      start: '09:00',
      end: '10:30',
      pinned: true,
    }));
    const staff = [staffMember('a', { contractHoursPerWeek: 13 })];
    expect(check({}, { staff, sessions, assignments })).toEqual([
      {
        rule: 'weekly_hours',
        staffId: 'a',
        message:
          'Medewerker a komt in de week van maandag 5 oktober 2026 op 13,3 uur (sessies en reistijd); het contract is 13 uur',
      },
    ]);
    expect(check({}, { staff: [staffMember('a', { contractHoursPerWeek: 13.5 })], sessions, assignments })).toEqual([]);
  });

  it('fits the trip from home to the first session and back home from the last into the working hours', () => {
    // Home in Utrecht, school in Amersfoort: 35 minutes each way; working hours 08:00–17:00.
    const amersfoort = [session('x', { schoolId: 's2' })];
    expect(check({ start: '08:30' }, { sessions: amersfoort })).toEqual([
      {
        rule: 'working_pattern',
        staffId: 'a',
        message: 'Medewerker a moet dan om 07:55 van huis vertrekken; de werktijd begint om 08:00',
      },
    ]);
    expect(check({ start: '08:45' }, { sessions: amersfoort })).toEqual([]);
    const late = [session('x', { schoolId: 's2', durationMinutes: 60 })];
    const untilFour = [staffMember('a', { workingPattern: { 1: [{ start: '08:00', end: '16:00' }] } })];
    expect(check({ start: '14:30' }, { sessions: late, staff: untilFour })).toEqual([
      {
        rule: 'working_pattern',
        staffId: 'a',
        message: 'Medewerker a is dan pas om 16:05 thuis; de werktijd eindigt om 16:00',
      },
    ]);
    expect(check({ start: '14:15' }, { sessions: late, staff: untilFour })).toEqual([]);
    // Not the first session of the day: the trip from home is before the earlier one, so 08:30 is not too early.
    const both = [session('x', { schoolId: 's2' }), session('e', { schoolId: 's2' })];
    const earlier: PlannedAssignment = {
      sessionId: 'e',
      staffIds: ['a'],
      date: '2026-10-05',
      start: '11:00',
      end: '12:30',
      pinned: true,
    };
    expect(check({ start: '12:30' }, { sessions: both, assignments: [earlier] })).toEqual([]);
  });

  it('keeps the order of a request: a later step starts after an earlier one ends', () => {
    const sessions = [
      session('x', { requestId: 'jrb', sequence: 2 }),
      session('y', { requestId: 'jrb', sequence: 1 }),
      session('z', { requestId: 'jrb', sequence: 3 }),
    ];
    const intake: PlannedAssignment = {
      sessionId: 'y',
      staffIds: ['b'],
      date: '2026-10-05',
      start: '09:00',
      end: '10:30',
      pinned: true,
    };
    expect(check({}, { sessions, assignments: [intake] })).toEqual([
      {
        rule: 'sequence',
        message: 'Stap 2 van de aanvraag moet na stap 1 komen (die eindigt maandag 5 oktober 2026 10:30)',
      },
    ]);
    expect(check({ start: '10:30' }, { sessions, assignments: [intake] })).toEqual([]);
    const hearing: PlannedAssignment = {
      sessionId: 'z',
      staffIds: ['b'],
      date: '2026-10-05',
      start: '11:00',
      end: '12:30',
      pinned: true,
    };
    expect(rules(check({ start: '10:30' }, { sessions, assignments: [hearing] }))).toEqual(['sequence']);
  });

  it('reports unknown ids and malformed times as reference errors', () => {
    const ctx = createPlanningContext({ staff: [staffMember('a')], schools: [school('s1')], sessions: [session('x')] });
    const run = (c: CandidateAssignment) => rules(checkHardRules(ctx, c, EMPTY_BOOKINGS));
    expect(run({ sessionId: 'nope', date: '2026-10-05', start: '10:00', staffIds: ['a'] })).toEqual(['reference']);
    expect(run({ sessionId: 'x', date: '2026-10-05', start: '10:00', staffIds: ['zz'] })).toEqual(['reference']);
    expect(run({ sessionId: 'x', date: '5-10-2026', start: '10:00', staffIds: ['a'] })).toEqual(['reference']);
  });

  it('lists every broken rule unless asked to stop at the first', () => {
    const staff = [staffMember('a', { skills: [], regionIds: [], workingPattern: {} })];
    expect(rules(check({}, { staff }))).toEqual(['skill', 'region', 'working_pattern']);
    expect(rules(check({}, { staff }, { firstOnly: true }))).toEqual(['skill']);
  });
});

describe('isHardRule', () => {
  it('knows the codes of HARD_RULES and nothing else', () => {
    expect(HARD_RULES.every(isHardRule)).toBe(true);
    expect(['travel', 'toString', '', 42, null].some(isHardRule)).toBe(false);
  });
});
