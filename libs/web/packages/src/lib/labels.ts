import type { LedgerEntryKind } from '@halt/contracts';
import { bookingRequestLifecycle } from '@halt/domain';
import { requestStateKey, type TranslationKey } from '@halt/web/core';

export const ledgerKindKey = (k: LedgerEntryKind): TranslationKey => `packages.ledgerKind.${k}`;
/** A request's status from a field the contract leaves as text: its key, or null for a status the lifecycle lacks. */
export const knownRequestStateKey = (s: string): TranslationKey | null =>
  bookingRequestLifecycle.isState(s) ? requestStateKey(s) : null;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions, id: string): Intl.DateTimeFormat {
  let f = dateFormats.get(`${locale}|${id}`);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(`${locale}|${id}`, f);
  }
  return f;
}

/** A plain date (yyyy-MM-dd), e.g. "30 jun 2027". */
export const formatDate = (date: string | null | undefined, locale = 'nl-NL'): string =>
  date
    ? formatter(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, 'date').format(
        new Date(`${date.slice(0, 10)}T00:00:00Z`),
      )
    : '';

/** A moment in Dutch time, e.g. "3 feb 2027 14:05". */
export const formatMoment = (iso: string | null | undefined, locale = 'nl-NL'): string =>
  iso
    ? formatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }, 'moment').format(
        new Date(iso),
      )
    : '';

/** Credits with a sign, e.g. "+34", "−5", "0" (a real minus sign, read as "min"). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** The subsidy year to show first: next year from October on (orders are placed in the autumn), else this year. */
export function defaultYear(today = new Date()): number {
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}

/** The years to choose from: two back, two ahead, and the chosen one. */
export function yearOptions(chosen: number, today = new Date()): number[] {
  const now = today.getFullYear();
  const years = new Set([now - 2, now - 1, now, now + 1, now + 2, chosen]);
  return [...years].sort((a, b) => a - b);
}

/** A year from a query parameter, when it is a plausible one. */
export function yearParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}
