import type { AbsenceKind } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';

export const ABSENCE_KINDS: readonly AbsenceKind[] = ['leave', 'sick', 'training'];

/** "Verlof", "Ziek", "Training"; an unknown kind (the API may add one) is shown as it comes. */
export const absenceKindKey = (kind: string): TranslationKey | null =>
  (ABSENCE_KINDS as readonly string[]).includes(kind) ? (`availability.kind.${kind}` as TranslationKey) : null;

/** The name of an ISO weekday (1 = Monday … 5 = Friday). */
export const weekdayKey = (day: number): TranslationKey => `weekday.${day}` as TranslationKey;

const formats = new Map<string, Intl.DateTimeFormat>();
/** A plain date (YYYY-MM-DD), e.g. "16 feb 2027". */
export function formatDay(date: string | null | undefined, locale = 'nl-NL'): string {
  if (!date) return '';
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}
