import { eachDate, weekday } from '@halt/domain';
import { currentYearActivity, currentYearSpan } from './current-year';

const weekdays = (d: string) => weekday(d) <= 5;

describe('the current school year of the demo', () => {
  it.each([
    ['2026-12-02', '2026-08-25', '2027-01-13', [2026, 2027]],
    ['2027-07-20', '2026-08-25', '2027-07-31', [2026, 2027]],
    ['2027-08-03', '2027-08-25', '2027-09-14', [2027, 2028]],
  ])('on %s runs from %s to %s, ordering for %j', (today, from, to, years) => {
    expect(currentYearSpan(today)).toEqual({ from, to, subsidyYears: years });
  });

  it('places sessions on the school days of each region, as many as the days all regions have together', () => {
    const options = currentYearActivity({
      now: new Date('2026-12-02T11:00:00Z'),
      today: '2026-12-02',
      // the south is off on Fridays; the middle has no calendar at all
      isSchoolDay: { noord: weekdays, zuid: (d) => weekdays(d) && weekday(d) !== 5 },
      freeCancellationDays: 10,
      evaluationOpenDays: 14,
    });
    const { days } = options.years[0];
    const span = eachDate('2026-08-25', '2027-01-13');
    expect(days.noord).toEqual(span.filter(weekdays));
    expect(days.zuid.some((d) => weekday(d) === 5)).toBe(false);
    expect(days.midden).toEqual([]);
    expect(options.sessions / span.filter(weekdays).length).toBe(6);
    expect(options).toMatchObject({
      today: '2026-12-02',
      orderYears: [2026, 2027],
      livedIn: { freeCancellationDays: 10 },
      evaluationOpenDays: 14,
    });
  });
});
