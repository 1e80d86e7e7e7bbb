import { formatDutchDate } from './dutch-format';
import { isSchoolYear, schoolYearBounds, schoolYearOf } from './school-year';

describe('school years (1 August – 31 July)', () => {
  it('assigns dates to their school year', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
    expect(schoolYearOf('2026-12-31')).toBe('2026-2027');
    expect(schoolYearOf('2027-01-01')).toBe('2026-2027');
    expect(schoolYearOf('2027-07-31')).toBe('2026-2027');
  });
  it('gives the bounds of a school year', () => {
    expect(schoolYearBounds('2026-2027')).toEqual({ start: '2026-08-01', end: '2027-07-31' });
    expect(() => schoolYearBounds('2026-2028' as never)).toThrow(RangeError);
    expect(isSchoolYear('2026-2027')).toBe(true);
    expect(isSchoolYear('2026/2027')).toBe(false);
  });
});

describe('formatDutchDate', () => {
  it('writes weekday, day, month and year in Dutch', () => {
    expect(formatDutchDate('2026-12-14')).toBe('maandag 14 december 2026');
    expect(formatDutchDate('2027-04-27')).toBe('dinsdag 27 april 2027');
    expect(formatDutchDate('2027-07-31')).toBe('zaterdag 31 juli 2027');
    expect(formatDutchDate('2026-03-01')).toBe('zondag 1 maart 2026');
  });
});
