import type { DashboardPeriod } from '@halt/contracts';
import { isLocalDate, schoolYearBounds, schoolYearOf } from '@halt/domain';

/** The quick choices of the period filter. */
export type PeriodPreset = 'thisCalendarYear' | 'lastCalendarYear' | 'thisSchoolYear';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['thisCalendarYear', 'lastCalendarYear', 'thisSchoolYear'];

/** The query parameters that keep the period in the address (`?van=2027-01-01&tot=2027-12-31`). */
export const FROM_PARAM = 'van';
export const TO_PARAM = 'tot';

/** What is wrong with an entered period, per field; empty when it can be shown. */
export interface PeriodErrors {
  from?: 'required' | 'invalid';
  to?: 'required' | 'invalid' | 'order';
}

/**
 * The period of a quick choice, seen from `today` (yyyy-mm-dd): a calendar year runs 1 January – 31 December,
 * a school year 1 August – 31 July.
 */
export function presetPeriod(preset: PeriodPreset, today: string): DashboardPeriod {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'thisCalendarYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastCalendarYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'thisSchoolYear': {
      const { start, end } = schoolYearBounds(schoolYearOf(today));
      return { from: start, to: end };
    }
  }
}

/** The quick choice that gives exactly this period today, if any (to mark it as chosen). */
export function matchingPreset(period: DashboardPeriod, today: string): PeriodPreset | null {
  return PERIOD_PRESETS.find((p) => samePeriod(presetPeriod(p, today), period)) ?? null;
}

/** The period a dashboard opens with: this calendar year. */
export function defaultPeriod(today: string): DashboardPeriod {
  return presetPeriod('thisCalendarYear', today);
}

/** The period in the address, or the default one when it is missing, no real dates or the wrong way round. */
export function periodFromParams(from: string | null, to: string | null, today: string): DashboardPeriod {
  return isLocalDate(from) && isLocalDate(to) && from <= to ? { from, to } : defaultPeriod(today);
}

/** The query parameters for a period. */
export function periodParams(period: DashboardPeriod): Record<string, string> {
  return { [FROM_PARAM]: period.from, [TO_PARAM]: period.to };
}

export function samePeriod(a: DashboardPeriod, b: DashboardPeriod): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Checks an entered period: both dates filled in, real dates, and the end not before the start. */
export function validatePeriod(from: string, to: string): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!from) errors.from = 'required';
  else if (!isLocalDate(from)) errors.from = 'invalid';
  if (!to) errors.to = 'required';
  else if (!isLocalDate(to)) errors.to = 'invalid';
  else if (!errors.from && to < from) errors.to = 'order';
  return errors;
}
