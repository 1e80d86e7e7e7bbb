import { HOLIDAY_REGIONS } from '@halt/contracts';
import { weekday } from '@halt/domain';
import { roughSchoolDay, roughSchoolYears, schoolDaysBetween } from './school-days';

describe('school days of generated activity', () => {
  it('takes the days of a span that the calendar accepts, in order', () => {
    expect(schoolDaysBetween('2026-12-04', '2026-12-08', (d) => weekday(d) <= 5)).toEqual([
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
    ]);
    expect(schoolDaysBetween('2026-12-08', '2026-12-04', () => true)).toEqual([]);
  });

  it.each([
    ['2026-12-05', false, 'a Saturday'],
    ['2026-12-21', true, 'the Monday before Christmas'],
    ['2026-12-22', false, 'the Christmas holiday'],
    ['2027-01-04', true, 'the first Monday of January'],
    ['2027-04-27', false, 'the May holiday'],
    ['2027-07-01', false, 'the summer holiday'],
    ['2027-08-16', true, 'the first Monday after it'],
  ])('roughly: %s is a school day: %s (%s)', (date, expected) => {
    expect(roughSchoolDay(date)).toBe(expected);
  });

  it('gives every region the same rough school years, with their shares', () => {
    const years = roughSchoolYears(2023, [0.3, 0.7]);
    expect(years.map((y) => y.share)).toEqual([0.3, 0.7]);
    for (const [i, y] of years.entries()) {
      const days = y.days.noord;
      expect(days[0] >= `${2023 + i}-08-16` && days.at(-1)! <= `${2024 + i}-06-30`).toBe(true);
      expect(days.every(roughSchoolDay)).toBe(true);
      for (const r of HOLIDAY_REGIONS) expect(y.days[r]).toEqual(days);
    }
  });
});
