import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import type { Language } from '@halt/contracts';
import { type Catalogue, dutchTexts, onAllTexts } from './dutch-texts';
import type { TranslationKey } from './nl';

const STORAGE_KEY = 'halt.lang';

/**
 * Dutch is in the first chunk (the shell's texts; the rest with the pages, see dutch-texts.ts); English is its own chunk
 * with every text, fetched the first time someone switches to it (or starts in it), so the sign-in page does not
 * download a language most users never choose.
 */
const LOADERS: Record<Language, () => Promise<Catalogue | null>> = {
  nl: async () => null,
  en: () => import('./en').then((m) => m.en),
};

/** Runtime translations, Dutch first. `language` is a signal: switching re-renders every text at once. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  /** `texts` null: the Dutch texts on hand. */
  private readonly shown = signal<{ language: Language; texts: Catalogue | null }>({ language: 'nl', texts: null });
  /** Bumped on every switch: when two switches overlap, only the latest one is shown. */
  private latest = 0;
  /** The Dutch texts on hand: the shell's, then every one once a page has loaded them (`loadAllTexts`). */
  private readonly dutch = signal<Catalogue>(dutchTexts());
  /** The language on screen; it changes only once its texts are loaded. */
  readonly language = computed(() => this.shown().language);

  constructor() {
    onAllTexts((texts) => this.dutch.set(texts));
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
    let texts: Catalogue | null;
    try {
      texts = await LOADERS[language]();
    } catch {
      return;
    }
    if (request === this.latest) this.shown.set({ language, texts });
  }

  /** The text for `key` in the current language, with `{name}` placeholders filled in. */
  t(key: TranslationKey, params?: Record<string, string | number>): string {
    const text = (this.shown().texts ?? this.dutch())[key] ?? key;
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
