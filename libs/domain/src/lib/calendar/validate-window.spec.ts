import { HolidayRegion } from '@halt/contracts';
import seed from './fixtures/school-holidays.json';
import { DateWindow, SchoolCalendar } from './school-calendar';
import { parseSchoolHolidays } from './school-holidays';
import { validateWindow, WindowValidationContext } from './validate-window';

const holidays = parseSchoolHolidays(seed);
const publicHolidays = [
  { date: '2026-12-25', name: 'Eerste Kerstdag' },
  { date: '2026-12-26', name: 'Tweede Kerstdag' },
  { date: '2027-04-27', name: 'Koningsdag' },
  { date: '2027-05-06', name: 'Hemelvaartsdag' },
];
const calendar = (region: HolidayRegion) => new SchoolCalendar({ region, holidays, publicHolidays });

const context = (overrides: Partial<WindowValidationContext> = {}): WindowValidationContext => ({
  today: '2026-11-30',
  durationMinutes: 50,
  calendar: calendar('zuid'),
  ...overrides,
});

const window = (overrides: Partial<DateWindow> = {}): DateWindow => ({
  from: '2026-12-14',
  to: '2026-12-18',
  weekdays: [1, 2, 3, 4, 5],
  earliest: '08:30',
  latest: '12:00',
  ...overrides,
});

describe('validateWindow', () => {
  it('accepts a good window', () => {
    expect(validateWindow(window(), context())).toEqual([]);
  });

  describe('lead time', () => {
    it('names the first allowed date (10 school days after today)', () => {
      expect(validateWindow(window({ from: '2026-12-11' }), context())).toEqual([
        {
          field: 'from',
          code: 'lead_time',
          message: 'moet op of na maandag 14 december 2026 liggen (10 schooldagen vooruit)',
        },
      ]);
    });

    it('counts only school days, so the kerstvakantie pushes it into January', () => {
      const errors = validateWindow(window({ from: '2027-01-04', to: '2027-01-15' }), context({ today: '2026-12-14' }));
      expect(errors.map((e) => e.message)).toEqual([
        'moet op of na maandag 11 januari 2027 liggen (10 schooldagen vooruit)',
      ]);
      expect(
        validateWindow(window({ from: '2027-01-11', to: '2027-01-15' }), context({ today: '2026-12-14' })),
      ).toEqual([]);
    });

    it('is configurable', () => {
      expect(validateWindow(window({ from: '2026-12-01' }), context({ leadSchoolDays: 1 }))).toEqual([]);
      expect(validateWindow(window({ from: '2026-11-30' }), context({ leadSchoolDays: 1 }))[0].message).toBe(
        'moet op of na dinsdag 1 december 2026 liggen (1 schooldag vooruit)',
      );
      expect(validateWindow(window({ from: '2026-11-30' }), context({ leadSchoolDays: 0 }))).toEqual([]);
    });
  });

  it('rejects dates in the past', () => {
    expect(validateWindow(window({ from: '2026-11-02', to: '2026-11-06' }), context())).toEqual([
      { field: 'from', code: 'in_past', message: 'ligt in het verleden' },
      { field: 'to', code: 'in_past', message: 'ligt in het verleden' },
    ]);
  });

  it('rejects from after to', () => {
    expect(validateWindow(window({ from: '2026-12-18', to: '2026-12-14' }), context())).toEqual([
      { field: 'to', code: 'from_after_to', message: 'moet op of na de begindatum liggen' },
    ]);
  });

  it('keeps a window within one school year', () => {
    const errors = validateWindow(window({ from: '2027-07-01', to: '2027-08-31' }), context());
    expect(errors).toEqual([
      {
        field: 'to',
        code: 'school_year',
        message:
          'moet in hetzelfde schooljaar liggen als de begindatum (schooljaar 2026-2027 loopt tot en met zaterdag 31 juli 2027)',
      },
    ]);
  });

  it('needs at least one valid weekday', () => {
    expect(validateWindow(window({ weekdays: [] }), context())).toEqual([
      { field: 'weekdays', code: 'no_weekdays', message: 'kies ten minste één weekdag' },
    ]);
    expect(validateWindow(window({ weekdays: [0, 8] }), context())[0].code).toBe('invalid_weekday');
  });

  it('checks the times', () => {
    expect(validateWindow(window({ earliest: '12:00', latest: '12:00' }), context())).toEqual([
      { field: 'latest', code: 'earliest_not_before_latest', message: 'moet later liggen dan de vroegste begintijd' },
    ]);
    expect(validateWindow(window({ earliest: '16:30', latest: '18:00' }), context())).toEqual([
      { field: 'earliest', code: 'outside_school_day', message: 'het tijdvak valt buiten de schooldag (08:30–16:00)' },
    ]);
    expect(validateWindow(window({ earliest: '07:00', latest: '09:00' }), context({ durationMinutes: 45 }))).toEqual([
      {
        field: 'latest',
        code: 'too_short',
        message: 'laat te weinig tijd voor een sessie van 45 minuten binnen de schooldag (08:30–16:00)',
      },
    ]);
    expect(validateWindow(window({ earliest: '8:30', latest: '25:00' }), context())).toEqual([
      { field: 'earliest', code: 'invalid_time', message: 'is geen geldige tijd (UU:MM)' },
      { field: 'latest', code: 'invalid_time', message: 'is geen geldige tijd (UU:MM)' },
    ]);
  });

  it('rejects invalid dates', () => {
    expect(validateWindow(window({ from: '2026-02-30', to: 'morgen' }), context())).toEqual([
      { field: 'from', code: 'invalid_date', message: 'is geen geldige datum' },
      { field: 'to', code: 'invalid_date', message: 'is geen geldige datum' },
    ]);
  });

  describe('leaves at least one possible slot', () => {
    const noDay = 'er blijft geen mogelijke dag over: alle dagen vallen in vakanties, weekenden of vrije dagen';
    const herfst = window({ from: '2026-10-17', to: '2026-10-25' });
    const early = { today: '2026-09-01' };

    it('refuses a window inside the zuid herfstvakantie for a zuid school', () => {
      expect(validateWindow(herfst, context({ ...early, calendar: calendar('zuid') }))).toEqual([
        { field: 'from', code: 'no_possible_day', message: noDay },
      ]);
    });

    it('accepts the same window for a noord school', () => {
      expect(validateWindow(herfst, context({ ...early, calendar: calendar('noord') }))).toEqual([]);
    });

    it('refuses a weekend-only window and a window over Christmas', () => {
      expect(validateWindow(window({ weekdays: [6, 7] }), context())[0].message).toBe(noDay);
      expect(validateWindow(window({ from: '2026-12-21', to: '2027-01-01' }), context())[0].code).toBe(
        'no_possible_day',
      );
    });

    it('counts public holidays and closed days', () => {
      const cal = new SchoolCalendar({
        region: 'zuid',
        holidays: [],
        publicHolidays,
        closedDays: [{ date: '2027-04-28', reason: 'studiedag' }],
      });
      const koningsdagWeek = window({ from: '2027-04-27', to: '2027-04-28', weekdays: [2, 3] });
      expect(validateWindow(koningsdagWeek, context({ calendar: cal }))[0].code).toBe('no_possible_day');
      expect(
        validateWindow({ ...koningsdagWeek, to: '2027-04-29', weekdays: [2, 3, 4] }, context({ calendar: cal })),
      ).toEqual([]);
    });
  });

  it('rejects a nonsensical context', () => {
    expect(() => validateWindow(window(), context({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => validateWindow(window(), context({ today: 'vandaag' }))).toThrow(RangeError);
  });
});
