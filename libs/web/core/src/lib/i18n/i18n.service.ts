import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import type { Language } from '@halt/contracts';
import { nl, TranslationKey } from './nl';

const STORAGE_KEY = 'halt.lang';
type Catalogue = Record<TranslationKey, string>;

/**
 * Dutch is in the first chunk; English is its own chunk, fetched the first time someone switches to it (or starts
 * in it), so the sign-in page does not download a language most users never choose.
 */
const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  nl: async () => nl,
  en: () => import('./en').then((m) => m.en),
};

/** Runtime translations, Dutch first. `language` is a signal: switching re-renders every text at once. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly shown = signal<{ language: Language; texts: Catalogue }>({ language: 'nl', texts: nl });
  /** Bumped on every switch: when two switches overlap, only the latest one is shown. */
  private latest = 0;
  /** The language on screen; it changes only once its texts are loaded. */
  readonly language = computed(() => this.shown().language);

  constructor() {
    effect(() => {
      const lang = this.language();
      this.document.documentElement.lang = lang;
      try {
        this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // storage unavailable (private mode): the choice lasts for this page only
      }
    });
  }

  /** At start-up: the language chosen earlier in this browser, if any, loaded before the first page shows. */
  restore(): Promise<void> {
    const stored = this.stored();
    return stored ? this.use(stored) : Promise.resolve();
  }

  /**
   * Switches to `language` as soon as its texts are loaded. If they cannot be loaded (offline), the page stays in
   * the current language; it never shows keys.
   */
  async use(language: Language): Promise<void> {
    const request = ++this.latest;
    let texts: Catalogue;
    try {
      texts = await LOADERS[language]();
    } catch {
      return;
    }
    if (request === this.latest) this.shown.set({ language, texts });
  }

  /** The text for `key` in the current language, with `{name}` placeholders filled in. */
  t(key: TranslationKey, params?: Record<string, string | number>): string {
    const text = this.shown().texts[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  }

  /** A locale for Intl formatting. */
  locale(): string {
    return this.language() === 'nl' ? 'nl-NL' : 'en-GB';
  }

  private stored(): Language | undefined {
    try {
      const v = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return v === 'nl' || v === 'en' ? v : undefined;
    } catch {
      return undefined;
    }
  }
}
