import { formatDay, formatMoment, formatTimeRange, periodAround } from './dates-model';

describe('dates on the evaluation and session pages', () => {
  it('opens the session list 60 days back and 60 days ahead, across month and year ends', () => {
    expect(periodAround('2027-03-01')).toEqual({ from: '2026-12-31', to: '2027-04-30' });
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
