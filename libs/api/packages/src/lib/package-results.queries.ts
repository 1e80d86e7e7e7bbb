import type { OfferType } from '@halt/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** One school and offer in a subsidy year, summed over the requests its orders funded. */
export interface PackageResultRow {
  school_id: string;
  school_name: string;
  offer_title: string;
  offer_type: OfferType;
  /** Sessions that were not cancelled. */
  ordered: number;
  delivered: number;
  pupils: number;
  /** Credits consumed from the ledger. */
  credits: number;
}

/**
 * Results of a subsidy year's package orders per school and offer: of one municipality's orders, or of all of
 * them when `scope` is null (Halt).
 */
export async function selectPackageResults(
  db: DataSource | EntityManager,
  year: number,
  scope: { municipalityId: string | null } | null,
): Promise<PackageResultRow[]> {
  const params: unknown[] = [year];
  let where = '';
  if (scope) {
    params.push(scope.municipalityId);
    where = `AND o.municipality_id = $2`;
  }
  return db.query(
    // Per request first (its sessions, then its consumed credits), then per school and offer: no correlated
    // sum over the ledger per row.
    `WITH per_request AS (
       SELECT r.id, r.requester_id AS school_id, r.offer_id,
              count(se.id) FILTER (WHERE se.status <> 'cancelled') AS ordered,
              count(se.id) FILTER (WHERE se.status = 'delivered') AS delivered,
              coalesce(sum(se.pupils_reached) FILTER (WHERE se.status = 'delivered'), 0) AS pupils
         FROM package_order o
         JOIN booking_request r ON r.package_order_id = o.id
         JOIN session se ON se.request_id = r.id
        WHERE o.subsidy_year = $1 ${where}
        GROUP BY r.id
     ), consumed AS (
       SELECT le.request_id, sum(le.credits) AS credits
         FROM ledger_entry le JOIN per_request p ON p.id = le.request_id
        WHERE le.kind = 'consume'
        GROUP BY le.request_id
     )
     SELECT s.id AS school_id, s.name AS school_name, f.title AS offer_title, f.type AS offer_type,
            sum(p.ordered)::int AS ordered, sum(p.delivered)::int AS delivered, sum(p.pupils)::int AS pupils,
            coalesce(sum(c.credits), 0)::int AS credits
       FROM per_request p
       JOIN requester s ON s.id = p.school_id
       JOIN offer f ON f.id = p.offer_id
       LEFT JOIN consumed c ON c.request_id = p.id
      GROUP BY s.id, s.name, f.id ORDER BY s.name, f.title`,
    params,
  );
}
