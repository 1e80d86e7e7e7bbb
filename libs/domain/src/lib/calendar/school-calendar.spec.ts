import { HolidayRegion } from '@halt/contracts';
import seed from './fixtures/school-holidays.json';
import { PublicHoliday } from './public-holidays';
import { DateWindow, SchoolCalendar, SchoolCalendarInput } from './school-calendar';
import { parseSchoolHolidays } from './school-holidays';

const holidays = parseSchoolHolidays(seed);

/** Dutch public holidays 2026–2027 as the date-holidays adapter delivers them (types public + school). */
const publicHolidays: PublicHoliday[] = [
  { date: '2026-01-01', name: 'Nieuwjaarsdag' },
  { date: '2026-04-03', name: 'Goede Vrijdag' },
  { date: '2026-04-05', name: 'Eerste Paasdag' },
  { date: '2026-04-06', name: 'Tweede Paasdag' },
  { date: '2026-04-27', name: 'Koningsdag' },
  { date: '2026-05-05', name: 'Bevrijdingsdag' },
  { date: '2026-05-14', name: 'Hemelvaartsdag' },
  { date: '2026-05-24', name: 'Eerste Pinksterdag' },
  { date: '2026-05-25', name: 'Tweede Pinksterdag' },
  { date: '2026-12-25', name: 'Eerste Kerstdag' },
  { date: '2026-12-26', name: 'Tweede Kerstdag' },
  { date: '2027-01-01', name: 'Nieuwjaarsdag' },
  { date: '2027-03-26', name: 'Goede Vrijdag' },
  { date: '2027-03-28', name: 'Eerste Paasdag' },
  { date: '2027-03-29', name: 'Tweede Paasdag' },
  { date: '2027-04-27', name: 'Koningsdag' },
  { date: '2027-05-05', name: 'Bevrijdingsdag' },
  { date: '2027-05-06', name: 'Hemelvaartsdag' },
  { date: '2027-05-16', name: 'Eerste Pinksterdag' },
  { date: '2027-05-17', name: 'Tweede Pinksterdag' },
  { date: '2027-12-25', name: 'Eerste Kerstdag' },
  { date: '2027-12-26', name: 'Tweede Kerstdag' },
];

const calendarFor = (region: HolidayRegion, extra: Partial<SchoolCalendarInput> = {}) =>
  new SchoolCalendar({ region, holidays, publicHolidays, ...extra });

const zuid = calendarFor('zuid');
const noord = calendarFor('noord');

const schoolWeek = (from: string, to: string, extra: Partial<DateWindow> = {}): DateWindow => ({
  from,
  to,
  weekdays: [1, 2, 3, 4, 5],
  earliest: '08:00',
  latest: '17:00',
  ...extra,
});

describe('SchoolCalendar', () => {
  describe('school days', () => {
    it.each(['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'])(
      'the clock-change Sunday %s is never a school day',
      (date) => {
        expect(zuid.isSchoolDay(date)).toBe(false);
        expect(zuid.whyNotSchoolDay(date)).toEqual({ code: 'weekend', message: 'valt in het weekend' });
        expect(calendarFor('midden', { holidays: [], publicHolidays: [] }).isSchoolDay(date)).toBe(false);
      },
    );

    it('rejects Saturdays too and accepts an ordinary weekday', () => {
      expect(noord.whyNotSchoolDay('2026-11-14')?.code).toBe('weekend');
      expect(noord.isSchoolDay('2026-11-16')).toBe(true);
      expect(noord.whyNotSchoolDay('2026-11-16')).toBeNull();
    });

    it('knows the school holidays of its own region only', () => {
      expect(zuid.whyNotSchoolDay('2026-10-19')).toEqual({
        code: 'school_holiday',
        message: 'valt in de herfstvakantie (regio zuid)',
      });
      expect(noord.isSchoolDay('2026-10-19')).toBe(true);
      expect(noord.whyNotSchoolDay('2026-10-12')?.message).toBe('valt in de herfstvakantie (regio noord)');
      expect(zuid.isSchoolDay('2026-10-12')).toBe(true);
      expect(zuid.whyNotSchoolDay('2026-12-23')).toEqual({
        code: 'school_holiday',
        message: 'valt in de kerstvakantie (regio zuid)',
      });
    });

    it('Koningsdag 2027 (Tuesday 27 April) is a public holiday when not inside a school holiday', () => {
      // The seed's meivakantie 2027 (24 April – 2 May) covers Koningsdag, so the holiday wins …
      expect(zuid.whyNotSchoolDay('2027-04-27')).toEqual({
        code: 'school_holiday',
        message: 'valt in de meivakantie (regio zuid)',
      });
      // … and a school without that meivakantie (e.g. an admin-edited calendar) still has Koningsdag off.
      const noMayHoliday = calendarFor('zuid', { holidays: holidays.filter((h) => h.name !== 'meivakantie') });
      expect(noMayHoliday.whyNotSchoolDay('2027-04-27')).toEqual({
        code: 'public_holiday',
        message: 'is een feestdag (Koningsdag)',
      });
      expect(noMayHoliday.isSchoolDay('2027-04-26')).toBe(true);
      expect(noMayHoliday.isSchoolDay('2027-04-28')).toBe(true);
    });

    it('Koningsdag 2026 (Monday 27 April) falls in the meivakantie 25 April – 3 May 2026', () => {
      expect(noord.whyNotSchoolDay('2026-04-27')?.message).toBe('valt in de meivakantie (regio noord)');
      const onlyPublic = calendarFor('noord', { holidays: [] });
      expect(onlyPublic.whyNotSchoolDay('2026-04-27')?.message).toBe('is een feestdag (Koningsdag)');
    });

    it('public holidays outside school holidays: Hemelvaart and Tweede Pinksterdag 2027', () => {
      expect(zuid.whyNotSchoolDay('2027-05-06')?.message).toBe('is een feestdag (Hemelvaartsdag)');
      expect(zuid.whyNotSchoolDay('2027-05-17')?.message).toBe('is een feestdag (Tweede Pinksterdag)');
      expect(zuid.isSchoolDay('2027-05-07')).toBe(true);
    });

    it('accepts public holidays as bare ISO dates', () => {
      const cal = calendarFor('zuid', { publicHolidays: ['2027-05-06'] });
      expect(cal.whyNotSchoolDay('2027-05-06')).toEqual({ code: 'public_holiday', message: 'is een feestdag' });
    });

    it("knows the school's own closed days", () => {
      const cal = calendarFor('midden', { closedDays: [{ date: '2026-11-18', reason: 'studiedag' }] });
      expect(cal.whyNotSchoolDay('2026-11-18')).toEqual({
        code: 'closed_day',
        message: 'de school is dicht (studiedag)',
      });
      expect(cal.isSchoolDay('2026-11-19')).toBe(true);
    });

    it('lists school days between two dates', () => {
      expect(zuid.schoolDaysBetween('2026-10-15', '2026-10-27')).toEqual([
        '2026-10-15',
        '2026-10-16',
        '2026-10-26',
        '2026-10-27',
      ]);
      expect(zuid.schoolDaysBetween('2026-12-19', '2027-01-03')).toEqual([]);
    });

    it('rejects malformed input', () => {
      expect(() => zuid.isSchoolDay('2026-02-30')).toThrow();
      expect(() => calendarFor('zuid', { hours: { start: '16:00', end: '08:30' } })).toThrow(RangeError);
      expect(() => calendarFor('zuid', { publicHolidays: ['27-04-2027'] })).toThrow();
    });
  });

  describe('addSchoolDays', () => {
    it('skips a holiday week', () => {
      expect(zuid.addSchoolDays('2026-10-16', 1)).toBe('2026-10-26');
      expect(zuid.addSchoolDays('2026-10-12', 5)).toBe('2026-10-26');
      expect(noord.addSchoolDays('2026-10-09', 1)).toBe('2026-10-19');
      expect(noord.addSchoolDays('2026-10-12', 5)).toBe('2026-10-23');
    });

    it('counts 10 school days of lead time', () => {
      expect(zuid.addSchoolDays('2026-11-30', 10)).toBe('2026-12-14');
      expect(zuid.addSchoolDays('2026-12-14', 10)).toBe('2027-01-11');
    });

    it('starts from a non-school day and goes backwards', () => {
      expect(zuid.addSchoolDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(zuid.addSchoolDays('2026-10-26', -1)).toBe('2026-10-16');
      expect(zuid.addSchoolDays('2026-10-25', 0)).toBe('2026-10-25');
      expect(zuid.firstSchoolDayOnOrAfter('2026-10-17')).toBe('2026-10-26');
      expect(zuid.firstSchoolDayOnOrAfter('2026-10-26')).toBe('2026-10-26');
      expect(() => zuid.addSchoolDays('2026-10-26', 1.5)).toThrow(RangeError);
    });
  });

  describe('slots across the clock changes', () => {
    it('March 2026: Friday before and Monday after keep 08:30 local', () => {
      const slots = noord.slotsInWindow(schoolWeek('2026-03-27', '2026-03-30'));
      expect(slots.map((s) => [s.date, s.start, s.end, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
        ['2026-03-27', '08:30', '16:00', '2026-03-27T07:30:00.000Z', '2026-03-27T15:00:00.000Z'],
        ['2026-03-30', '08:30', '16:00', '2026-03-30T06:30:00.000Z', '2026-03-30T14:00:00.000Z'],
      ]);
    });

    it('October 2026: Friday before (summer) and Monday after (winter)', () => {
      const slots = noord.slotsInWindow(schoolWeek('2026-10-23', '2026-10-26'));
      expect(slots.map((s) => [s.date, s.startsAt.toISOString()])).toEqual([
        ['2026-10-23', '2026-10-23T06:30:00.000Z'],
        ['2026-10-26', '2026-10-26T07:30:00.000Z'],
      ]);
    });

    it('March 2027: Easter on the change weekend, so Thursday before and Tuesday after', () => {
      const slots = zuid.slotsInWindow(schoolWeek('2027-03-25', '2027-03-30'));
      expect(slots.map((s) => [s.date, s.startsAt.toISOString()])).toEqual([
        ['2027-03-25', '2027-03-25T07:30:00.000Z'],
        ['2027-03-30', '2027-03-30T06:30:00.000Z'],
      ]);
    });

    it('October 2027: Friday 29 October and Monday 1 November', () => {
      const slots = zuid.slotsInWindow(schoolWeek('2027-10-29', '2027-11-01'));
      expect(slots.map((s) => [s.date, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
        ['2027-10-29', '2027-10-29T06:30:00.000Z', '2027-10-29T14:00:00.000Z'],
        ['2027-11-01', '2027-11-01T07:30:00.000Z', '2027-11-01T15:00:00.000Z'],
      ]);
    });

    it('a window on the change Sundays only has no slots, even with Sunday allowed', () => {
      for (const sunday of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
        expect(zuid.slotsInWindow(schoolWeek(sunday, sunday, { weekdays: [6, 7] }))).toEqual([]);
        expect(zuid.fitsSession(schoolWeek(sunday, sunday, { weekdays: [7] }), 60)).toBe(false);
      }
    });
  });

  describe('windows and holidays', () => {
    const herfstZuid = schoolWeek('2026-10-17', '2026-10-25');

    it('a window inside the zuid herfstvakantie 2026 has no slots for a zuid school', () => {
      expect(zuid.slotsInWindow(herfstZuid)).toEqual([]);
      expect(zuid.fitsSession(herfstZuid, 50)).toBe(false);
    });

    it('the same window has slots for a noord school (its herfstvakantie ended on 18 October)', () => {
      expect(noord.slotsInWindow(herfstZuid).map((s) => s.date)).toEqual([
        '2026-10-19',
        '2026-10-20',
        '2026-10-21',
        '2026-10-22',
        '2026-10-23',
      ]);
      expect(noord.fitsSession(herfstZuid, 50)).toBe(true);
    });

    it('a window over Christmas keeps only the days around the kerstvakantie', () => {
      const window = schoolWeek('2026-12-16', '2027-01-06', { weekdays: [3, 5] });
      expect(zuid.slotsInWindow(window).map((s) => s.date)).toEqual(['2026-12-16', '2026-12-18', '2027-01-06']);
      expect(zuid.slotsInWindow(schoolWeek('2026-12-21', '2027-01-01'))).toEqual([]);
    });

    it('intersects the window times with the school day', () => {
      const cal = calendarFor('zuid', { hours: { start: '08:15', end: '15:15' } });
      const [slot] = cal.slotsInWindow(schoolWeek('2026-11-16', '2026-11-16', { earliest: '10:00', latest: '17:00' }));
      expect([slot.start, slot.end]).toEqual(['10:00', '15:15']);
      expect(cal.slotsInWindow(schoolWeek('2026-11-16', '2026-11-16', { earliest: '15:15', latest: '17:00' }))).toEqual(
        [],
      );
    });
  });

  describe('possibleStarts and fitsSession', () => {
    const window = schoolWeek('2026-11-16', '2026-11-17', { weekdays: [1], earliest: '13:00', latest: '15:00' });

    it('steps through the slot in quarters of an hour', () => {
      const starts = zuid.possibleStarts(window, 90);
      expect(starts.map((s) => `${s.date} ${s.start}-${s.end}`)).toEqual([
        '2026-11-16 13:00-14:30',
        '2026-11-16 13:15-14:45',
        '2026-11-16 13:30-15:00',
      ]);
      expect(starts[0].startsAt.toISOString()).toBe('2026-11-16T12:00:00.000Z');
      expect(starts[0].endsAt.toISOString()).toBe('2026-11-16T13:30:00.000Z');
    });

    it('honours the step and the duration', () => {
      expect(zuid.possibleStarts(window, 60, 30).map((s) => s.start)).toEqual(['13:00', '13:30', '14:00']);
      expect(zuid.possibleStarts(window, 120)).toHaveLength(1);
      expect(zuid.fitsSession(window, 120)).toBe(true);
      expect(zuid.fitsSession(window, 121)).toBe(false);
      expect(() => zuid.possibleStarts(window, 0)).toThrow(RangeError);
    });
  });
});
