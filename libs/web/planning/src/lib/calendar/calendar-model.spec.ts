import type { CandidatesDto } from '@halt/contracts';
import {
  blockPosition,
  blocksByDate,
  mondayOf,
  rangeOf,
  SLOT_TIMES,
  step,
  verdictFor,
  weekdayOf,
} from './calendar-model';

describe('the planning calendar model', () => {
  it('finds the Monday of a week and the weekday of a date', () => {
    expect(weekdayOf('2026-10-27')).toBe(2);
    expect(mondayOf('2026-10-27')).toBe('2026-10-26');
    expect(mondayOf('2026-11-01')).toBe('2026-10-26'); // a Sunday
  });

  it('shows a week as one row of five school days, and a month as the weeks holding its days', () => {
    expect(rangeOf('week', '2026-10-28')).toEqual({
      from: '2026-10-26',
      to: '2026-10-30',
      weeks: [['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30']],
    });
    const month = rangeOf('month', '2026-11-15');
    expect([month.from, month.to, month.weeks.length]).toEqual(['2026-10-26', '2026-12-04', 6]);
    // Never more than the API's 42 days.
    const long = rangeOf('month', '2027-03-01');
    expect((Date.parse(long.to) - Date.parse(long.from)) / 86_400_000 + 1).toBeLessThanOrEqual(42);
  });

  it('steps a week or a month', () => {
    expect(step('week', '2026-10-28', 1)).toBe('2026-11-02');
    expect(step('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(step('month', '2026-01-15', -1)).toBe('2025-12-01');
  });

  it('places a block in the day from 08:00 to 17:00, and clips what falls outside', () => {
    expect(SLOT_TIMES[0]).toBe('08:00');
    expect(SLOT_TIMES.at(-1)).toBe('16:30');
    expect(blockPosition({ start: '08:00', end: '12:30' })).toEqual({ top: 0, height: 50 });
    expect(
      blockPosition({ start: '16:30', end: '18:00' }).top + blockPosition({ start: '16:30', end: '18:00' }).height,
    ).toBeCloseTo(100);
  });

  it('groups blocks per day in time order', () => {
    const b = (date: string, start: string) => ({ date, start }) as never;
    const map = blocksByDate([b('2026-10-27', '13:00'), b('2026-10-27', '09:00'), b('2026-10-28', '10:00')]);
    expect(map.get('2026-10-27')!.map((x: { start: string }) => x.start)).toEqual(['09:00', '13:00']);
  });

  it('refuses a slot outside the windows, or a specialist a rule excludes, with the reasons', () => {
    const base: CandidatesDto = {
      sessionId: 's',
      date: '2026-10-27',
      start: '09:00',
      slotProblems: [],
      eligibleTotal: 1,
      excludedTotal: 1,
      eligible: [{ staffId: 'a', name: 'A', score: 0, goals: [], rules: [], travelMinutes: 10 }],
      excluded: [{ staffId: 'b', name: 'B', reasons: ['B is afwezig (ziek)'], rules: [] }],
    };
    expect(verdictFor(base, 'a')).toEqual({ ok: true });
    expect(verdictFor(base, null)).toEqual({ ok: true });
    expect(verdictFor(base, 'b')).toEqual({ ok: false, reasons: ['B is afwezig (ziek)'] });
    expect(verdictFor({ ...base, slotProblems: ['valt in de herfstvakantie'] }, 'a')).toEqual({
      ok: false,
      reasons: ['valt in de herfstvakantie'],
    });
  });
});
