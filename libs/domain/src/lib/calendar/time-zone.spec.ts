import {
  instantToZoned,
  NonexistentLocalTimeError,
  todayInAmsterdam,
  zonedDateTimeToInstant,
  zoneOffsetMs,
} from './time-zone';

const iso = (d: Date) => d.toISOString();

describe('zonedDateTimeToInstant (Europe/Amsterdam)', () => {
  describe.each([
    ['2026-03-29', '2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z'],
    ['2027-03-28', '2027-03-28T00:30:00.000Z', '2027-03-28T01:30:00.000Z'],
  ])('spring forward on Sunday %s (02:00 → 03:00)', (date, at0130, at0330) => {
    it('01:30 is still winter time (UTC+1)', () => {
      expect(iso(zonedDateTimeToInstant(date, '01:30'))).toBe(at0130);
    });
    it('02:30 does not exist and is rejected by default', () => {
      expect(() => zonedDateTimeToInstant(date, '02:30')).toThrow(NonexistentLocalTimeError);
      expect(() => zonedDateTimeToInstant(date, '02:00')).toThrow(/bestaat niet/);
    });
    it("02:30 with gap 'forward' becomes 03:30 summer time", () => {
      expect(iso(zonedDateTimeToInstant(date, '02:30', undefined, { gap: 'forward' }))).toBe(at0330);
    });
    it('03:30 is summer time (UTC+2)', () => {
      expect(iso(zonedDateTimeToInstant(date, '03:30'))).toBe(at0330);
      expect(iso(zonedDateTimeToInstant(date, '03:00'))).toBe(at0330.replace('01:30', '01:00'));
    });
  });

  describe.each([
    ['2026-10-25', '2026-10-24T23:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000Z'],
    ['2027-10-31', '2027-10-30T23:30:00.000Z', '2027-10-31T00:30:00.000Z', '2027-10-31T02:30:00.000Z'],
  ])('fall back on Sunday %s (03:00 → 02:00)', (date, at0130, at0230, at0330) => {
    it('01:30 is summer time (UTC+2)', () => {
      expect(iso(zonedDateTimeToInstant(date, '01:30'))).toBe(at0130);
    });
    it('02:30 happens twice and resolves to the first (summer-time) occurrence', () => {
      expect(iso(zonedDateTimeToInstant(date, '02:30'))).toBe(at0230);
    });
    it('03:30 is winter time (UTC+1)', () => {
      expect(iso(zonedDateTimeToInstant(date, '03:30'))).toBe(at0330);
    });
    it('both occurrences of 02:30 read back as 02:30', () => {
      const first = new Date(at0230);
      const second = new Date(first.getTime() + 3_600_000);
      expect(instantToZoned(first)).toEqual({ date, time: '02:30' });
      expect(instantToZoned(second)).toEqual({ date, time: '02:30' });
    });
  });

  it('08:30 is 07:30Z in winter and 06:30Z in summer', () => {
    expect(iso(zonedDateTimeToInstant('2026-03-27', '08:30'))).toBe('2026-03-27T07:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2026-03-30', '08:30'))).toBe('2026-03-30T06:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2026-10-23', '08:30'))).toBe('2026-10-23T06:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2026-10-26', '08:30'))).toBe('2026-10-26T07:30:00.000Z');
  });

  it('round-trips every quarter hour of the change days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        if (date.endsWith('03-29') || date.endsWith('03-28')) {
          if (time >= '02:00' && time < '03:00') continue;
        }
        expect(instantToZoned(zonedDateTimeToInstant(date, time))).toEqual({ date, time });
      }
    }
  });

  it('supports another zone and reports offsets', () => {
    expect(iso(zonedDateTimeToInstant('2026-07-01', '12:00', 'UTC'))).toBe('2026-07-01T12:00:00.000Z');
    expect(zoneOffsetMs(new Date('2026-07-01T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(new Date('2026-01-01T12:00:00Z'))).toBe(3_600_000);
  });
});

describe('instantToZoned', () => {
  it('crosses the date line at midnight local', () => {
    expect(instantToZoned(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(instantToZoned(new Date('2026-06-30T22:00:00Z'))).toEqual({ date: '2026-07-01', time: '00:00' });
  });
  it('shows the jump at spring forward', () => {
    expect(instantToZoned(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(instantToZoned(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00' });
  });
  it('rejects an invalid Date', () => {
    expect(() => instantToZoned(new Date('nope'))).toThrow(RangeError);
  });
});

describe('todayInAmsterdam', () => {
  it('is already the next day after midnight in Amsterdam, in winter and in summer', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInAmsterdam(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(todayInAmsterdam(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    expect(todayInAmsterdam(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});
