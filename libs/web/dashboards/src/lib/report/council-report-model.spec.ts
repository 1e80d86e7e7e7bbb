import { deliveredShare, reportParams, reportYears } from './council-report-model';

describe('the council report page model', () => {
  it('offers the next year, this one and three back', () => {
    expect(reportYears(2026)).toEqual([2027, 2026, 2025, 2024, 2023]);
  });

  it('asks the API for the year, and the programme and gemeente only when chosen', () => {
    expect(reportParams({ year: 2026, programme: '', municipalityId: '' })).toEqual({ year: '2026' });
    expect(reportParams({ year: 2026, programme: 'preventie-met-gezag', municipalityId: 'm1' })).toEqual({
      year: '2026',
      programme: 'preventie-met-gezag',
      municipalityId: 'm1',
    });
  });

  it('writes delivered against ordered as a whole percentage', () => {
    expect(deliveredShare(3, 2)).toBe(67);
    expect(deliveredShare(0, 0)).toBe(0);
  });
});
