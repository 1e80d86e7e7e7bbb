import { autoPlan } from './auto-planner';
import { countViolations } from './checker';
import type { PlannedAssignment, PlanningProblem } from './model';
import { AMERSFOORT, school, session, staffMember } from './testing/fixtures';

const problem: PlanningProblem = {
  staff: [staffMember('a', { contractHoursPerWeek: 5 }), staffMember('b')],
  schools: [school('s1'), school('s2', { location: AMERSFOORT })],
  sessions: [session('x'), session('y', { schoolId: 's2' }), session('z'), session('p')],
  assignments: [{ sessionId: 'p', staffIds: ['b'], date: '2026-10-09', start: '09:00', end: '10:30', pinned: true }],
};
const at = (sessionId: string, staffIds: string[], date: string, start: string, end: string): PlannedAssignment => ({
  sessionId,
  staffIds,
  date,
  start,
  end,
  pinned: false,
});

describe('countViolations', () => {
  it('finds nothing wrong in a plan made by the planner', () => {
    const result = autoPlan(problem, { seed: 1, maxIterations: 500, timeLimitMs: 60_000 });
    expect(countViolations(problem, result.assignments).total).toBe(0);
  });

  it('finds injected violations and counts them per rule', () => {
    const pinned = problem.assignments![0];
    const report = countViolations(problem, [
      pinned,
      // Overlap, travel included: x ends 10:30 in Utrecht, y starts 10:45 in Amersfoort (35 min away).
      at('x', ['a'], '2026-10-05', '09:00', '10:30'),
      at('y', ['a'], '2026-10-05', '10:45', '12:15'),
      // Third session of a in that week: 3 × 90 + 35 travel = 5,1 h, then z on Tuesday is beyond 5 h.
      at('z', ['a'], '2026-10-06', '09:00', '10:30'),
    ]);
    expect(report.byRule.overlap).toBe(2);
    expect(report.byRule.weekly_hours).toBe(3);
    expect(report.total).toBe(5);
    expect(report.violations[0]).toMatchObject({ sessionId: 'x', rule: 'overlap', staffId: 'a' });
  });

  it('finds changed pinned assignments, duplicates, wrong end times and unknown sessions', () => {
    const report = countViolations(problem, [
      { ...problem.assignments![0], start: '09:15', end: '10:45' },
      at('x', ['b'], '2026-10-05', '09:00', '10:00'),
      at('x', ['b'], '2026-10-06', '09:00', '10:30'),
      at('nope', ['b'], '2026-10-06', '09:00', '10:30'),
      at('z', ['b', 'a'], '2026-10-07', '09:00', '10:30'),
    ]);
    expect(report.byRule.pinned).toBe(1);
    expect(report.byRule.reference).toBe(3);
    expect(report.byRule.staff_count).toBe(1);
    expect(report.violations.map((v) => v.message)).toContain('De eindtijd 10:00 past niet bij de duur van 90 minuten');
    expect(report.violations.map((v) => v.message)).toContain('Sessie x is meer dan eens ingepland');
  });

  it('finds an assignment on a staff member who is absent or lacks the skill', () => {
    const sick: PlanningProblem = {
      ...problem,
      staff: [
        staffMember('a', { absences: [{ from: '2026-10-05', to: '2026-10-05', kind: 'sick' }], skills: [] }),
        staffMember('b'),
      ],
    };
    const report = countViolations(sick, [problem.assignments![0], at('x', ['a'], '2026-10-05', '09:00', '10:30')]);
    expect(report.byRule.absence).toBe(1);
    expect(report.byRule.skill).toBe(1);
  });
});
