import { rankCandidates } from './candidates';
import { createPlanningContext } from './context';
import type { PlanningProblem } from './model';
import { createPlanningState } from './state';
import { AMERSFOORT, school, session, staffMember, ZEIST } from './testing/fixtures';

const problem: PlanningProblem = {
  staff: [
    staffMember('near', { name: 'Anna', home: ZEIST }),
    staffMember('far', { name: 'Bram', home: AMERSFOORT }),
    staffMember('known', { name: 'Carla', home: AMERSFOORT, preferredWeekdays: [2, 3] }),
    staffMember('sick', { name: 'Daan', absences: [{ from: '2026-10-05', to: '2026-10-05', kind: 'sick' }] }),
    staffMember('other', { name: 'Eva', regionIds: ['amsterdam'] }),
  ],
  schools: [school('s1')],
  sessions: [session('x'), session('earlier')],
  assignments: [
    { sessionId: 'earlier', staffIds: ['known'], date: '2026-10-06', start: '09:00', end: '10:30', pinned: true },
  ],
};

describe('rankCandidates', () => {
  const state = createPlanningState(problem);
  const ranking = rankCandidates('x', { date: '2026-10-05', start: '10:00' }, state);

  it('ranks eligible staff by score and explains every soft goal', () => {
    expect(ranking.slotViolations).toEqual([]);
    expect(ranking.eligible.map((c) => c.staffId)).toEqual(['near', 'known', 'far']);
    const anna = ranking.eligible[0];
    expect(anna.goals.map((g) => [g.goal, g.points, g.detail])).toEqual([
      ['travel', -15, 'reistijd vanaf huis 15 min'],
      // Fair share: 2 sessions × 90 min over 5 equal contracts = 36 min; 90 min is 18 min too many.
      ['fairness', -1.5, '0 u gepland, eerlijk deel 0,6 u: wordt zwaarder belast dan het eerlijke deel'],
      ['continuity', -30, 'nieuw op deze school'],
      ['firstChoice', 0, 'in de eerste keus van de school'],
      ['preferredWeekday', 0, 'maandag past bij de voorkeur'],
    ]);
    expect(anna.score).toBeCloseTo(-15 - 1.5 - 30, 9);
    expect(anna.rules.every((r) => r.passed)).toBe(true);
  });

  it('rewards continuity and penalises a day outside the preferred weekdays', () => {
    const carla = ranking.eligible.find((c) => c.staffId === 'known')!;
    expect(carla.goals.find((g) => g.goal === 'continuity')).toEqual({
      goal: 'continuity',
      points: 0,
      detail: 'heeft al 1 sessie(s) op deze school',
    });
    expect(carla.goals.find((g) => g.goal === 'preferredWeekday')).toEqual({
      goal: 'preferredWeekday',
      points: -10,
      detail: 'werkt liever niet op maandag',
    });
  });

  it('lists excluded staff with the rules they break, in Dutch', () => {
    expect(ranking.excluded.map((c) => [c.staffId, c.violations.map((v) => v.rule)])).toEqual([
      ['sick', ['absence']],
      ['other', ['region']],
    ]);
    const daan = ranking.excluded[0];
    expect(daan.rules.find((r) => !r.passed)).toEqual({
      rule: 'absence',
      passed: false,
      message: 'Daan is afwezig (ziek) van 2026-10-05 t/m 2026-10-05',
    });
  });

  it('reports a slot that is not allowed at all, and ignores the session’s own placement', () => {
    const weekend = rankCandidates('x', { date: '2026-10-10', start: '10:00' }, state);
    expect(weekend.slotViolations.map((v) => v.rule)).toEqual(['school_day', 'window']);
    expect(weekend.eligible).toEqual([]);
    const placed = createPlanningState(createPlanningContext(problem), [
      { sessionId: 'x', staffIds: ['near'], date: '2026-10-05', start: '10:00', end: '11:30', pinned: false },
    ]);
    expect(rankCandidates('x', { date: '2026-10-05', start: '10:00' }, placed).eligible[0].staffId).toBe('near');
  });

  it('ranks on the week around the slot with the period standing as on the whole period', () => {
    // The whole period: Anna has a two-staff session at the school three weeks later, with Bram.
    const whole: PlanningProblem = {
      ...problem,
      sessions: [...problem.sessions, session('later', { staffNeeded: 2 })],
      assignments: [
        ...(problem.assignments ?? []),
        {
          sessionId: 'later',
          staffIds: ['near', 'far'],
          date: '2026-10-26',
          start: '09:00',
          end: '10:30',
          pinned: true,
        },
      ],
    };
    const slot = { date: '2026-10-05', start: '10:00' };
    const full = rankCandidates('x', slot, createPlanningState(whole));
    // The week alone (`problem`), with what lies beyond it in the standing: 90 + 90 + 2 × 90 minutes of demand.
    const period = {
      demandMinutes: 360,
      loadMinutes: new Map([
        ['known', 90],
        ['near', 90],
        ['far', 90],
      ]),
      sessionsAtSchool: new Map([
        ['known', 1],
        ['near', 1],
        ['far', 1],
      ]),
    };
    expect(rankCandidates('x', slot, createPlanningState(problem), period)).toEqual(full);
    // Without it, the later session's load, continuity and demand would be missing.
    expect(rankCandidates('x', slot, createPlanningState(problem))).not.toEqual(full);
  });
});
