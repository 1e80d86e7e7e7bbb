import type { AuthUser } from '@halt/api/security';
import type {
  LedgerEntryDto,
  OfferType,
  PackageOrderDto as PackageOrderView,
  PackageOrderState,
  PackageOrderPageDto,
  PackageOrderSummaryDto,
  PackageResultsDto,
  Programme,
} from '@halt/contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { allowedActions } from './package-order-actions';
import type { OrderListQueryDto } from './packages.dto';
import { selectPackageResults } from './package-results.queries';

/** An order as its reads select it (see `ORDER_SELECT`). */
export interface OrderRow {
  id: string;
  reference: string;
  name: string;
  municipality_id: string;
  municipality_name: string;
  template_id: string | null;
  template_name: string | null;
  programme: Programme | null;
  subsidy_year: number;
  status: PackageOrderState;
  requires_approval: boolean;
  all_schools: boolean;
  order_deadline: string;
  notes: string | null;
  budget_credits: number;
  available_credits: number;
  reserved_credits: number;
  consumed_credits: number;
  awaiting: number;
}

const ORDER_SELECT = `
  SELECT o.id, o.reference, o.name, o.municipality_id, mu.name AS municipality_name, o.template_id,
         t.name AS template_name, o.programme, o.subsidy_year, o.status, o.requires_approval, o.all_schools,
         to_char(o.order_deadline, 'YYYY-MM-DD') AS order_deadline, o.notes, o.budget_credits,
         o.available_credits, o.reserved_credits, o.consumed_credits,
         (SELECT count(*)::int FROM booking_request r
           WHERE r.package_order_id = o.id AND r.status = 'awaiting_approval') AS awaiting
    FROM package_order o
    JOIN municipality mu ON mu.id = o.municipality_id
    LEFT JOIN package_template t ON t.id = o.template_id`;

/**
 * What gemeenten and Halt read about package orders: the list, one order with its offers, schools, ledger,
 * requests and timeline, and the results per school and offer. Scoped to the user's municipality (Halt sees all).
 */
@Injectable()
export class PackageOrderReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of the orders (newest year first, then gemeente) and, over every order the filter finds, the count
   * and budget totals of those that count (not drafts, not cancelled) — in one statement.
   */
  async list(user: AuthUser, query: OrderListQueryDto): Promise<PackageOrderPageDto> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (user.role === 'gemeente') {
      params.push(user.municipalityId);
      where.push(`o.municipality_id = $${params.length}`);
    } else if (user.role !== 'admin') {
      throw new ForbiddenException('Alleen gemeenten en Halt-beheer zien pakketten');
    }
    if (query.year) {
      params.push(query.year);
      where.push(`o.subsidy_year = $${params.length}`);
    }
    if (query.programme) {
      params.push(query.programme);
      where.push(`o.programme IS NOT DISTINCT FROM nullif($${params.length}, 'none')`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const [result]: {
      rows: OrderRow[] | null;
      total: number;
      counted: number;
      budget: number;
      reserved: number;
      consumed: number;
      available: number;
    }[] = await this.dataSource.query(
      `WITH page AS (${ORDER_SELECT} ${filter}
                      ORDER BY o.subsidy_year DESC, mu.name, o.created_at, o.id
                      LIMIT $${params.length - 1} OFFSET $${params.length})
       SELECT (SELECT json_agg(page) FROM page) AS rows, count(*)::int AS total,
              count(*) FILTER (WHERE o.status NOT IN ('draft', 'cancelled'))::int AS counted,
              ${['budget', 'reserved', 'consumed', 'available']
                .map(
                  (k) =>
                    `coalesce(sum(o.${k}_credits) FILTER (WHERE o.status NOT IN ('draft', 'cancelled')), 0)::int AS ${k}`,
                )
                .join(', ')}
         FROM package_order o ${filter}`,
      params,
    );
    return {
      items: (result.rows ?? []).map((r) => this.summary(r)),
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      counted: result.counted,
      totals: {
        budget: result.budget,
        reserved: result.reserved,
        consumed: result.consumed,
        available: result.available,
      },
    };
  }

  async get(user: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<PackageOrderView> {
    const row = await this.orderRow(user, id, m);
    const [offers, quotas, schools, ledger, requests, timeline]: [
      PackageOrderView['offers'],
      { offer_type: OfferType; credits: number; used_credits: number }[],
      { id: string; name: string }[],
      {
        id: string;
        at: Date;
        kind: LedgerEntryDto['kind'];
        credits: number;
        request_id: string | null;
        reference: string | null;
        school_name: string | null;
        offer_type: OfferType | null;
        reason: string | null;
        available_after: number;
      }[],
      {
        id: string;
        reference: string;
        school_id: string;
        school_name: string;
        offer_title: string;
        status: string;
        reserved: number;
        consumed: number;
      }[],
      {
        at: Date;
        from_state: PackageOrderState | null;
        to_state: PackageOrderState;
        event: string;
        by: string | null;
        reason: string | null;
      }[],
    ] = await Promise.all([
      m.query(
        `SELECT o.id AS "offerId", o.title, o.type, poo.credits FROM package_order_offer poo
           JOIN offer o ON o.id = poo.offer_id WHERE poo.order_id = $1 ORDER BY o.type, o.title`,
        [id],
      ),
      m.query(
        `SELECT offer_type, credits, used_credits FROM package_order_quota WHERE order_id = $1 ORDER BY offer_type`,
        [id],
      ),
      row.all_schools
        ? m.query(`SELECT id, name FROM school WHERE municipality_id = $1 ORDER BY name`, [row.municipality_id])
        : m.query(
            `SELECT s.id, s.name FROM package_order_school pos JOIN school s ON s.id = pos.school_id
              WHERE pos.order_id = $1 ORDER BY s.name`,
            [id],
          ),
      m.query(
        `SELECT le.id::text, le.at, le.kind, le.credits, le.request_id, r.reference, s.name AS school_name, le.offer_type,
                le.reason, le.available_after
           FROM ledger_entry le
           LEFT JOIN booking_request r ON r.id = le.request_id
           LEFT JOIN requester s ON s.id = r.requester_id
          WHERE le.order_id = $1 ORDER BY le.id`,
        [id],
      ),
      m.query(
        `SELECT r.id, r.reference, s.id AS school_id, s.name AS school_name, o.title AS offer_title, r.status,
                coalesce(sum(CASE le.kind WHEN 'reserve' THEN le.credits WHEN 'release' THEN -le.credits
                                          WHEN 'consume' THEN -le.credits ELSE 0 END), 0)::int AS reserved,
                coalesce(sum(CASE WHEN le.kind = 'consume' THEN le.credits ELSE 0 END), 0)::int AS consumed
           FROM booking_request r
           JOIN requester s ON s.id = r.requester_id
           JOIN offer o ON o.id = r.offer_id
           LEFT JOIN ledger_entry le ON le.request_id = r.id AND le.order_id = r.package_order_id
          WHERE r.package_order_id = $1
          GROUP BY r.id, s.id, s.name, o.title ORDER BY s.name, r.reference`,
        [id],
      ),
      m.query(
        `SELECT t.at, t.from_state, t.to_state, t.event, u.name AS by, t.reason FROM package_order_transition t
           LEFT JOIN app_user u ON u.id = t.by_user_id WHERE t.order_id = $1 ORDER BY t.id`,
        [id],
      ),
    ]);
    return {
      ...this.summary(row),
      template: row.template_id ? { id: row.template_id, name: row.template_name ?? '' } : null,
      offers,
      quotas: quotas.map((q) => ({ offerType: q.offer_type, credits: q.credits, used: q.used_credits })),
      allSchools: row.all_schools,
      schools,
      notes: row.notes,
      ledger: ledger.map((e) => ({
        id: e.id,
        at: new Date(e.at).toISOString(),
        kind: e.kind,
        credits: e.kind === 'reserve' ? -e.credits : e.kind === 'consume' ? 0 : e.credits,
        request: e.request_id
          ? { id: e.request_id, reference: e.reference ?? '', schoolName: e.school_name ?? '' }
          : null,
        offerType: e.offer_type,
        reason: e.reason,
        availableAfter: e.available_after,
      })),
      requests: requests.map((r) => ({
        id: r.id,
        reference: r.reference,
        school: { id: r.school_id, name: r.school_name },
        offerTitle: r.offer_title,
        status: r.status,
        credits: { reserved: r.reserved, consumed: r.consumed },
      })),
      timeline: timeline.map((t) => ({
        at: new Date(t.at).toISOString(),
        from: t.from_state,
        to: t.to_state,
        event: t.event,
        by: t.by,
        reason: t.reason,
      })),
      allowedActions: allowedActions(user, row.status),
    };
  }

  async results(user: AuthUser, year: number): Promise<PackageResultsDto> {
    let scope: { municipalityId: string | null } | null = null;
    if (user.role === 'gemeente') {
      scope = { municipalityId: user.municipalityId };
    } else if (user.role !== 'admin') {
      throw new ForbiddenException('Alleen gemeenten en Halt-beheer zien resultaten van pakketten');
    }
    const rows = await selectPackageResults(this.dataSource, year, scope);
    const mapped = rows.map((r) => ({
      schoolId: r.school_id,
      schoolName: r.school_name,
      offerTitle: r.offer_title,
      offerType: r.offer_type,
      sessionsOrdered: r.ordered,
      sessionsDelivered: r.delivered,
      pupilsReached: r.pupils,
      creditsConsumed: r.credits,
    }));
    return {
      subsidyYear: year,
      totals: {
        sessionsDelivered: mapped.reduce((s, r) => s + r.sessionsDelivered, 0),
        pupilsReached: mapped.reduce((s, r) => s + r.pupilsReached, 0),
        creditsConsumed: mapped.reduce((s, r) => s + r.creditsConsumed, 0),
      },
      rows: mapped,
    };
  }

  /** The order as the user may see it: 404 when it does not exist or is not theirs to see. */
  async orderRow(user: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<OrderRow> {
    const [row]: OrderRow[] = await m.query(`${ORDER_SELECT} WHERE o.id = $1`, [id]);
    const visible =
      row && (user.role === 'admin' || (user.role === 'gemeente' && user.municipalityId === row.municipality_id));
    if (!visible) throw new NotFoundException('Pakket niet gevonden');
    return row;
  }

  private summary(r: OrderRow): PackageOrderSummaryDto {
    return {
      id: r.id,
      reference: r.reference,
      name: r.name,
      municipality: { id: r.municipality_id, name: r.municipality_name },
      subsidyYear: r.subsidy_year,
      status: r.status,
      requiresApproval: r.requires_approval,
      orderDeadline: r.order_deadline,
      programme: r.programme,
      budget: {
        budget: r.budget_credits,
        reserved: r.reserved_credits,
        consumed: r.consumed_credits,
        available: r.available_credits,
      },
      awaitingApproval: r.awaiting,
    };
  }
}
