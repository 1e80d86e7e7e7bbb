import { LocalDate, weekday } from './local-date';

/** Dutch weekday names, index 1 = maandag … 7 = zondag (index 0 unused). */
export const DUTCH_WEEKDAYS = [
  '',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

/** Dutch month names, index 0 = januari. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/**
 * A date written out in Dutch with its weekday, e.g. `maandag 14 december 2026`.
 * Written by hand rather than with `Intl` so the text is identical in every runtime.
 */
export function formatDutchDate(date: LocalDate): string {
  const day = Number(date.slice(8, 10));
  const month = DUTCH_MONTHS[Number(date.slice(5, 7)) - 1];
  return `${DUTCH_WEEKDAYS[weekday(date)]} ${day} ${month} ${date.slice(0, 4)}`;
}
