import type { GemeenteDashboardRowDto } from '@halt/contracts';

/** Sessions ordered and delivered per school, over all of the gemeente's orders. */
export interface SchoolDelivery {
  schoolId: string;
  school: string;
  ordered: number;
  delivered: number;
}

/** Adds up the rows per school, schools by name. */
export function deliveryPerSchool(rows: readonly GemeenteDashboardRowDto[]): SchoolDelivery[] {
  const bySchool = new Map<string, SchoolDelivery>();
  for (const r of rows) {
    const s = bySchool.get(r.schoolId) ?? { schoolId: r.schoolId, school: r.school, ordered: 0, delivered: 0 };
    s.ordered += r.sessionsOrdered;
    s.delivered += r.sessionsDelivered;
    bySchool.set(r.schoolId, s);
  }
  return [...bySchool.values()].sort((a, b) => a.school.localeCompare(b.school, 'nl'));
}

/** The rows by order, then by school. */
export function byOrderAndSchool(rows: readonly GemeenteDashboardRowDto[]): GemeenteDashboardRowDto[] {
  return [...rows].sort(
    (a, b) => a.orderName.localeCompare(b.orderName, 'nl') || a.school.localeCompare(b.school, 'nl'),
  );
}
