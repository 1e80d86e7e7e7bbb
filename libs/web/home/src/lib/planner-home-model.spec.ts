import { todayTiles } from './planner-home-model';

describe('the planner’s home', () => {
  const today = {
    newRequests: 3,
    nearWithUnplanned: 0,
    sessionsWithoutStaff: 2,
    firstWithoutStaff: '2027-02-02',
    sessionsNeedingReplacement: 1,
    escalations: 2,
    sessionsThisWeek: 7,
  };

  it('puts what needs acting on first, each linking into the inbox filtered on it', () => {
    expect(todayTiles(today).map((t) => [t.id, t.count, t.query, t.urgent])).toEqual([
      ['sessionsNeedingReplacement', 1, { aandacht: 'vervanging' }, true],
      ['sessionsWithoutStaff', 2, { aandacht: 'zonder-medewerker' }, true],
      ['nearWithUnplanned', 0, { aandacht: 'niet-ingepland', binnen: 14 }, false],
      ['escalations', 2, { aandacht: 'escalatie' }, true],
      ['newRequests', 3, { status: 'submitted' }, false],
      ['sessionsThisWeek', 7, { aandacht: 'komende-week' }, false],
    ]);
  });
});
