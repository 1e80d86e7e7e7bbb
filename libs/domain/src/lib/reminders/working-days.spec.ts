import { addWorkingDays, isWorkingDay } from './working-days';

describe('working days', () => {
  it('Monday–Friday, minus public holidays', () => {
    expect(isWorkingDay('2026-03-13')).toBe(true);
    expect(isWorkingDay('2026-03-14')).toBe(false);
    expect(isWorkingDay('2026-03-15')).toBe(false);
    expect(isWorkingDay('2026-04-27', ['2026-04-27'])).toBe(false);
    expect(isWorkingDay('2026-04-27', new Set(['2026-04-27']))).toBe(false);
  });

  it.each([
    ['Tuesday → Monday', '2026-03-10', -1, [], '2026-03-09'],
    ['Monday → Friday before', '2026-03-16', -1, [], '2026-03-13'],
    ['Sunday → Friday before', '2026-03-15', -1, [], '2026-03-13'],
    ['after Koningsdag (Monday)', '2026-04-28', -1, ['2026-04-27'], '2026-04-24'],
    ['over Easter Monday and Good Friday', '2026-04-07', -1, ['2026-04-03', '2026-04-06'], '2026-04-02'],
    ['forward over a weekend', '2026-03-13', 1, [], '2026-03-16'],
    ['five back is a week', '2026-03-13', -5, [], '2026-03-06'],
    ['zero is the date itself', '2026-03-14', 0, [], '2026-03-14'],
  ])('%s', (_, date, n, holidays, expected) => {
    expect(addWorkingDays(date, n, holidays)).toBe(expected);
  });

  it('rejects a fractional count and a bad date', () => {
    expect(() => addWorkingDays('2026-03-10', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(/Geen geldige datum/);
  });
});
