import { zonedDateTimeToInstant } from '../calendar/time-zone';
import { DEFAULT_QUIET_HOURS, isInQuietHours, shiftOutOfQuietHours } from './quiet-hours';

const iso = (d: Date) => d.toISOString();
const local = (date: string, time: string) => zonedDateTimeToInstant(date, time);
const shift = (instant: Date | string, opts?: Parameters<typeof shiftOutOfQuietHours>[1]) =>
  iso(shiftOutOfQuietHours(typeof instant === 'string' ? new Date(instant) : instant, opts));

describe('shiftOutOfQuietHours (default 21:00–07:30 Europe/Amsterdam, no Sundays)', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_QUIET_HOURS).toEqual({
      start: '21:00',
      end: '07:30',
      noSendWeekdays: [7],
      timeZone: 'Europe/Amsterdam',
    });
  });

  it.each([
    ['Tuesday 08:00', '2026-03-10', '08:00'],
    ['Tuesday 07:30 (end of quiet hours)', '2026-03-10', '07:30'],
    ['Tuesday 20:59', '2026-03-10', '20:59'],
    ['Saturday 12:00', '2026-03-14', '12:00'],
    ['Monday 07:30 in summer time', '2026-03-30', '07:30'],
  ])('leaves a send outside the quiet hours alone: %s', (_, date, time) => {
    const instant = local(date, time);
    expect(shift(instant)).toBe(iso(instant));
  });

  it('keeps seconds of a send outside the quiet hours and returns a copy', () => {
    const instant = new Date('2026-03-10T12:34:56.789Z');
    const shifted = shiftOutOfQuietHours(instant);
    expect(shifted).not.toBe(instant);
    expect(iso(shifted)).toBe('2026-03-10T12:34:56.789Z');
  });

  it.each([
    ['Tuesday 21:00 → Wednesday 07:30', '2026-03-10', '21:00', '2026-03-11T06:30:00.000Z'],
    ['Tuesday 23:59 → Wednesday 07:30', '2026-03-10', '23:59', '2026-03-11T06:30:00.000Z'],
    ['Wednesday 00:00 → Wednesday 07:30', '2026-03-11', '00:00', '2026-03-11T06:30:00.000Z'],
    ['Wednesday 07:29 → Wednesday 07:30', '2026-03-11', '07:29', '2026-03-11T06:30:00.000Z'],
    ['Friday 22:00 → Saturday 07:30', '2026-03-13', '22:00', '2026-03-14T06:30:00.000Z'],
    ['Monday 03:00 → Monday 07:30', '2026-03-16', '03:00', '2026-03-16T06:30:00.000Z'],
    ['summer: Tuesday 21:30 → Wednesday 07:30 CEST', '2026-06-09', '21:30', '2026-06-10T05:30:00.000Z'],
  ])('moves a send in the quiet hours to the next 07:30: %s', (_, date, time, expected) => {
    expect(shift(local(date, time))).toBe(expected);
  });

  describe('Sundays', () => {
    it.each([
      ['Sunday 08:00', '2026-03-08', '08:00', '2026-03-09T06:30:00.000Z'],
      ['Sunday 14:00', '2026-03-08', '14:00', '2026-03-09T06:30:00.000Z'],
      ['Sunday 20:59', '2026-03-08', '20:59', '2026-03-09T06:30:00.000Z'],
      ['Sunday 22:00', '2026-03-08', '22:00', '2026-03-09T06:30:00.000Z'],
      ['Saturday 21:00 (quiet hours end on Sunday)', '2026-03-07', '21:00', '2026-03-09T06:30:00.000Z'],
      ['Sunday 00:30 (still quiet hours)', '2026-03-08', '00:30', '2026-03-09T06:30:00.000Z'],
      ['summer Sunday 12:00', '2026-06-14', '12:00', '2026-06-15T05:30:00.000Z'],
    ])('moves %s to Monday 07:30', (_, date, time, expected) => {
      expect(shift(local(date, time))).toBe(expected);
    });
  });

  describe('clock changes', () => {
    it('Saturday 2027-03-27 23:00 local → Monday 2027-03-29 07:30 CEST (05:30Z)', () => {
      const at = local('2027-03-27', '23:00');
      expect(iso(at)).toBe('2027-03-27T22:00:00.000Z');
      expect(shift(at)).toBe('2027-03-29T05:30:00.000Z');
    });

    it('Saturday 2026-10-24 22:00 local → Monday 2026-10-26 07:30 CET (06:30Z), Sunday skipped', () => {
      const at = local('2026-10-24', '22:00');
      expect(iso(at)).toBe('2026-10-24T20:00:00.000Z');
      expect(shift(at)).toBe('2026-10-26T06:30:00.000Z');
    });

    it('Saturday 2026-03-28 23:30 CET → Monday 2026-03-30 07:30 CEST (05:30Z)', () => {
      expect(shift('2026-03-28T22:30:00.000Z')).toBe('2026-03-30T05:30:00.000Z');
    });

    it('the instants of the spring-forward night (Sunday) → Monday 07:30 CEST', () => {
      // 01:30 CET, 03:30 CEST on Sunday 2026-03-29.
      expect(shift('2026-03-29T00:30:00.000Z')).toBe('2026-03-30T05:30:00.000Z');
      expect(shift('2026-03-29T01:30:00.000Z')).toBe('2026-03-30T05:30:00.000Z');
    });

    it('both 02:30s of the fall-back night (Sunday) → Monday 07:30 CET', () => {
      expect(shift('2026-10-25T00:30:00.000Z')).toBe('2026-10-26T06:30:00.000Z');
      expect(shift('2026-10-25T01:30:00.000Z')).toBe('2026-10-26T06:30:00.000Z');
    });

    it('Friday before the October change: 22:00 CEST → Saturday 07:30 CEST', () => {
      expect(shift(local('2026-10-23', '22:00'))).toBe('2026-10-24T05:30:00.000Z');
    });

    it('with Sundays allowed, the change nights end at 07:30 local in the new offset', () => {
      const opts = { noSendWeekdays: [] };
      expect(shift(local('2027-03-27', '23:00'), opts)).toBe('2027-03-28T05:30:00.000Z');
      expect(shift(local('2026-10-24', '22:00'), opts)).toBe('2026-10-25T06:30:00.000Z');
    });

    it.each(['2026-03-23', '2026-10-19', '2027-03-22', '2027-10-25'])(
      'every quarter hour of the change week starting %s lands on an allowed time, never earlier',
      (monday) => {
        const from = local(monday, '00:00').getTime();
        for (let t = from; t < from + 8 * 86_400_000; t += 15 * 60_000) {
          const instant = new Date(t);
          const shifted = shiftOutOfQuietHours(instant);
          expect(shifted.getTime()).toBeGreaterThanOrEqual(t);
          expect(isInQuietHours(shifted)).toBe(false);
          if (!isInQuietHours(instant)) expect(shifted.getTime()).toBe(t);
          // Never more than Saturday 21:00 to Monday 07:30 (35.5 h when the clocks go back).
          expect(shifted.getTime() - t).toBeLessThanOrEqual(35.5 * 3_600_000);
        }
      },
    );
  });

  describe('configurable', () => {
    it('other start and end', () => {
      const opts = { start: '22:00', end: '08:00' };
      expect(shift(local('2026-03-10', '21:30'), opts)).toBe(iso(local('2026-03-10', '21:30')));
      expect(shift(local('2026-03-10', '22:00'), opts)).toBe('2026-03-11T07:00:00.000Z');
      expect(shift(local('2026-03-11', '07:45'), opts)).toBe('2026-03-11T07:00:00.000Z');
      expect(shift(local('2026-03-08', '12:00'), opts)).toBe('2026-03-09T07:00:00.000Z');
    });

    it('quiet hours that do not wrap midnight', () => {
      const opts = { start: '12:00', end: '13:00' };
      expect(shift(local('2026-03-10', '12:30'), opts)).toBe('2026-03-10T12:00:00.000Z');
      expect(shift(local('2026-03-10', '23:00'), opts)).toBe(iso(local('2026-03-10', '23:00')));
      // Sunday → Monday at midnight, the first allowed minute.
      expect(shift(local('2026-03-08', '15:00'), opts)).toBe('2026-03-08T23:00:00.000Z');
    });

    it('start equal to end means no quiet hours', () => {
      const at = local('2026-03-10', '23:00');
      expect(shift(at, { start: '07:30', end: '07:30' })).toBe(iso(at));
    });

    it('other days without sends', () => {
      expect(shift(local('2026-03-14', '10:00'), { noSendWeekdays: [6, 7] })).toBe('2026-03-16T06:30:00.000Z');
      expect(shift(local('2026-03-13', '22:00'), { noSendWeekdays: [6, 7] })).toBe('2026-03-16T06:30:00.000Z');
      const sunday = local('2026-03-08', '10:00');
      expect(shift(sunday, { noSendWeekdays: [] })).toBe(iso(sunday));
    });

    it('rejects invalid times and a week without any send day', () => {
      expect(() => shiftOutOfQuietHours(new Date(), { start: '25:00' })).toThrow(/Geen geldige tijd/);
      expect(() => shiftOutOfQuietHours(new Date(), { noSendWeekdays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(RangeError);
    });
  });
});

describe('isInQuietHours', () => {
  it.each([
    ['2026-03-10', '20:59', false],
    ['2026-03-10', '21:00', true],
    ['2026-03-11', '03:00', true],
    ['2026-03-11', '07:29', true],
    ['2026-03-11', '07:30', false],
    ['2026-03-08', '12:00', true],
    ['2026-03-14', '12:00', false],
  ])('%s %s → %s', (date, time, expected) => {
    expect(isInQuietHours(local(date, time))).toBe(expected);
  });
});
