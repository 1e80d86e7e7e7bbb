import { addDays, formatDay, formatMoment, formatTimeRange, periodAround, todayInAmsterdam } from './dates-model';

describe('dates on the evaluation and session pages', () => {
  it('opens the session list 60 days back and 60 days ahead', () => {
    expect(periodAround('2027-03-01')).toEqual({ from: '2026-12-31', to: '2027-04-30' });
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('takes today as it is in the Netherlands, not in UTC', () => {
    expect(todayInAmsterdam(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
  });

  it('shows a plain date without shifting it to another day', () => {
    expect(formatDay('2027-02-16')).toBe('16 februari 2027');
    expect(formatDay('2027-02-16', 'en-GB')).toBe('16 February 2027');
  });

  it('shows a session in Dutch time, also in summer', () => {
    const text = formatTimeRange('2027-06-15T08:00:00Z', '2027-06-15T09:30:00Z');
    expect(text).toContain('15 jun');
    expect(text).toContain('10:00–11:30');
  });

  it('shows when a code closes in Dutch time, without seconds', () => {
    const text = formatMoment('2027-03-02T22:59:00Z');
    expect(text).toContain('2027');
    expect(text).toContain('23:59');
    expect(text).not.toContain('23:59:00');
  });
});
