import { byOfferTypeOrder, byRegionName, fillMonths, monthsOf } from './halt-dashboard-model';

describe("Halt's dashboard figures", () => {
  it('lists the months of a school year', () => {
    const months = monthsOf({ from: '2026-08-01', to: '2027-07-31' });
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-08');
    expect(months[4]).toBe('2026-12');
    expect(months[5]).toBe('2027-01');
    expect(months[11]).toBe('2027-07');
  });

  it('counts a period within one month as that month', () => {
    expect(monthsOf({ from: '2027-03-10', to: '2027-03-20' })).toEqual(['2027-03']);
  });

  it('shows months without sessions as zero', () => {
    const filled = fillMonths(
      [
        { month: '2027-03', sessions: 4, pupils: 96 },
        { month: '2027-01', sessions: 2, pupils: 50 },
      ],
      { from: '2027-01-01', to: '2027-04-30' },
    );
    expect(filled).toEqual([
      { month: '2027-01', sessions: 2, pupils: 50 },
      { month: '2027-02', sessions: 0, pupils: 0 },
      { month: '2027-03', sessions: 4, pupils: 96 },
      { month: '2027-04', sessions: 0, pupils: 0 },
    ]);
  });

  it('keeps a month the API sends outside the period', () => {
    const filled = fillMonths([{ month: '2026-12-01', sessions: 1, pupils: 20 }], {
      from: '2027-01-01',
      to: '2027-01-31',
    });
    expect(filled.map((f) => f.month)).toEqual(['2026-12', '2027-01']);
  });

  it('orders offer types as the catalogue does and regions by name', () => {
    const types = byOfferTypeOrder([
      { offerType: 'halt-jrb', sessions: 1, pupils: 1 },
      { offerType: 'voorlichting', sessions: 1, pupils: 1 },
      { offerType: 'klassendialoog', sessions: 1, pupils: 1 },
    ]);
    expect(types.map((t) => t.offerType)).toEqual(['voorlichting', 'klassendialoog', 'halt-jrb']);
    const regions = byRegionName([
      { regionId: '2', region: 'Zuid-Holland Zuid', sessions: 1, pupils: 1 },
      { regionId: '1', region: 'Amsterdam-Amstelland', sessions: 1, pupils: 1 },
    ]);
    expect(regions.map((r) => r.region)).toEqual(['Amsterdam-Amstelland', 'Zuid-Holland Zuid']);
  });
});
