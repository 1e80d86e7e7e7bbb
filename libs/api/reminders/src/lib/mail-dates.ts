const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
};

/** A date and time as the Dutch e-mails write it, in Europe/Amsterdam: "dinsdag 15 september 2026 om 09:00". */
export const dutchWhen = new Intl.DateTimeFormat('nl-NL', WHEN);
/** The same in English: "Tuesday, 15 September 2026 at 09:00". */
export const englishWhen = new Intl.DateTimeFormat('en-GB', WHEN);
