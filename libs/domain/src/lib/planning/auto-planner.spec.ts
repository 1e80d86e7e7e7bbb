import { autoPlan, autoPlanAsync, type AutoPlanProgress } from './auto-planner';
import { countViolations } from './checker';
import type { PlannedAssignment, PlanningProblem, SessionToPlan, StaffMember } from './model';
import { SeededRandom } from './random';
import { evaluateObjective } from './scoring';
import { AMERSFOORT, school, session, staffMember, UTRECHT, ZEIST } from './testing/fixtures';

const base = (extra: Partial<PlanningProblem> = {}): PlanningProblem => ({
  staff: [staffMember('a', { home: ZEIST }), staffMember('b', { home: AMERSFOORT })],
  schools: [school('s1'), school('s2', { location: AMERSFOORT })],
  sessions: [session('x'), session('y', { schoolId: 's2' })],
  ...extra,
});

/** A seeded instance: 6 schools, 5 staff, 40 sessions, a few of them for two staff and some in series. */
function randomProblem(seed: number): PlanningProblem {
  const rng = new SeededRandom(seed);
  const places = [
    UTRECHT,
    ZEIST,
    AMERSFOORT,
    { lat: 52.03, lon: 5.06 },
    { lat: 52.12, lon: 5.2 },
    { lat: 52.0, lon: 5.3 },
  ];
  const schools = places.map((location, i) => school(`s${i}`, { location }));
  const staff: StaffMember[] = [0, 1, 2, 3, 4].map((i) =>
    staffMember(`m${i}`, {
      home: rng.pick(places),
      contractHoursPerWeek: rng.pick([16, 24, 32]),
      maxSessionsPerDay: rng.pick([2, 3]),
      preferredWeekdays: i % 2 === 0 ? [1, 2, 4] : undefined,
      absences: i === 3 ? [{ from: '2026-10-07', to: '2026-10-09', kind: 'leave' }] : [],
    }),
  );
  const sessions: SessionToPlan[] = [];
  for (let i = 0; i < 40; i++) {
    const from = `2026-10-${String(5 + rng.int(5)).padStart(2, '0')}`;
    sessions.push(
      session(`t${i}`, {
        requestId: `r${Math.floor(i / 3)}`,
        schoolId: rng.pick(schools).id,
        staffNeeded: i % 7 === 0 ? 2 : 1,
        durationMinutes: rng.pick([60, 90, 120]),
        windows: [
          { from, to: '2026-10-16', weekdays: [1, 2, 3, 4], earliest: '08:30', latest: '13:00' },
          { from: '2026-10-05', to: '2026-10-23', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
        ],
      }),
    );
  }
  return { staff, schools, sessions };
}

describe('autoPlan', () => {
  it('plans every open session without breaking a hard rule', () => {
    const problem = base();
    const result = autoPlan(problem, { seed: 7, maxIterations: 2000, timeLimitMs: 60_000 });
    expect(result.unplanned).toEqual([]);
    expect(result.assignments.map((a) => a.sessionId).sort()).toEqual(['x', 'y']);
    expect(countViolations(problem, result.assignments).total).toBe(0);
    // Each session goes to the staff member living nearest.
    const staffOf = Object.fromEntries(result.assignments.map((a) => [a.sessionId, a.staffIds]));
    expect(staffOf).toEqual({ x: ['a'], y: ['b'] });
    expect(result.objective.total).toBeCloseTo(evaluateObjective(problem, result.assignments).total, 6);
  });

  it('keeps pinned assignments exactly and plans around them', () => {
    const pinned: PlannedAssignment = {
      sessionId: 'x',
      staffIds: ['b'],
      date: '2026-10-05',
      start: '08:30',
      end: '10:00',
      pinned: true,
    };
    const problem = base({
      staff: [staffMember('b', { maxSessionsPerDay: 1 })],
      sessions: [
        session('x'),
        session('y', {
          windows: [{ from: '2026-10-05', to: '2026-10-06', weekdays: [1, 2], earliest: '08:30', latest: '16:00' }],
        }),
      ],
      assignments: [pinned],
    });
    const result = autoPlan(problem, { seed: 1, maxIterations: 500, timeLimitMs: 60_000 });
    expect(result.assignments[0]).toBe(pinned);
    expect(result.assignments[1]).toMatchObject({ sessionId: 'y', staffIds: ['b'], date: '2026-10-06', pinned: false });
    expect(result.stats.pinned).toBe(1);
  });

  it('is deterministic for a seed and an iteration limit', () => {
    const problem = randomProblem(3);
    const run = (seed: number) => autoPlan(problem, { seed, maxIterations: 3000, timeLimitMs: 60_000 });
    const first = run(11);
    const second = run(11);
    expect(second.assignments).toEqual(first.assignments);
    expect(second.objective).toEqual(first.objective);
    expect(second.stats.iterations).toBe(3000);
  });

  it('plans the same in slices that give the event loop back, and reports progress at every improvement', async () => {
    const problem = randomProblem(3);
    const plain = autoPlan(problem, { seed: 11, maxIterations: 3000, timeLimitMs: 60_000 });
    const seen: AutoPlanProgress[] = [];
    let slices = 0;
    const ticking = setInterval(() => slices++, 0);
    const sliced = await autoPlanAsync(problem, {
      seed: 11,
      maxIterations: 3000,
      timeLimitMs: 60_000,
      sliceMs: 0, // yield at every check (each 128 moves)
      onProgress: (p) => seen.push(p),
    });
    clearInterval(ticking);
    expect(sliced.assignments).toEqual(plain.assignments);
    expect(sliced.objective).toEqual(plain.objective);
    expect(slices).toBeGreaterThan(0); // timers ran while it searched
    expect(seen[0]).toMatchObject({
      phase: 'constructed',
      iterations: 0,
      bestObjective: plain.stats.constructionObjective,
    });
    expect(seen.at(-1)).toMatchObject({ phase: 'done', fraction: 1, iterations: 3000 });
    expect(seen.at(-1)?.bestObjective).toBeCloseTo(plain.objective.total, 6);
    const improved = seen.filter((p) => p.phase === 'improved');
    expect(improved.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].bestObjective).toBeLessThanOrEqual(seen[i - 1].bestObjective + 1e-9);
      expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
    }
  });

  it('solves a random instance with zero violations and improves on the construction', () => {
    for (const seed of [1, 2, 3]) {
      const problem = randomProblem(seed);
      const result = autoPlan(problem, { seed, maxIterations: 20_000, timeLimitMs: 60_000 });
      const report = countViolations(problem, result.assignments);
      expect(report.violations).toEqual([]);
      expect(result.objective.total).toBeLessThanOrEqual(result.stats.constructionObjective + 1e-9);
      expect(result.objective.total).toBeCloseTo(evaluateObjective(problem, result.assignments).total, 6);
      expect(result.assignments.length + result.unplanned.length).toBe(problem.sessions.length);
    }
  });

  it('reports a session it cannot plan, with the reason in Dutch', () => {
    const problem = base({
      sessions: [
        session('x', { requiredSkill: 'jongerenrechtbank' }),
        session('y', {
          windows: [{ from: '2026-10-10', to: '2026-10-11', weekdays: [6, 7], earliest: '08:30', latest: '16:00' }],
        }),
        session('z', {
          staffNeeded: 2,
          windows: [{ from: '2026-10-05', to: '2026-10-05', weekdays: [1], earliest: '08:30', latest: '10:00' }],
        }),
      ],
      staff: [
        staffMember('a'),
        staffMember('b', { absences: [{ from: '2026-10-05', to: '2026-10-05', kind: 'training' }] }),
      ],
    });
    const result = autoPlan(problem, { seed: 1, maxIterations: 200, timeLimitMs: 60_000 });
    expect(result.assignments).toEqual([]);
    expect(result.unplanned).toEqual([
      {
        sessionId: 'x',
        reasons: [
          {
            rule: 'skill',
            count: 1,
            message: "Geen medewerker in regio utrecht met een geldige vaardigheid 'jongerenrechtbank'",
          },
        ],
      },
      {
        sessionId: 'y',
        reasons: [
          {
            rule: 'window',
            count: 1,
            message: 'Binnen de gewenste periodes van de school is geen schooldag met genoeg tijd voor deze sessie',
          },
        ],
      },
      {
        sessionId: 'z',
        reasons: [
          { rule: 'staff_count', count: 1, message: 'Er zijn nergens 2 geschikte medewerkers tegelijk beschikbaar' },
          { rule: 'absence', count: 1, message: 'Medewerker b is afwezig (training) van 2026-10-05 t/m 2026-10-05' },
        ],
      },
    ]);
    expect(result.objective.unplanned).toBe(3000);
  });

  it('keeps the order of a halt-jrb trajectory: intake, spreekuren, then the hearing', () => {
    const fixed = (id: string, sequence: number, date: string): SessionToPlan =>
      session(id, {
        requestId: 'jrb',
        sequence,
        requiredSkill: 'spreekuur',
        durationMinutes: 120,
        windows: [],
        proposedStart: { date, time: '12:00' },
      });
    const skills = [
      { skill: 'spreekuur', validUntil: '2027-07-31' },
      { skill: 'jongerenrechtbank', validUntil: '2027-07-31' },
    ];
    const problem = base({
      staff: [staffMember('a', { skills }), staffMember('b', { skills })],
      sessions: [
        // The hearing's window starts before the spreekuren end: only the order rule keeps it after them.
        session('hearing', {
          requestId: 'jrb',
          sequence: 4,
          requiredSkill: 'jongerenrechtbank',
          staffNeeded: 2,
          windows: [
            { from: '2026-10-05', to: '2026-10-30', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
          ],
        }),
        fixed('intake', 1, '2026-10-06'),
        fixed('sp1', 2, '2026-10-13'),
        fixed('sp2', 3, '2026-10-20'),
      ],
    });
    const result = autoPlan(problem, { seed: 5, maxIterations: 2000, timeLimitMs: 60_000 });
    expect(result.unplanned).toEqual([]);
    const at = Object.fromEntries(result.assignments.map((a) => [a.sessionId, `${a.date} ${a.start}`]));
    expect(at['intake']).toBe('2026-10-06 12:00');
    expect(at['sp1']).toBe('2026-10-13 12:00');
    expect(at['sp2']).toBe('2026-10-20 12:00');
    expect(at['hearing'] >= '2026-10-20 14:00').toBe(true);
    expect(countViolations(problem, result.assignments).total).toBe(0);
  });

  it('finds a chain of two group moves where each alone is no better: a hands school X to b and takes school Y from c', () => {
    // Only travel counts. a lives near both schools but has room for two sessions a week; b lives further from
    // X than a, c far from Y. Handing X to b alone costs travel; a cannot take Y while it has X.
    const week = [
      { from: '2026-10-05', to: '2026-10-09', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
    ];
    const problem: PlanningProblem = {
      staff: [
        staffMember('a', { home: ZEIST, regionIds: ['r1', 'r2'], contractHoursPerWeek: 5 }),
        staffMember('b', { home: { lat: 51.98, lon: 5.0 }, regionIds: ['r1'] }),
        staffMember('c', { home: { lat: 52.37, lon: 4.9 }, regionIds: ['r2'] }),
      ],
      schools: [school('X', { regionId: 'r1' }), school('Y', { location: AMERSFOORT, regionId: 'r2' })],
      sessions: ['x1', 'x2', 'y1', 'y2'].map((id) =>
        session(id, { schoolId: id[0].toUpperCase(), durationMinutes: 120, windows: week }),
      ),
      weights: { fairness: 0, continuity: 0, firstChoice: 0, preferredWeekday: 0 },
      assignments: [
        { sessionId: 'x1', staffIds: ['a'], date: '2026-10-05', start: '09:00', end: '11:00', pinned: false },
        { sessionId: 'x2', staffIds: ['a'], date: '2026-10-05', start: '13:00', end: '15:00', pinned: false },
        { sessionId: 'y1', staffIds: ['c'], date: '2026-10-06', start: '09:00', end: '11:00', pinned: false },
        { sessionId: 'y2', staffIds: ['c'], date: '2026-10-06', start: '13:00', end: '15:00', pinned: false },
      ],
    };
    const start = evaluateObjective(problem, problem.assignments ?? []).total;
    // A history of one keeps only moves that are not worse, and 3 000 moves are too few for it to widen.
    const result = autoPlan(problem, { seed: 1, maxIterations: 3000, timeLimitMs: 60_000, lateAcceptanceLength: 1 });
    expect(countViolations(problem, result.assignments).total).toBe(0);
    const staffOf = Object.fromEntries(result.assignments.map((a) => [a.sessionId, a.staffIds.join()]));
    expect(staffOf).toEqual({ x1: 'b', x2: 'b', y1: 'a', y2: 'a' });
    expect(result.objective.total).toBeLessThan(start);
  });

  it('stops at the time limit', () => {
    let t = 0;
    const result = autoPlan(randomProblem(4), { seed: 1, timeLimitMs: 1000, now: () => (t += 10) });
    expect(result.stats.stoppedBy).toBe('time');
    expect(result.stats.iterations).toBeGreaterThan(0);
  });
});
