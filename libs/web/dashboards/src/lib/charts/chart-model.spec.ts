import {
  barPercent,
  CHART_BACKGROUNDS,
  CHART_COLOURS,
  chartMax,
  contrastRatio,
  niceMax,
  percentOf,
  seriesSummary,
  ticks,
} from './chart-model';

describe('scaling the dashboard bar charts', () => {
  it('scales against a round maximum above the largest value', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(10)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(143)).toBe(200);
    expect(niceMax(2100)).toBe(2500);
    expect(niceMax(4100)).toBe(5000);
    expect(niceMax(0.3)).toBe(0.5);
  });

  it('puts gridlines on readable values', () => {
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('keeps a fixed scale for scores, whatever the values', () => {
    const rows = [{ label: 'Klassendialoog', values: [4.2, null] }];
    expect(chartMax(rows, 5)).toBe(5);
    expect(chartMax(rows)).toBe(5);
    expect(chartMax([{ label: 'jan', values: [130] }])).toBe(200);
    expect(chartMax([])).toBe(1);
  });

  it('draws bars in proportion, a sliver for small values and none for no value', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 10000)).toBe(0.75);
    expect(barPercent(0, 200)).toBe(0);
    expect(barPercent(null, 5)).toBe(0);
    expect(barPercent(300, 200)).toBe(100);
  });

  it('summarises a series: how many bars, their sum and the highest', () => {
    const rows = [
      { label: 'jan 2027', values: [3, 60] },
      { label: 'feb 2027', values: [5, 110] },
      { label: 'mrt 2027', values: [2, 40] },
    ];
    expect(seriesSummary(rows, 1)).toEqual({ count: 3, total: 210, top: 'feb 2027', max: 110 });
    expect(seriesSummary([])).toEqual({ count: 0, total: 0, top: '', max: 0 });
  });

  it('gives progress to a target in whole percent', () => {
    expect(percentOf(143212, 200000)).toBe(72);
    expect(percentOf(16, 15)).toBe(107);
    expect(percentOf(10, 0)).toBeNull();
  });

  it('uses bar colours with at least 3:1 contrast against the page', () => {
    for (const colour of CHART_COLOURS) {
      for (const background of CHART_BACKGROUNDS) {
        expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
