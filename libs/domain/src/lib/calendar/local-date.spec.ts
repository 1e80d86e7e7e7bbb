import {
  addDays,
  assertLocalDate,
  daysBetween,
  eachDate,
  InvalidLocalDateError,
  isLocalDate,
  isLocalTime,
  LOCAL_TIME_PATTERN,
  minutesToTime,
  timeToMinutes,
  weekday,
} from './local-date';

describe('local dates', () => {
  it('accepts only existing YYYY-MM-DD dates', () => {
    expect(isLocalDate('2026-03-29')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-3-29')).toBe(false);
    expect(isLocalDate('2026-03-29T00:00')).toBe(false);
    expect(isLocalDate(20260329)).toBe(false);
    expect(() => assertLocalDate('29-03-2026')).toThrow(InvalidLocalDateError);
  });

  it('accepts only HH:mm times', () => {
    expect(isLocalTime('08:30')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('8:30')).toBe(false);
    expect(['00:00', '08:30', '23:59', '24:00', '8:30', '12:60'].map((t) => LOCAL_TIME_PATTERN.test(t))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(timeToMinutes('16:00')).toBe(960);
    expect(minutesToTime(510)).toBe('08:30');
    expect(() => minutesToTime(1440)).toThrow(RangeError);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-19', '2027-01-03')).toBe(15);
  });

  it('gives ISO weekdays (1 = Monday … 7 = Sunday)', () => {
    expect(weekday('2026-03-29')).toBe(7);
    expect(weekday('2026-10-25')).toBe(7);
    expect(weekday('2027-03-28')).toBe(7);
    expect(weekday('2027-10-31')).toBe(7);
    expect(weekday('2026-04-27')).toBe(1);
    expect(weekday('2027-04-27')).toBe(2);
    expect(weekday('1969-12-29')).toBe(1);
  });

  it('lists each date inclusive', () => {
    expect(eachDate('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDate('2026-01-02', '2026-01-02')).toEqual(['2026-01-02']);
    expect(eachDate('2026-01-03', '2026-01-02')).toEqual([]);
  });
});
