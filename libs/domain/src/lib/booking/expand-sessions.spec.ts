import { parseSchoolHolidays } from '../calendar/school-holidays';
import { SchoolCalendar, type DateWindow } from '../calendar/school-calendar';
import holidaysJson from '../calendar/fixtures/school-holidays.json';
import { OFFER_TYPES, type SeriesInput } from '@halt/contracts';
import { expandSessions, type OfferShape, perClass, sessionCount, type SessionPlan } from './expand-sessions';

const holidays = parseSchoolHolidays(holidaysJson);
const zuid = new SchoolCalendar({
  region: 'zuid',
  holidays,
  publicHolidays: ['2026-12-25', '2026-12-26', '2027-01-01'],
});
const window: DateWindow = {
  from: '2026-11-30',
  to: '2027-03-31',
  weekdays: [1, 2, 3, 4, 5],
  earliest: '08:30',
  latest: '16:00',
};
const offer = (type: OfferShape['type'], extra: Partial<OfferShape> = {}): OfferShape => ({
  type,
  durationMinutes: 60,
  staffNeeded: 1,
  requiredSkill: 'online-veiligheid',
  ...extra,
});
const sessionsOf = (r: ReturnType<typeof expandSessions>): SessionPlan[] => {
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r.sessions;
};

describe('expandSessions', () => {
  it('makes one lesson per class, plus a parent meeting when asked', () => {
    const s = sessionsOf(
      expandSessions({
        offer: offer('voorlichting'),
        groups: [{ name: '1A' }, { name: '1B' }],
        windows: [window],
        parentMeeting: true,
        calendar: zuid,
      }),
    );
    expect(s.map((x) => [x.sequence, x.kind, x.groupIndex])).toEqual([
      [1, 'lesson', 0],
      [2, 'lesson', 1],
      [3, 'parent_meeting', null],
    ]);
    expect(s[0]).toMatchObject({
      durationMinutes: 60,
      windowFrom: '2026-11-30',
      windowTo: '2027-03-31',
      proposedStart: null,
    });
    expect(s[2]).toMatchObject({ requiredSkill: 'ouderbijeenkomst', durationMinutes: 90 });
  });

  it('gives a klassendialoog its two staff and spans all windows', () => {
    const second: DateWindow = { ...window, from: '2027-04-05', to: '2027-04-30' };
    const s = sessionsOf(
      expandSessions({
        offer: offer('klassendialoog', { staffNeeded: 2, durationMinutes: 90 }),
        groups: [{ name: '2B' }],
        windows: [second, window],
        parentMeeting: false,
        calendar: zuid,
      }),
    );
    expect(s).toEqual([
      expect.objectContaining({ kind: 'lesson', staffNeeded: 2, windowFrom: '2026-11-30', windowTo: '2027-04-30' }),
    ]);
  });

  it('runs a weekly spreekuur series past the kerstvakantie instead of into it', () => {
    const s = sessionsOf(
      expandSessions({
        offer: offer('schoolspreekuur', { durationMinutes: 120 }),
        groups: [],
        windows: [window],
        series: { frequency: 'weekly', count: 6, weekday: 3, time: '13:00' },
        parentMeeting: false,
        calendar: zuid,
      }),
    );
    // Wednesdays from 2 December; 23 and 30 December fall in the kerstvakantie (19 Dec – 3 Jan).
    expect(s.map((x) => x.proposedStart?.date)).toEqual([
      '2026-12-02',
      '2026-12-09',
      '2026-12-16',
      '2027-01-06',
      '2027-01-13',
      '2027-01-20',
    ]);
    expect(
      s.every((x) => x.kind === 'spreekuur' && x.proposedStart?.time === '13:00' && x.windowFrom === x.windowTo),
    ).toBe(true);
  });

  it('orders a halt-jrb trajectory: intake, spreekuren, then the hearings', () => {
    const s = sessionsOf(
      expandSessions({
        offer: offer('halt-jrb', { durationMinutes: 90, requiredSkill: 'jrb' }),
        groups: [],
        windows: [window],
        series: { frequency: 'fortnightly', count: 3, weekday: 2, time: '10:00', hearings: 2 },
        parentMeeting: false,
        calendar: zuid,
      }),
    );
    expect(s.map((x) => x.kind)).toEqual(['intake', 'spreekuur', 'spreekuur', 'spreekuur', 'hearing', 'hearing']);
    expect(s.map((x) => x.proposedStart?.date ?? x.windowFrom)).toEqual([
      '2026-12-01',
      '2026-12-15',
      '2027-01-12',
      '2027-01-26',
      '2027-01-27',
      '2027-01-27',
    ]);
    expect(s[4]).toMatchObject({ requiredSkill: 'jrb', windowTo: '2027-03-31' });
    expect(s.map((x) => x.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says so when the series does not fit the school year or the school day', () => {
    const tooMany = expandSessions({
      offer: offer('schoolspreekuur'),
      groups: [],
      windows: [{ ...window, from: '2027-06-01', to: '2027-07-15' }],
      series: { frequency: 'weekly', count: 12, weekday: 1, time: '09:00' },
      parentMeeting: false,
      calendar: zuid,
    });
    expect(tooMany).toEqual({
      errors: [{ field: 'series.count', message: 'er passen maar 7 spreekuren in dit schooljaar op deze weekdag' }],
    });
    const late = expandSessions({
      offer: offer('schoolspreekuur'),
      groups: [],
      windows: [window],
      series: { frequency: 'weekly', count: 2, weekday: 1, time: '15:00' },
      parentMeeting: false,
      calendar: zuid,
    });
    expect(late).toEqual({
      errors: [
        {
          field: 'series.time',
          message: 'het spreekuur van 120 minuten moet binnen de schooldag (08:30–16:00) vallen',
        },
      ],
    });
    expect(
      expandSessions({
        offer: offer('schoolspreekuur'),
        groups: [],
        windows: [window],
        parentMeeting: false,
        calendar: zuid,
      }),
    ).toEqual({
      errors: [{ field: 'series', message: 'kies weekdag, tijd en het aantal spreekuren' }],
    });
  });
});

describe('sessionCount', () => {
  const groups = [{ name: '1A' }, { name: '1B' }, { name: '1C' }];
  const series: SeriesInput = { frequency: 'fortnightly', count: 3, weekday: 2, time: '10:00', hearings: 2 };
  it.each(OFFER_TYPES.flatMap((type) => [true, false].map((parentMeeting) => [type, parentMeeting] as const)))(
    'counts what expandSessions makes of a %s request (parent meeting: %s)',
    (type, parentMeeting) => {
      const made = sessionsOf(
        expandSessions({ offer: offer(type), groups, windows: [window], series, parentMeeting, calendar: zuid }),
      );
      expect(sessionCount({ type, groupCount: groups.length, series, parentMeeting })).toBe(made.length);
    },
  );

  it('counts one hearing when a halt-jrb series names none, and nothing for a series not yet filled in', () => {
    expect(sessionCount({ type: 'halt-jrb', groupCount: 0, series: { count: 4 }, parentMeeting: false })).toBe(6);
    expect(sessionCount({ type: 'schoolspreekuur', groupCount: 2, parentMeeting: true })).toBe(1);
  });

  it('knows which offers are given per class', () => {
    expect(OFFER_TYPES.filter(perClass)).toEqual(['voorlichting', 'klassendialoog', 'jongerenrechtbank']);
  });
});
