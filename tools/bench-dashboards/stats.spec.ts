import { parseGenerateOptions } from './generate';
import { countRows, fmtBytes, percentile, periodMix, periodsOf, summarise } from './stats';

describe('dashboard benchmark helpers', () => {
  describe('percentile', () => {
    it('interpolates between the nearest ranks', () => {
      expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
      expect(percentile([10], 95)).toBe(10);
      const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
      expect(percentile(hundred, 95)).toBeCloseTo(95.05, 10);
      expect(percentile(hundred, 0)).toBe(1);
      expect(percentile(hundred, 100)).toBe(100);
    });

    it('is NaN without values and refuses a p outside 0–100', () => {
      expect(percentile([], 50)).toBeNaN();
      expect(() => percentile([1], 101)).toThrow(RangeError);
      expect(() => percentile([1], -1)).toThrow(RangeError);
    });
  });

  it('summarises values in any order', () => {
    const s = summarise([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ n: 5, min: 1, p50: 3, max: 5, mean: 3 });
    expect(s.p95).toBeCloseTo(4.8, 10);
    expect(summarise([]).p50).toBeNaN();
  });

  describe('periods', () => {
    const all = periodsOf(2023, 3);

    it('covers the generated school years with every kind of period', () => {
      expect(all['school-year'].map((p) => [p.from, p.to])).toEqual([
        ['2023-08-01', '2024-07-31'],
        ['2024-08-01', '2025-07-31'],
        ['2025-08-01', '2026-07-31'],
      ]);
      expect(all.year.map((p) => p.label)).toEqual(['2024', '2025']);
      expect(all.month).toHaveLength(30);
      expect(all.month.find((p) => p.label === '2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
      expect(all.month.some((p) => p.label.endsWith('-07') || p.label.endsWith('-08'))).toBe(false);
      expect(all.quarter.map((p) => p.label)).toEqual([
        '2023-Q4',
        '2024-Q1',
        '2024-Q2',
        '2024-Q3',
        '2024-Q4',
        '2025-Q1',
        '2025-Q2',
        '2025-Q3',
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
      ]);
      expect(all.quarter[0]).toMatchObject({ from: '2023-10-01', to: '2023-12-31' });
    });

    it('mixes the kinds in turn and rotates within a kind, the same every time', () => {
      const mix = periodMix(9, 2023, 3);
      expect(mix.map((p) => p.kind)).toEqual([
        'year',
        'school-year',
        'month',
        'quarter',
        'year',
        'school-year',
        'month',
        'quarter',
        'year',
      ]);
      expect(mix.filter((p) => p.kind === 'year').map((p) => p.label)).toEqual(['2024', '2025', '2024']);
      expect(mix[2].label).toBe('2023-09');
      expect(mix[6].label).toBe('2023-10');
      expect(periodMix(9, 2023, 3)).toEqual(mix);
      const hundred = periodMix(100, 2023, 3);
      expect(hundred.filter((p) => p.kind === 'month')).toHaveLength(25);
      for (const p of hundred) expect(p.from <= p.to).toBe(true);
    });
  });

  describe('countRows', () => {
    it('counts CSV lines after the header', () => {
      expect(countRows('text/csv; charset=utf-8', '\uFEFFMaand,Sessies\r\n2024-01,3\r\n2024-02,4\r\n')).toBe(2);
      expect(countRows('text/csv', '')).toBe(0);
    });

    it('counts an array, or the elements of an object’s top-level arrays', () => {
      expect(countRows('application/json', '[1,2,3]')).toBe(3);
      expect(
        countRows('application/json; charset=utf-8', '{"totals":{"a":1},"perMonth":[1,2],"rows":[{},{},{}]}'),
      ).toBe(5);
      expect(countRows('application/json', 'not json')).toBe(0);
    });
  });

  it('formats bytes', () => {
    expect(fmtBytes(999)).toBe('999 B');
    expect(fmtBytes(44_012)).toBe('44.0 kB');
    expect(fmtBytes(2_500_000)).toBe('2.50 MB');
  });

  it('parses the generator options and leaves the rest', () => {
    expect(parseGenerateOptions(['--sessions', '1000', '--keep', '--seed', '3'])).toEqual({
      options: { sessions: 1000, seed: 3 },
      rest: ['--keep'],
    });
    expect(() => parseGenerateOptions(['--responses', 'many'])).toThrow(/--responses/);
  });
});
