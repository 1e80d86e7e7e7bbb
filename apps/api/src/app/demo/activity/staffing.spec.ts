import { travelMinutes, zonedDateTimeToInstant } from '@halt/domain';
import { bookStaff, type SessionToBook, type StaffToBook } from './staffing';

const WORKDAY = [{ start: '08:00', end: '17:00' }];
const school = { location: { lat: 52.37, lon: 4.9 }, regionId: 'noordwest' };
/** About 12 km from the school: 20 minutes of travel. */
const nearby = { lat: 52.3, lon: 5.04 };

const specialist = (id: string, extra: Partial<StaffToBook> = {}): StaffToBook => ({
  id,
  home: nearby,
  regionIds: ['noordwest'],
  skills: { 'online-veiligheid': '2028-07-31', klassendialoog: '2028-07-31' },
  pattern: { '1': WORKDAY, '2': WORKDAY, '3': WORKDAY, '4': WORKDAY, '5': WORKDAY },
  maxSessionsPerDay: 4,
  contractHoursPerWeek: 36,
  ...extra,
});

const lesson = (key: string, extra: Partial<SessionToBook> = {}): SessionToBook => ({
  key,
  request: `r-${key}`,
  sequence: 1,
  staffNeeded: 1,
  skill: 'online-veiligheid',
  school,
  durationMinutes: 60,
  days: ['2026-12-08'],
  times: ['09:45'],
  ...extra,
});

describe('bookStaff', () => {
  it('books a specialist with the skill and region, with the travel from home', () => {
    const { booked, dropped } = bookStaff(
      [specialist('a', { regionIds: ['zuid'] }), specialist('b', { skills: {} }), specialist('c')],
      [lesson('1')],
    );
    expect(dropped).toEqual([]);
    const travel = travelMinutes(nearby, school.location);
    expect(travel).toBe(20);
    expect(booked).toEqual([
      {
        key: '1',
        date: '2026-12-08',
        time: '09:45',
        start: zonedDateTimeToInstant('2026-12-08', '09:45'),
        end: zonedDateTimeToInstant('2026-12-08', '10:45'),
        staff: [{ staffId: 'c', travelMinutes: travel }],
      },
    ]);
  });

  it('books one specialist back to back at one school, never at two schools closer than the travel between them', () => {
    // 08:30–09:30 and 09:45–10:45: 15 minutes apart — enough at one school, less than the 20 minutes to the other.
    const other = { ...school, location: nearby };
    const { booked } = bookStaff(
      [specialist('a'), specialist('b')],
      [
        lesson('1', { times: ['08:30'] }),
        lesson('2', { request: 'r-1', sequence: 2, times: ['09:45'] }),
        lesson('3', { times: ['10:45'], school: other }),
      ],
    );
    expect(booked.map((b) => [b.key, b.time, b.staff[0].staffId])).toEqual([
      ['1', '08:30', 'a'],
      ['2', '09:45', 'a'],
      ['3', '10:45', 'b'],
    ]);
  });

  it('moves a session to its next time, and keeps the order of a request, when nobody is free', () => {
    const { booked, dropped } = bookStaff(
      [specialist('a')],
      [
        lesson('1', { request: 'first', times: ['09:45'] }),
        lesson('2', { request: 'second', times: ['09:45', '13:00'] }),
        // At a school 20 minutes away, 14:15 would mean leaving before 14:00, when the 13:00 session ends
        lesson('3', {
          request: 'second',
          sequence: 2,
          times: ['11:00', '14:15', '14:30'],
          school: { ...school, location: nearby },
        }),
      ],
    );
    expect(dropped).toEqual([]);
    expect(booked.map((b) => [b.key, b.time])).toEqual([
      ['1', '09:45'],
      ['2', '13:00'],
      ['3', '14:30'],
    ]);
  });

  it('keeps to working days and the sessions per day', () => {
    const { booked, dropped } = bookStaff(
      [specialist('a', { pattern: { '3': WORKDAY }, maxSessionsPerDay: 1 })],
      [
        lesson('1', { days: ['2026-12-08', '2026-12-09'] }),
        lesson('2', { days: ['2026-12-09', '2026-12-10'], times: ['13:00'] }),
      ],
    );
    expect(booked.map((b) => [b.key, b.date])).toEqual([['1', '2026-12-09']]);
    expect(dropped).toEqual(['r-2']);
  });

  it('drops a whole request when one of its sessions finds nobody, and frees what it had booked', () => {
    const { booked, dropped } = bookStaff(
      [specialist('a'), specialist('b', { skills: { 'online-veiligheid': '2028-07-31' } })],
      [
        lesson('1', { request: 'dialogue' }),
        lesson('2', { request: 'dialogue', sequence: 2, skill: 'klassendialoog', staffNeeded: 2, times: ['13:00'] }),
        lesson('3', { request: 'later' }),
        lesson('4', { request: 'later', sequence: 2, times: ['11:00'] }),
      ],
    );
    expect(dropped).toEqual(['dialogue']);
    // 'a' is free again (the dropped request's bookings were undone) and keeps the later request together.
    expect(booked.map((b) => [b.key, b.staff.map((s) => s.staffId)])).toEqual([
      ['3', ['a']],
      ['4', ['a']],
    ]);
  });

  it('refuses a skill that has expired by the day of the session', () => {
    const { dropped } = bookStaff([specialist('a', { skills: { 'online-veiligheid': '2026-12-07' } })], [lesson('1')]);
    expect(dropped).toEqual(['r-1']);
  });
});
