import type { LocalDate, PublicHoliday, PublicHolidayProvider } from '@halt/domain';
import Holidays from 'date-holidays';

/**
 * Dutch days on which schools close, from the `date-holidays` package (country NL): its `public` days
 * (Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst) and its `school` days (Goede Vrijdag,
 * Bevrijdingsdag). 31 December (`bank`) and observances are school days.
 */
export class DateHolidaysProvider implements PublicHolidayProvider {
  private readonly holidays = new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
  private readonly cache = new Map<number, PublicHoliday[]>();

  constructor(private readonly types: readonly string[] = ['public', 'school']) {}

  publicHolidays(from: LocalDate, to: LocalDate): PublicHoliday[] {
    const out: PublicHoliday[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const h of this.ofYear(year)) if (h.date >= from && h.date <= to) out.push(h);
    }
    return out;
  }

  private ofYear(year: number): PublicHoliday[] {
    let list = this.cache.get(year);
    if (!list) {
      list = this.holidays
        .getHolidays(year, 'nl')
        .filter((h) => this.types.includes(h.type))
        .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
      this.cache.set(year, list);
    }
    return list;
  }
}
