/** One bar group of a chart: a label and a value per series (null: no figure, no bar). */
export interface ChartRow {
  label: string;
  values: readonly (number | null)[];
}

/** Bar colours, series by series. Each has a contrast of at least 3:1 with the light page (tested). */
export const CHART_COLOURS = ['#0b57a4', '#a14600', '#2f6b1f', '#6b3fa0'] as const;

/** The colour of the page and of the chart's background (the theme's light surface and white cards). */
export const CHART_BACKGROUNDS = ['#ffffff', '#faf9fd', '#eeedf4'] as const;

/**
 * A round number at least `max` to scale the bars against, so gridlines fall on readable values:
 * 1, 2, 2.5 or 5 times a power of ten.
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) {
    // A little tolerance, so that 0.3 (0.30000000000000004) stays 0.3 and not 0.5.
    if (m * power >= max - power * 1e-9) return m * power;
  }
  return 10 * power;
}

/** The step between gridlines for a nice maximum: four or five steps. */
export function tickStep(max: number): number {
  const power = 10 ** Math.floor(Math.log10(max));
  const m = Math.round((max / power) * 10) / 10;
  return m === 2 ? max / 4 : max / 5;
}

/** Gridline values from 0 to `max` inclusive. */
export function ticks(max: number): number[] {
  const step = tickStep(max);
  const count = Math.round(max / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The scale of a chart: a fixed maximum (e.g. 5 for scores) or a nice one above the largest value. */
export function chartMax(rows: readonly ChartRow[], fixed?: number | null): number {
  if (fixed && fixed > 0) return fixed;
  return niceMax(Math.max(0, ...rows.flatMap((r) => r.values.map((v) => v ?? 0))));
}

/** A bar's length in percent of the chart's width; a value above zero always shows a sliver. */
export function barPercent(value: number | null, max: number): number {
  if (value === null || !(value > 0) || !(max > 0)) return 0;
  return Math.min(100, Math.max(0.75, (value / max) * 100));
}

/** The sum and the highest row of one series, for the chart's spoken summary. */
export function seriesSummary(
  rows: readonly ChartRow[],
  series = 0,
): { count: number; total: number; top: string; max: number } {
  let total = 0;
  let top: ChartRow | null = null;
  for (const r of rows) {
    const v = r.values[series] ?? 0;
    total += v;
    if (!top || v > (top.values[series] ?? 0)) top = r;
  }
  return { count: rows.length, total, top: top?.label ?? '', max: top?.values[series] ?? 0 };
}

/** A share of a target in whole percent (e.g. 72), or null without a target. */
export function percentOf(value: number, target: number): number | null {
  return target > 0 ? Math.round((value / target) * 100) : null;
}

/** WCAG contrast ratio of two colours written as #rrggbb. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
