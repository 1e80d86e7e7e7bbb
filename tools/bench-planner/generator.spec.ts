import { autoPlan, countViolations, evaluateObjective } from '@halt/domain';
import { generateInstance, SIZES } from './generator';

describe('benchmark generator', () => {
  it('makes the same instance for the same seed', () => {
    const a = generateInstance(SIZES['small'], 4);
    const b = generateInstance(SIZES['small'], 4);
    expect(JSON.stringify(b.sessions)).toBe(JSON.stringify(a.sessions));
    expect(JSON.stringify(b.staff)).toBe(JSON.stringify(a.staff));
    expect(a.sessions).toHaveLength(30);
    expect(a.staff).toHaveLength(8);
  });

  it.each(['tiny', 'small'])('gives a %s instance that the planner solves with zero violations', (size) => {
    const problem = generateInstance(SIZES[size], 1);
    const result = autoPlan(problem, { seed: 1, maxIterations: 20_000, timeLimitMs: 60_000 });
    expect(countViolations(problem, result.assignments).violations).toEqual([]);
    expect(result.unplanned).toEqual([]);
    expect(result.objective.total).toBeCloseTo(evaluateObjective(problem, result.assignments).total, 6);
  });

  it('keeps halt-jrb trajectories in order in a medium instance', () => {
    const problem = generateInstance(SIZES['medium'], 2);
    const ordered = problem.sessions.filter((s) => s.sequence !== undefined);
    expect(ordered.length).toBeGreaterThan(0);
    const result = autoPlan(problem, { seed: 2, maxIterations: 5_000, timeLimitMs: 60_000 });
    expect(countViolations(problem, result.assignments).byRule.sequence).toBe(0);
    expect(countViolations(problem, result.assignments).total).toBe(0);
  });
});
