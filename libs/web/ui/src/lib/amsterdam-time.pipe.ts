import { Pipe, PipeTransform } from '@angular/core';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `{{ iso | amsterdamTime: 'nl-NL' }}` — a moment shown in Dutch time (Europe/Amsterdam), whatever the browser's zone. */
@Pipe({ name: 'amsterdamTime' })
export class AmsterdamTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, locale = 'nl-NL'): string {
    if (!iso) return '';
    let f = formatters.get(locale);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'medium' });
      formatters.set(locale, f);
    }
    return f.format(new Date(iso));
  }
}
