import { autoPlan, countViolations, type PlannedAssignment, type PlanningProblem } from '@halt/domain';
import { generateInstance, SIZES } from './generator';
import { checkIndependently } from './independent-checker';

const UTRECHT = { lat: 52.0907, lon: 5.1214 };
const AMERSFOORT = { lat: 52.1561, lon: 5.3878 };
const open = { isSchoolDay: () => true };

/** One specialist living in Utrecht, working 08:00–17:00 on Mondays; one school in Amersfoort (35 min away). */
function problem(extra: Partial<PlanningProblem> = {}): PlanningProblem {
  return {
    staff: [
      {
        id: 'k',
        name: 'K',
        home: UTRECHT,
        regionIds: ['r'],
        contractHoursPerWeek: 32,
        workingPattern: { 1: [{ start: '08:00', end: '17:00' }] },
        absences: [],
        recurringAbsences: [],
        maxSessionsPerDay: 3,
        skills: [{ skill: 'voorlichting', validUntil: '2027-07-31' }],
        languages: ['nl'],
      },
    ],
    schools: [{ id: 'a', location: AMERSFOORT, regionId: 'r', calendar: open }],
    sessions: ['s1', 's2'].map((id) => ({
      id,
      requestId: id,
      schoolId: 'a',
      durationMinutes: 90,
      staffNeeded: 1 as const,
      requiredSkill: 'voorlichting',
      windows: [{ from: '2026-10-05', to: '2026-10-05', weekdays: [1], earliest: '08:30', latest: '16:00' }],
    })),
    ...extra,
  };
}

const at = (sessionId: string, start: string, end: string): PlannedAssignment => ({
  sessionId,
  staffIds: ['k'],
  date: '2026-10-05',
  start,
  end,
  pinned: false,
});

describe('the independent checker of the benchmark', () => {
  it('finds a day that makes the specialist leave home before the working hours begin', () => {
    const plan = [at('s1', '08:30', '10:00'), at('s2', '10:30', '12:00')];
    const report = checkIndependently(problem(), plan);
    expect(report).toMatchObject({ earlyDepartureDays: 1, lateReturnDays: 0, staffDays: 1, total: 1 });
    // The planner's own rules agree.
    expect(countViolations(problem(), plan).byRule.working_pattern).toBe(1);
    expect(checkIndependently(problem(), [at('s1', '08:45', '10:15')]).total).toBe(0);
  });

  it('finds a late return, overlaps with the travel in between, and weekly hours with the trips home', () => {
    // Home at 17:05 after a session until 16:30; at 16:35 after one until 16:00.
    const late = checkIndependently(problem(), [at('s1', '15:00', '16:30')]);
    // …and after the school's day and the window, which end at 16:00.
    expect(late).toMatchObject({ lateReturnDays: 1, byRule: { working_pattern: 1, school_hours: 1, window: 1 } });
    expect(checkIndependently(problem(), [at('s1', '14:30', '16:00')])).toMatchObject({ lateReturnDays: 0, total: 0 });
    const overlapping = checkIndependently(problem(), [at('s1', '09:00', '10:30'), at('s2', '10:00', '11:30')]);
    expect(overlapping.byRule['overlap']).toBe(1);
    const short = problem();
    short.staff = [{ ...short.staff[0], contractHoursPerWeek: 2.5 }];
    // 90 minutes of session and 2 × 35 minutes of travel: 160 minutes, over 150.
    expect(checkIndependently(short, [at('s1', '09:00', '10:30')]).byRule['weekly_hours']).toBe(1);
    const twoAndAHalf = problem();
    twoAndAHalf.staff = [{ ...twoAndAHalf.staff[0], contractHoursPerWeek: 2 + 40 / 60 }];
    expect(checkIndependently(twoAndAHalf, [at('s1', '09:00', '10:30')]).total).toBe(0);
  });

  it('agrees with the planner on a generated instance: zero violations, no early departures', () => {
    const p = generateInstance(SIZES['small'], 2);
    const result = autoPlan(p, { seed: 2, maxIterations: 20_000 });
    expect(countViolations(p, result.assignments).total).toBe(0);
    const report = checkIndependently(p, result.assignments);
    expect(report.examples).toEqual([]);
    expect(report.earlyDepartureDays).toBe(0);
    expect(report.staffDays).toBeGreaterThan(0);
  });
});
