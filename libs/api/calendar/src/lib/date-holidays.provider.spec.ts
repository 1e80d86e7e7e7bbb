import { DateHolidaysProvider } from './date-holidays.provider';

describe('DateHolidaysProvider', () => {
  it('lists the Dutch days schools close in 2027, with Dutch names', () => {
    const days = new DateHolidaysProvider().publicHolidays('2027-01-01', '2027-12-31');
    const byDate = Object.fromEntries(days.map((d) => [d.date, d.name]));
    expect(byDate['2027-04-27']).toBe('Koningsdag');
    expect(byDate['2027-05-06']).toBe('Hemelvaartsdag');
    expect(byDate['2027-05-17']).toBe('Tweede pinksterdag');
    expect(byDate['2027-12-25']).toBe('Kerstmis');
    expect(byDate['2027-03-26']).toBe('Goede Vrijdag');
    expect(byDate['2027-12-31']).toBeUndefined(); // oudejaarsdag is a school day
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday (2025)', () => {
    const days = new DateHolidaysProvider().publicHolidays('2025-04-01', '2025-04-30');
    expect(days.find((d) => d.name === 'Koningsdag')?.date).toBe('2025-04-26');
  });

  it('spans years', () => {
    const days = new DateHolidaysProvider().publicHolidays('2026-12-20', '2027-01-05');
    expect(days.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });
});
