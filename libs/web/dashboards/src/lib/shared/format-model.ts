import type { DashboardPeriod } from '@halt/contracts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const id = `${locale}|${decimals}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(id, f);
  }
  return f;
}

function dateFormat(locale: string, id: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = dateFormats.get(`${locale}|${id}`);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(`${locale}|${id}`, f);
  }
  return f;
}

/** A number as people read it, e.g. "143.212" (Dutch) or "143,212" (English). */
export function formatNumber(value: number, locale = 'nl-NL', decimals = 0): string {
  return numberFormat(locale, decimals).format(value);
}

/** An average score with one decimal, e.g. "4,2"; a dash when there is none. */
export function formatScore(average: number | null | undefined, locale = 'nl-NL'): string {
  return average === null || average === undefined || Number.isNaN(average) ? '–' : formatNumber(average, locale, 1);
}

/** A score cell: the average and, in brackets, the number of answers, e.g. "4,2 (37)"; a dash without answers. */
export function formatScoreCell(score: { average: number; answers: number } | undefined, locale = 'nl-NL'): string {
  return score && score.answers > 0
    ? `${formatScore(score.average, locale)} (${formatNumber(score.answers, locale)})`
    : '–';
}

/** A month (yyyy-mm, or a date in it) as a short label, e.g. "jan 2027". */
export function formatMonth(month: string, locale = 'nl-NL'): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return dateFormat(locale, 'month', { month: 'short', year: 'numeric' }).format(new Date(Date.UTC(+m[1], +m[2] - 1)));
}

/** A plain date (yyyy-mm-dd) without shifting it to another day, e.g. "3 feb 2027". */
export function formatDay(date: string, locale = 'nl-NL'): string {
  if (!isPlainDate(date)) return date;
  return dateFormat(locale, 'day', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/** A period in words, e.g. "1 jan 2027 – 31 dec 2027". */
export function formatPeriod(period: DashboardPeriod, locale = 'nl-NL'): string {
  return `${formatDay(period.from, locale)} – ${formatDay(period.to, locale)}`;
}

/** An ageing bucket ("0-13", "56+") with a real dash between the numbers: "0–13", "56+". */
export function bucketRange(bucket: string): string {
  return bucket.replace(/^(\d+)-(\d+)$/, '$1–$2');
}

/**
 * The file name of a CSV download: the portal, the dashboard, the table and the period, e.g.
 * `halt-dashboard-maanden-2027-01-01-tot-2027-12-31.csv`. Only letters, digits and dashes.
 */
export function csvFileName(parts: readonly string[], period: DashboardPeriod): string {
  const slug = ['halt', ...parts]
    .map((p) =>
      p
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${slug}-${period.from}-tot-${period.to}.csv`;
}

function isPlainDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}
