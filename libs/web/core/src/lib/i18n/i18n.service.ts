import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';
import type { Language } from '@halt/contracts';
import { en } from './en';
import { nl, TranslationKey } from './nl';

const STORAGE_KEY = 'halt.lang';
const DICTIONARIES: Record<Language, Record<TranslationKey, string>> = { nl, en };

/** Runtime translations, Dutch first. `language` is a signal: switching re-renders every text at once. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  readonly language = signal<Language>(this.stored() ?? 'nl');

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

  /** The text for `key` in the current language, with `{name}` placeholders filled in. */
  t(key: TranslationKey, params?: Record<string, string | number>): string {
    const text = DICTIONARIES[this.language()][key] ?? key;
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
