import type { Level, RequestState, SessionKind, SessionState } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';

export const requestStateKey = (s: RequestState): TranslationKey => `requestState.${s}`;
export const sessionStateKey = (s: SessionState): TranslationKey => `sessionState.${s}`;
export const sessionKindKey = (k: SessionKind): TranslationKey => `sessionKind.${k}`;
export const levelKey = (l: Level): TranslationKey => `level.${l}`;

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDate = (date: string): string => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '');
