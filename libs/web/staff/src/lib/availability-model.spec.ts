import { endAfterStart, nextRange, rangesOn, toAvailabilityRequest } from './availability-model';

describe('the availability form', () => {
  it('reads the hours of a weekday as HH:mm, and none on a day off', () => {
    const pattern = { '2': [{ start: '08:30:00', end: '12:00:00' }] };
    expect(rangesOn(pattern, 2)).toEqual([{ start: '08:30', end: '12:00' }]);
    expect(rangesOn(pattern, 3)).toEqual([]);
  });

  it('refuses a span that ends before or when it starts', () => {
    expect(endAfterStart({ value: { start: '12:00', end: '12:00' } })).toEqual({ order: true });
    expect(endAfterStart({ value: { start: '12:00', end: '12:05' } })).toBeNull();
    expect(endAfterStart({ value: { start: '', end: '09:00' } })).toBeNull();
  });

  it('starts a new span as a working day, or where the last one ends', () => {
    expect(nextRange()).toEqual({ start: '08:30', end: '16:30' });
    expect(nextRange({ start: '08:30', end: '12:00' })).toEqual({ start: '12:00', end: '16:30' });
    expect(nextRange({ start: '13:00', end: '17:00' })).toEqual({ start: '17:00', end: '17:00' });
  });

  it('sends only the days worked, each in order, and the weekday of a weekly absence as a number', () => {
    const off = { works: false, ranges: [{ start: '08:30', end: '16:30' }] };
    const body = toAvailabilityRequest({
      days: [
        {
          works: true,
          ranges: [
            { start: '13:00', end: '16:00' },
            { start: '08:30', end: '12:00' },
          ],
        },
        off,
        { works: true, ranges: [] },
        off,
        { works: true, ranges: [{ start: '09:00', end: '15:00' }] },
      ],
      preferred: [1, 5],
      recurring: [{ weekday: '3', start: '12:00', end: '17:00' }],
    });
    expect(body).toEqual({
      workingPattern: {
        '1': [
          { start: '08:30', end: '12:00' },
          { start: '13:00', end: '16:00' },
        ],
        '5': [{ start: '09:00', end: '15:00' }],
      },
      preferredWeekdays: [1, 5],
      recurringAbsences: [{ weekday: 3, start: '12:00', end: '17:00' }],
    });
  });
});
