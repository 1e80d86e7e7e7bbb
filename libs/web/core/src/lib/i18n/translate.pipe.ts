import { inject, Pipe, PipeTransform } from '@angular/core';
import { I18n } from './i18n.service';
import type { TranslationKey } from './nl';

/** `{{ 'login.heading' | t }}` — impure so that a language switch re-renders (it only reads a signal). */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: TranslationKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}
