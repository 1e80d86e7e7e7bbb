import type { TranslationKey } from './nl';
import { nlShell } from './nl-shell';

export type Catalogue = Partial<Record<TranslationKey, string>>;

/**
 * The Dutch texts on hand. The first chunk holds only the shell's and the sign-in page's (nl-shell.ts); every other
 * page loads the rest (nl.ts, a lazy chunk) through `loadAllTexts()` together with its own code (`withTexts` in
 * app.routes.ts). No Angular here: the label keys' pure functions use it in unit tests.
 */
let dutch: Catalogue = nlShell;
let all: Promise<void> | undefined;
const listeners = new Set<(texts: Catalogue) => void>();

export function dutchTexts(): Catalogue {
  return dutch;
}

/** Calls `listener` once every Dutch text is loaded (the I18n service re-renders with them). */
export function onAllTexts(listener: (texts: Catalogue) => void): void {
  listeners.add(listener);
}

/**
 * Fetches every Dutch text, once. A failed fetch fails the caller (the route's load, so a page never shows keys
 * instead of texts) and is tried again on the next call.
 */
export function loadAllTexts(): Promise<void> {
  all ??= import('./nl').then(
    (m) => {
      dutch = m.nl;
      for (const listener of listeners) listener(dutch);
    },
    (e: unknown) => {
      all = undefined;
      throw e;
    },
  );
  return all;
}

/** Whether the Dutch texts on hand have `key` (both languages have the same keys). */
export function hasText(key: string): boolean {
  return Object.hasOwn(dutch, key);
}
