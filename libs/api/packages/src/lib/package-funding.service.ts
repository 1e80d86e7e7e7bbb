import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type { FundingOptionDto, OfferType, RequesterKind } from '@halt/contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A school's right to draw on an order for an offer, as `eligibility` finds it. */
export interface Eligibility {
  orderId: string;
  name: string;
  creditsPerSession: number;
  offerType: OfferType;
  requiresApproval: boolean;
}

/** Schools drawing on orders: the packages that can fund a request, and whether a school may draw on one. */
@Injectable()
export class PackageFundingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: PortalClock,
  ) {}

  /** The packages a school may draw on for an offer, with what is left and whether it covers the request. */
  async fundingOptions(
    user: AuthUser,
    schoolId: string,
    offerId: string,
    sessions?: number,
  ): Promise<FundingOptionDto[]> {
    const own = [user.schoolId, user.clubId, user.partnerId].includes(schoolId);
    if (!(
      user.role === 'admin' ||
      ((user.role === 'school' || user.role === 'vereniging' || user.role === 'wijkpartner') && own)
    )) {
      throw new NotFoundException('Aanvrager niet gevonden');
    }
    const rows: {
      id: string;
      name: string;
      municipality_name: string;
      credits: number;
      type: OfferType;
      available_credits: number;
      requires_approval: boolean;
      order_deadline: string;
      quota: number | null;
      used: number | null;
    }[] = await this.dataSource.query(
      `SELECT o.id, o.name, mu.name AS municipality_name, poo.credits, f.type, o.available_credits, o.requires_approval,
              to_char(o.order_deadline, 'YYYY-MM-DD') AS order_deadline, q.credits AS quota, q.used_credits AS used
         FROM package_order o
         JOIN municipality mu ON mu.id = o.municipality_id
         JOIN requester s ON s.id = $1 AND s.municipality_id = o.municipality_id
         JOIN package_order_offer poo ON poo.order_id = o.id AND poo.offer_id = $2
         JOIN offer f ON f.id = poo.offer_id
         LEFT JOIN package_order_quota q ON q.order_id = o.id AND q.offer_type = f.type
        WHERE o.status = 'active' AND o.order_deadline >= $3::date
          AND (o.all_schools OR s.kind <> 'school'
               OR EXISTS (SELECT 1 FROM package_order_school pos WHERE pos.order_id = o.id AND pos.school_id = s.id))
          AND f.requester_kinds @> ARRAY[s.kind]
        ORDER BY o.order_deadline, o.name`,
      [schoolId, offerId, this.today()],
    );
    return rows.map((r) => {
      const needed = sessions ? sessions * r.credits : null;
      const quotaLeft = r.quota === null ? null : r.quota - (r.used ?? 0);
      let reason: string | null = null;
      if (needed !== null && needed > r.available_credits) {
        reason = `onvoldoende budget: nog ${r.available_credits} credits over, deze aanvraag vraagt er ${needed}`;
      } else if (needed !== null && quotaLeft !== null && needed > quotaLeft) {
        reason = `het quotum voor ${r.type} is op: nog ${quotaLeft} credits, deze aanvraag vraagt er ${needed}`;
      }
      return {
        orderId: r.id,
        name: r.name,
        municipalityName: r.municipality_name,
        creditsPerSession: r.credits,
        available: quotaLeft === null ? r.available_credits : Math.min(r.available_credits, quotaLeft),
        requiresApproval: r.requires_approval,
        orderDeadline: r.order_deadline,
        needed,
        covers: reason === null && r.available_credits > 0,
        reason,
      };
    });
  }

  /**
   * May this requester (a school, sportvereniging, wijkpartner or gemeente: the view `requester`) draw on this order
   * for this offer? 403 with the reason when not (another municipality, a school not among the chosen schools, the
   * offer is not in the package, past the deadline, not active). Clubs and wijkpartners draw on the packages of
   * their own gemeente (the gemeente's choice of schools limits only schools).
   */
  async eligibility(m: EntityManager, schoolId: string, orderId: string, offerId: string): Promise<Eligibility> {
    const [row]: {
      id: string;
      name: string;
      status: string;
      requires_approval: boolean;
      order_deadline: string;
      same_municipality: boolean;
      listed: boolean;
      all_schools: boolean;
      kind: RequesterKind;
      credits: number | null;
      type: OfferType;
    }[] = await m.query(
      `SELECT o.id, o.name, o.status, o.requires_approval, to_char(o.order_deadline, 'YYYY-MM-DD') AS order_deadline,
              o.all_schools, s.kind, (s.municipality_id = o.municipality_id) AS same_municipality,
              EXISTS (SELECT 1 FROM package_order_school pos WHERE pos.order_id = o.id AND pos.school_id = s.id) AS listed,
              poo.credits, f.type
         FROM package_order o
         JOIN requester s ON s.id = $1
         JOIN offer f ON f.id = $3
         LEFT JOIN package_order_offer poo ON poo.order_id = o.id AND poo.offer_id = f.id
        WHERE o.id = $2`,
      [schoolId, orderId, offerId],
    );
    const refuse = (message: string) =>
      new ForbiddenException({ message, errors: [{ field: 'packageOrderId', message }] });
    if (!row || !row.same_municipality)
      throw refuse(
        `${row && row.kind !== 'school' ? 'u kunt' : 'uw school kan'} niet uit dit pakket putten: het is van een andere gemeente`,
      );
    if (row.kind === 'school' && !row.all_schools && !row.listed)
      throw refuse('uw school hoort niet bij de scholen die de gemeente voor dit pakket koos');
    if (row.status !== 'active') throw refuse('dit pakket is (nog) niet actief');
    if (row.order_deadline < this.today())
      throw refuse(`de besteltermijn van dit pakket is verlopen (${row.order_deadline})`);
    if (row.credits === null) throw refuse('dit aanbod valt niet onder dit pakket');
    return {
      orderId: row.id,
      name: row.name,
      creditsPerSession: row.credits,
      offerType: row.type,
      requiresApproval: row.requires_approval,
    };
  }

  /** Today in Europe/Amsterdam (CLOCK_TODAY in tests). */
  private today(): string {
    return this.clock.today();
  }
}
