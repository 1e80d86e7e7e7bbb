import { UnitOfWork } from '@halt/api/database';
import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type {
  FieldError,
  FundingOptionDto,
  LedgerEntryDto,
  OfferType,
  PackageOrderDto as PackageOrderView,
  PackageOrderState,
  PackageOrderSummaryDto,
  PackageResultsDto,
} from '@halt/contracts';
import { amend as amendBudget, type LedgerEntry, packageOrderLifecycle, type PackageOrderEvent } from '@halt/domain';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LedgerService } from './ledger.service';
import { offerPrices } from './offer-prices';
import { selectPackageResults } from './package-results.queries';
import { invalidInput, PackageOrderDto, quotaErrors } from './packages.dto';

/** Who may apply which order event: the gemeente that owns the order, or Halt (admin). */
const EVENT_ROLES: Record<PackageOrderEvent, ('gemeente' | 'admin')[]> = {
  order: ['gemeente'],
  cancel: ['gemeente', 'admin'],
  accept: ['admin'],
  return: ['admin'],
  activate: ['admin'],
  close: ['admin'],
};

/** A school's right to draw on an order for an offer, as `eligibility` finds it. */
export interface Eligibility {
  orderId: string;
  name: string;
  creditsPerSession: number;
  offerType: OfferType;
  requiresApproval: boolean;
}

interface OrderRow {
  id: string;
  reference: string;
  name: string;
  municipality_id: string;
  municipality_name: string;
  template_id: string | null;
  template_name: string | null;
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
         t.name AS template_name, o.subsidy_year, o.status, o.requires_approval, o.all_schools,
         to_char(o.order_deadline, 'YYYY-MM-DD') AS order_deadline, o.notes, o.budget_credits,
         o.available_credits, o.reserved_credits, o.consumed_credits,
         (SELECT count(*)::int FROM booking_request r
           WHERE r.package_order_id = o.id AND r.status = 'awaiting_approval') AS awaiting
    FROM package_order o
    JOIN municipality mu ON mu.id = o.municipality_id
    LEFT JOIN package_template t ON t.id = o.template_id`;

/** Gemeente orders, their lifecycle and budget, funding options for schools, and results. */
@Injectable()
export class PackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly clock: PortalClock,
  ) {}

  // ——— orders ———

  async list(user: AuthUser, year?: number): Promise<PackageOrderSummaryDto[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (user.role === 'gemeente') {
      params.push(user.municipalityId);
      where.push(`o.municipality_id = $${params.length}`);
    } else if (user.role !== 'admin') {
      throw new ForbiddenException('Alleen gemeenten en Halt-beheer zien pakketten');
    }
    if (year) {
      params.push(year);
      where.push(`o.subsidy_year = $${params.length}`);
    }
    const rows: OrderRow[] = await this.dataSource.query(
      `${ORDER_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.subsidy_year DESC, mu.name, o.created_at`,
      params,
    );
    return rows.map((r) => this.summary(r));
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
           LEFT JOIN school s ON s.id = r.school_id
          WHERE le.order_id = $1 ORDER BY le.id`,
        [id],
      ),
      m.query(
        `SELECT r.id, r.reference, s.id AS school_id, s.name AS school_name, o.title AS offer_title, r.status,
                coalesce(sum(CASE le.kind WHEN 'reserve' THEN le.credits WHEN 'release' THEN -le.credits
                                          WHEN 'consume' THEN -le.credits ELSE 0 END), 0)::int AS reserved,
                coalesce(sum(CASE WHEN le.kind = 'consume' THEN le.credits ELSE 0 END), 0)::int AS consumed
           FROM booking_request r
           JOIN school s ON s.id = r.school_id
           JOIN offer o ON o.id = r.offer_id
           LEFT JOIN ledger_entry le ON le.request_id = r.id AND le.order_id = r.package_order_id
          WHERE r.package_order_id = $1
          GROUP BY r.id, s.id, o.title ORDER BY s.name, r.reference`,
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
      allowedActions: this.allowedActions(user, row),
    };
  }

  /** A gemeente makes a draft order: from a template (its offers and prices, overridable) or custom. */
  async create(user: AuthUser, dto: PackageOrderDto): Promise<PackageOrderView> {
    if (user.role !== 'gemeente' || !user.municipalityId) {
      throw new ForbiddenException('Alleen een gemeente bestelt pakketten');
    }
    const municipalityId = user.municipalityId;
    const plan = await this.checkOrder(user, dto, municipalityId);
    const id = await this.uow.run(async (m) => {
      const [{ n }] = await m.query(`SELECT nextval('package_order_number_seq') AS n`);
      const [row] = await m.query(
        `INSERT INTO package_order (reference, municipality_id, template_id, name, subsidy_year, status,
                                    requires_approval, all_schools, order_deadline, notes, created_by)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $10) RETURNING id`,
        [
          `PK-${dto.subsidyYear}-${String(n).padStart(5, '0')}`,
          municipalityId,
          dto.templateId ?? null,
          dto.name,
          dto.subsidyYear,
          dto.requiresApproval,
          dto.allSchools,
          dto.orderDeadline,
          dto.notes || null,
          user.id,
        ],
      );
      const orderId = row.id as string;
      await this.writeParts(m, orderId, dto, plan.offers);
      await m.query(
        `INSERT INTO package_order_transition (order_id, from_state, to_state, event, by_user_id)
         VALUES ($1, NULL, 'draft', 'create', $2)`,
        [orderId, user.id],
      );
      await this.ledger.append(
        m,
        orderId,
        [{ kind: 'budget', credits: dto.budgetCredits }],
        user.id,
        'Budget bij bestelling',
      );
      return orderId;
    });
    return this.get(user, id);
  }

  /** Changes a draft; a different budget is recorded as an amendment in the ledger. */
  async update(user: AuthUser, id: string, dto: PackageOrderDto): Promise<PackageOrderView> {
    const current = await this.orderRow(user, id);
    if (user.role !== 'gemeente') throw new ForbiddenException('Alleen de gemeente zelf wijzigt haar concept');
    const plan = await this.checkOrder(user, dto, current.municipality_id);
    await this.uow.run(async (m) => {
      const order = await this.ledger.lock(m, id);
      if (order.status !== 'draft') {
        throw new ConflictException({
          message: 'Alleen een concept kan worden gewijzigd; vraag Halt om het budget aan te passen',
          conflict: { state: order.status },
        });
      }
      await m.query(
        `UPDATE package_order SET template_id = $2, name = $3, subsidy_year = $4, requires_approval = $5,
                all_schools = $6, order_deadline = $7, notes = $8, updated_at = now() WHERE id = $1`,
        [
          id,
          dto.templateId ?? null,
          dto.name,
          dto.subsidyYear,
          dto.requiresApproval,
          dto.allSchools,
          dto.orderDeadline,
          dto.notes || null,
        ],
      );
      await m.query(`DELETE FROM package_order_offer WHERE order_id = $1`, [id]);
      await m.query(`DELETE FROM package_order_school WHERE order_id = $1`, [id]);
      await m.query(`DELETE FROM package_order_quota WHERE order_id = $1`, [id]);
      await this.writeParts(m, id, dto, plan.offers);
      const delta = dto.budgetCredits - current.budget_credits;
      if (delta !== 0)
        await this.ledger.append(m, id, [{ kind: 'amend', credits: delta }], user.id, 'Concept aangepast');
    });
    return this.get(user, id);
  }

  /** Applies a lifecycle event; accepting also activates the order, so its schools can draw on it at once. */
  async transition(user: AuthUser, id: string, event: PackageOrderEvent, reason?: string): Promise<PackageOrderView> {
    const row = await this.orderRow(user, id);
    if (!EVENT_ROLES[event].includes(user.role as 'gemeente' | 'admin')) {
      throw new ForbiddenException(
        `Alleen ${EVENT_ROLES[event].join(' of ')} mag dit pakket ${event === 'accept' ? 'accepteren' : 'zo wijzigen'}`,
      );
    }
    await this.uow.run(async (m) => {
      const order = await this.ledger.lock(m, row.id);
      let state = order.status as PackageOrderState;
      const step = async (e: PackageOrderEvent, by: string | null, why?: string) => {
        const next = packageOrderLifecycle.apply({ state }, e, { at: new Date(), by: by ?? 'system', reason: why });
        await m.query(
          `INSERT INTO package_order_transition (order_id, from_state, to_state, event, by_user_id, reason)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, state, next.state, e, by, why ?? null],
        );
        state = next.state;
      };
      await step(event, user.id, reason);
      if (event === 'accept') await step('activate', null, 'Automatisch actief na acceptatie door Halt');
      await m.query(`UPDATE package_order SET status = $2, updated_at = now() WHERE id = $1`, [id, state]);
    });
    return this.get(user, id);
  }

  /** Raises or lowers the budget of an order that is not closed; never below what is committed. */
  async amend(user: AuthUser, id: string, delta: number, reason: string): Promise<PackageOrderView> {
    const row = await this.orderRow(user, id);
    if (user.role !== 'admin' && user.role !== 'gemeente') throw new ForbiddenException('Geen toegang');
    await this.uow.run(async (m) => {
      const order = await this.ledger.lock(m, row.id);
      if (order.status === 'closed' || order.status === 'cancelled') {
        throw new ConflictException({
          message: `Het budget van een ${order.status === 'closed' ? 'afgesloten' : 'geannuleerd'} pakket kan niet meer veranderen`,
          conflict: { state: order.status },
        });
      }
      const result = amendBudget(order.entries, delta, reason);
      if (!result.ok)
        throw new ConflictException({ message: result.error.message, conflict: { order: id, ...result.error } });
      await this.ledger.append(m, id, result.entries, user.id, reason);
    });
    return this.get(user, id);
  }

  // ——— schools drawing on orders ———

  /** The packages a school may draw on for an offer, with what is left and whether it covers the request. */
  async fundingOptions(
    user: AuthUser,
    schoolId: string,
    offerId: string,
    sessions?: number,
  ): Promise<FundingOptionDto[]> {
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === schoolId))) {
      throw new NotFoundException('School niet gevonden');
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
         JOIN school s ON s.id = $1 AND s.municipality_id = o.municipality_id
         JOIN package_order_offer poo ON poo.order_id = o.id AND poo.offer_id = $2
         JOIN offer f ON f.id = poo.offer_id
         LEFT JOIN package_order_quota q ON q.order_id = o.id AND q.offer_type = f.type
        WHERE o.status = 'active' AND o.order_deadline >= $3::date
          AND (o.all_schools OR EXISTS (SELECT 1 FROM package_order_school pos WHERE pos.order_id = o.id AND pos.school_id = s.id))
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
   * May this school draw on this order for this offer? 403 with the reason when not (another municipality,
   * not one of the chosen schools, the offer is not in the package, past the deadline, not active).
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
      credits: number | null;
      type: OfferType;
    }[] = await m.query(
      `SELECT o.id, o.name, o.status, o.requires_approval, to_char(o.order_deadline, 'YYYY-MM-DD') AS order_deadline,
              o.all_schools, (s.municipality_id = o.municipality_id) AS same_municipality,
              EXISTS (SELECT 1 FROM package_order_school pos WHERE pos.order_id = o.id AND pos.school_id = s.id) AS listed,
              poo.credits, f.type
         FROM package_order o
         JOIN school s ON s.id = $1
         JOIN offer f ON f.id = $3
         LEFT JOIN package_order_offer poo ON poo.order_id = o.id AND poo.offer_id = f.id
        WHERE o.id = $2`,
      [schoolId, orderId, offerId],
    );
    const refuse = (message: string) =>
      new ForbiddenException({ message, errors: [{ field: 'packageOrderId', message }] });
    if (!row || !row.same_municipality)
      throw refuse('uw school kan niet uit dit pakket putten: het is van een andere gemeente');
    if (!row.all_schools && !row.listed)
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

  // ——— results ———

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

  // ——— helpers ———

  private async orderRow(user: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<OrderRow> {
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
      budget: {
        budget: r.budget_credits,
        reserved: r.reserved_credits,
        consumed: r.consumed_credits,
        available: r.available_credits,
      },
      awaitingApproval: r.awaiting,
    };
  }

  private allowedActions(user: AuthUser, row: OrderRow): string[] {
    const role = user.role as 'gemeente' | 'admin';
    const events = packageOrderLifecycle
      .allowedEvents(row.status)
      .filter((e) => e !== 'activate' && EVENT_ROLES[e].includes(role));
    const actions: string[] = [...events];
    if (row.status !== 'closed' && row.status !== 'cancelled') actions.push('amend');
    if (row.status === 'draft' && role === 'gemeente') actions.push('edit');
    return actions;
  }

  /** Every rule of an order the database cannot check, as field errors; returns the offers with prices. */
  private async checkOrder(
    user: AuthUser,
    dto: PackageOrderDto,
    municipalityId: string,
  ): Promise<{ offers: { offerId: string; credits: number }[] }> {
    const errors: FieldError[] = quotaErrors(dto.quotas as Record<string, unknown> | undefined);
    let wanted = dto.offers;
    if (dto.templateId) {
      const [t] = await this.dataSource.query(`SELECT id FROM package_template WHERE id = $1 AND active`, [
        dto.templateId,
      ]);
      if (!t) errors.push({ field: 'templateId', message: 'dit pakket bestaat niet of is niet meer te bestellen' });
      else if (!wanted) {
        wanted = await this.dataSource.query(
          `SELECT offer_id AS "offerId", credits FROM package_template_offer WHERE template_id = $1`,
          [dto.templateId],
        );
      }
    }
    if (!wanted || wanted.length === 0) errors.push({ field: 'offers', message: 'kies ten minste één aanbod' });
    if (dto.orderDeadline < this.today()) errors.push({ field: 'orderDeadline', message: 'ligt in het verleden' });
    if (Number(dto.orderDeadline.slice(0, 4)) > dto.subsidyYear + 1) {
      errors.push({ field: 'orderDeadline', message: `moet uiterlijk in ${dto.subsidyYear + 1} liggen` });
    }
    if (!dto.allSchools) {
      const ids = dto.schoolIds ?? [];
      if (ids.length === 0) errors.push({ field: 'schoolIds', message: 'kies ten minste één school, of alle scholen' });
      else {
        const own: { id: string }[] = await this.dataSource.query(
          `SELECT id FROM school WHERE id = ANY($1::uuid[]) AND municipality_id = $2`,
          [ids, municipalityId],
        );
        const ok = new Set(own.map((s) => s.id));
        ids.forEach((sid, i) => {
          if (!ok.has(sid)) errors.push({ field: `schoolIds.${i}`, message: 'is geen school in uw gemeente' });
        });
      }
    }
    const offers = wanted && wanted.length ? await offerPrices(this.dataSource.manager, wanted, 'offers', errors) : [];
    if (errors.length) throw invalidInput(errors);
    void user;
    return { offers };
  }

  private async writeParts(
    m: EntityManager,
    orderId: string,
    dto: PackageOrderDto,
    offers: { offerId: string; credits: number }[],
  ): Promise<void> {
    for (const o of offers) {
      await m.query(`INSERT INTO package_order_offer (order_id, offer_id, credits) VALUES ($1, $2, $3)`, [
        orderId,
        o.offerId,
        o.credits,
      ]);
    }
    if (!dto.allSchools) {
      for (const sid of dto.schoolIds ?? []) {
        await m.query(`INSERT INTO package_order_school (order_id, school_id) VALUES ($1, $2)`, [orderId, sid]);
      }
    }
    for (const [type, credits] of Object.entries(dto.quotas ?? {})) {
      await m.query(`INSERT INTO package_order_quota (order_id, offer_type, credits) VALUES ($1, $2, $3)`, [
        orderId,
        type,
        credits,
      ]);
    }
  }

  /** Today in Europe/Amsterdam (CLOCK_TODAY in tests). */
  today(): string {
    return this.clock.today();
  }
}

export type { LedgerEntry };
