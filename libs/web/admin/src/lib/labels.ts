import type { MessageLogDto, ReminderRuleDto } from '@halt/contracts';
import { REMINDER_KINDS } from '@halt/domain';
import type { TranslationKey } from '@halt/web/core';

const KINDS: readonly string[] = REMINDER_KINDS;

/** The rules in the domain's order (school, staff, parents, evaluation, planners); unknown kinds last. */
export const byReminderOrder = <T extends { kind: string }>(a: T, b: T): number =>
  order(a.kind) - order(b.kind) || a.kind.localeCompare(b.kind);
const order = (kind: string): number => {
  const i = KINDS.indexOf(kind);
  return i < 0 ? KINDS.length : i;
};

/** "School, 14 dagen vooraf" and so on; an unknown kind (the API may add one) is shown as it comes. */
export const reminderKindKey = (kind: string): TranslationKey | null =>
  KINDS.includes(kind) ? (`reminders.kind.${kind}` as TranslationKey) : null;

export const audienceKey = (audience: ReminderRuleDto['audience']): TranslationKey => `reminders.audience.${audience}`;
export const offsetUnitKey = (unit: ReminderRuleDto['offsetUnit']): TranslationKey => `reminders.unit.${unit}`;
export const directionKey = (direction: ReminderRuleDto['direction']): TranslationKey =>
  `reminders.direction.${direction}`;

export const MESSAGE_STATUSES: readonly MessageLogDto['status'][] = ['sent', 'failed', 'sending'];
/** "Verzonden", "Mislukt", "Bezig". */
export const messageStatusKey = (status: MessageLogDto['status']): TranslationKey => `messages.status.${status}`;
export const transportKey = (transport: MessageLogDto['transport']): TranslationKey =>
  `messages.transport.${transport}`;

const moments = new Map<string, Intl.DateTimeFormat>();
/** A moment in Dutch time, e.g. "3 feb 2027 14:05". */
export function formatMoment(iso: string | null | undefined, locale = 'nl-NL'): string {
  if (!iso) return '';
  let f = moments.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    moments.set(locale, f);
  }
  return f.format(new Date(iso));
}
