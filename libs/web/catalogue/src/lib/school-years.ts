/** The school year before, the given one and the next (`2026-2027`), for a school-year choice; none while unknown. */
export function schoolYearsAround(year: string): string[] {
  const m = /^(\d{4})-\d{4}$/.exec(year);
  if (!m) return [];
  const first = Number(m[1]);
  return [first - 1, first, first + 1].map((f) => `${f}-${f + 1}`);
}
