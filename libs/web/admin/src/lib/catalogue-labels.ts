/** The school years from the one before `current` to two after it, e.g. 2025-2026 … 2028-2029. */
export function schoolYearsAround(current: string): string[] {
  const first = Number(current.slice(0, 4));
  return [-1, 0, 1, 2].map((d) => `${first + d}-${first + d + 1}`);
}

/** "€ 12,50" as cents, or null when it is not an amount with at most two decimals. */
export function euroToCents(text: string): number | null {
  const m = /^\s*(\d+)(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents as "12,50" (Dutch) for an input field. */
export function centsToEuro(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/** "online veiligheid, groepsdruk" → ['online veiligheid', 'groepsdruk'] (trimmed, empty ones dropped). */
export function splitTopics(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** A school year from a link (`?jaar=2028-2029`), or null when it is not one. */
export function askedSchoolYear(text: string | null): string | null {
  return text && /^\d{4}-\d{4}$/.test(text) ? text : null;
}
