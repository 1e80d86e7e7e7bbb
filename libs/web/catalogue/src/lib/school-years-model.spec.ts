import { schoolYearsAround } from './school-years';

describe('schoolYearsAround', () => {
  it('gives the year before, the year itself and the next', () => {
    expect(schoolYearsAround('2026-2027')).toEqual(['2025-2026', '2026-2027', '2027-2028']);
  });

  it('gives nothing while the year is not known', () => {
    expect(schoolYearsAround('')).toEqual([]);
  });
});
