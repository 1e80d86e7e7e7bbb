import { type HardRule, isHardRule } from '@halt/domain';
import { labelKey, type TranslationKey } from '@halt/web/core';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A plain date (YYYY-MM-DD) in Dutch, e.g. "ma 2 nov 2026". */
export const formatDate = (date: string): string => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '');

/** A plain date (YYYY-MM-DD) in the given locale, e.g. "16 feb 2027". */
export const formatShortDate = (date: string | null | undefined, locale = 'nl-NL'): string =>
  date
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${date.slice(0, 10)}T00:00:00Z`),
      )
    : '';

/** Points with a sign, e.g. "+3", "−25", "0" (a real minus sign, read as "min"); rounded to one decimal. */
export const signedPoints = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '0';
};

/** The name of each of the domain's hard rules (a rule without a name fails the build). */
const hardRuleKey = (rule: HardRule): TranslationKey => `matching.rule.${rule}`;
/** The name of a hard rule; a code the domain does not know is shown as it comes. */
export const ruleKey = (rule: string): TranslationKey | null => (isHardRule(rule) ? hardRuleKey(rule) : null);
/** The name of a soft goal; a code without a name is shown as it comes. */
export const goalKey = (goal: string): TranslationKey | null => labelKey('matching.goal', goal);
