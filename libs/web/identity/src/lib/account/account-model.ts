import type { Language, SignInSessionDto } from '@halt/contracts';

/** This device first, then the others by last use (most recent first). */
export function sortSessions(sessions: readonly SignInSessionDto[]): SignInSessionDto[] {
  return [...sessions].sort(
    (a, b) =>
      Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt) || a.id.localeCompare(b.id),
  );
}

/** The other sessions: those "Overal anders uitloggen" ends. */
export function otherSessions(sessions: readonly SignInSessionDto[]): SignInSessionDto[] {
  return sessions.filter((s) => !s.current);
}

/**
 * The API labels a device in Dutch ("Firefox op Windows", "Onbekend apparaat"); in English the same label
 * reads "Firefox on Windows", "Unknown device". Browser and system names stay as they are.
 */
export function deviceName(label: string, language: Language): string {
  if (language === 'nl') return label;
  if (label === 'Onbekend apparaat') return 'Unknown device';
  return label.replace(/ op /, ' on ');
}

const moments = new Map<string, Intl.DateTimeFormat>();

/** A moment in Dutch time (Europe/Amsterdam), e.g. "2 dec 2026 14:05" in Dutch, "2 Dec 2026, 14:05" in English. */
export function formatMoment(iso: string, locale: string): string {
  let f = moments.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    moments.set(locale, f);
  }
  return f.format(new Date(iso));
}
