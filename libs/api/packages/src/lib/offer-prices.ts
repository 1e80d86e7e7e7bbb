import type { FieldError } from '@halt/contracts';
import type { EntityManager } from 'typeorm';

/** Offers with their credit price (the catalogue's when none is given); unknown offers are field errors. */
export async function offerPrices(
  m: EntityManager,
  offers: { offerId: string; credits?: number }[],
  field: string,
  errors: FieldError[] = [],
): Promise<{ offerId: string; credits: number }[]> {
  const rows: { id: string; price_credits: number }[] = await m.query(
    `SELECT id, price_credits FROM offer WHERE id = ANY($1::uuid[]) AND active`,
    [offers.map((o) => o.offerId)],
  );
  const price = new Map(rows.map((r) => [r.id, r.price_credits]));
  const seen = new Set<string>();
  const out: { offerId: string; credits: number }[] = [];
  offers.forEach((o, i) => {
    if (!price.has(o.offerId)) errors.push({ field: `${field}.${i}.offerId`, message: 'dit aanbod bestaat niet' });
    else if (seen.has(o.offerId)) errors.push({ field: `${field}.${i}.offerId`, message: 'staat er dubbel in' });
    else out.push({ offerId: o.offerId, credits: o.credits ?? Math.max(price.get(o.offerId) ?? 1, 1) });
    seen.add(o.offerId);
  });
  return out;
}
