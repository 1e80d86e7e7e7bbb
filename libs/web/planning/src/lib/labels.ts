import type { TranslationKey } from '@halt/web/core';

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

const RULES: readonly string[] = [
  'staff_count',
  'skill',
  'language',
  'region',
  'school_day',
  'window',
  'school_hours',
  'working_pattern',
  'absence',
  'overlap',
  'daily_sessions',
  'weekly_hours',
  'sequence',
];
const GOALS: readonly string[] = ['travel', 'fairness', 'continuity', 'firstChoice', 'preferredWeekday'];
/** The name of a hard rule; an unknown code (the API may add one) is shown as it comes. */
export const ruleKey = (rule: string): TranslationKey | null =>
  RULES.includes(rule) ? (`matching.rule.${rule}` as TranslationKey) : null;
/** The name of a soft goal; an unknown code is shown as it comes. */
export const goalKey = (goal: string): TranslationKey | null =>
  GOALS.includes(goal) ? (`matching.goal.${goal}` as TranslationKey) : null;
