import {
  type DashboardPeriod,
  type MonthFigureDto,
  OFFER_TYPES,
  type OfferTypeFigureDto,
  type RegionFigureDto,
} from '@halt/contracts';

/** The months (yyyy-mm) a period touches, in order. */
export function monthsOf(period: DashboardPeriod): string[] {
  const months: string[] = [];
  let [y, m] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const [endY, endM] = [Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7))];
  while ((y < endY || (y === endY && m <= endM)) && months.length < 1200) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/** Every month of the period, with zeros for months without sessions, so the chart shows the quiet ones too. */
export function fillMonths(figures: readonly MonthFigureDto[], period: DashboardPeriod): MonthFigureDto[] {
  const byMonth = new Map(figures.map((f) => [f.month.slice(0, 7), f]));
  const months = monthsOf(period);
  const filled = months.map((month) => {
    const f = byMonth.get(month);
    return { month, sessions: f?.sessions ?? 0, pupils: f?.pupils ?? 0 };
  });
  // Months the API gives outside the period (it should not) are kept rather than hidden.
  const extra = [...byMonth.entries()]
    .filter(([month]) => !months.includes(month))
    .map(([month, f]) => ({ month, sessions: f.sessions, pupils: f.pupils }));
  return [...filled, ...extra].sort((a, b) => a.month.localeCompare(b.month));
}

/** Offer types in the catalogue's order. */
export function byOfferTypeOrder(figures: readonly OfferTypeFigureDto[]): OfferTypeFigureDto[] {
  const order = (t: string) => {
    const i = (OFFER_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? OFFER_TYPES.length : i;
  };
  return [...figures].sort((a, b) => order(a.offerType) - order(b.offerType));
}

/** Regions by name (Dutch order). */
export function byRegionName(figures: readonly RegionFigureDto[]): RegionFigureDto[] {
  return [...figures].sort((a, b) => a.region.localeCompare(b.region, 'nl'));
}
