import { UnitOfWork } from '@halt/api/database';
import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type { FieldError, PackageOrderDto as PackageOrderView, PackageOrderState } from '@halt/contracts';
import { amend as amendBudget, packageOrderLifecycle, type PackageOrderEvent } from '@halt/domain';
import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LedgerService } from './ledger.service';
import { offerPrices } from './offer-prices';
import { EVENT_ROLES } from './package-order-actions';
import { PackageOrderReadsService } from './package-order-reads.service';
import { invalidInput, PackageOrderDto, quotaErrors } from './packages.dto';

/**
 * The programme an order gets: the one given (null: none), else its template's (none for a custom package).
 * `given` is undefined (left out), null or a programme; SQL cannot tell undefined from null, so undefined is sent
 * as the string 'template'.
 */
const PROGRAMME_OF = (template: string, given: string) =>
  `CASE WHEN ${given}::text = 'template' THEN (SELECT programme FROM package_template WHERE id = ${template}::uuid)
        ELSE ${given}::text END`;

/**
 * The write path of a gemeente's package order: create, change a draft, apply a lifecycle event, amend the
 * budget. The only writer of `package_order` and its offers, schools, quotas and transitions; each command is one
 * unit of work that locks the order first (`LedgerService.lock`) and writes the state with its transition record
 * (the ledger's entries through `LedgerService`).
 */
@Injectable()
export class PackageOrderCommandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly reads: PackageOrderReadsService,
    private readonly clock: PortalClock,
  ) {}

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
                                    requires_approval, all_schools, order_deadline, notes, created_by, programme)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $10,
                 ${PROGRAMME_OF('$3', '$11')}) RETURNING id`,
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
          dto.programme === undefined ? 'template' : dto.programme,
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
    return this.reads.get(user, id);
  }

  /** Changes a draft; a different budget is recorded as an amendment in the ledger. */
  async update(user: AuthUser, id: string, dto: PackageOrderDto): Promise<PackageOrderView> {
    const current = await this.reads.orderRow(user, id);
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
                all_schools = $6, order_deadline = $7, notes = $8, programme = ${PROGRAMME_OF('$2', '$9')},
                updated_at = now() WHERE id = $1`,
        [
          id,
          dto.templateId ?? null,
          dto.name,
          dto.subsidyYear,
          dto.requiresApproval,
          dto.allSchools,
          dto.orderDeadline,
          dto.notes || null,
          dto.programme === undefined ? 'template' : dto.programme,
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
    return this.reads.get(user, id);
  }

  /** Applies a lifecycle event; accepting also activates the order, so its schools can draw on it at once. */
  async transition(user: AuthUser, id: string, event: PackageOrderEvent, reason?: string): Promise<PackageOrderView> {
    const row = await this.reads.orderRow(user, id);
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
    return this.reads.get(user, id);
  }

  /** Raises or lowers the budget of an order that is not closed; never below what is committed. */
  async amend(user: AuthUser, id: string, delta: number, reason: string): Promise<PackageOrderView> {
    const row = await this.reads.orderRow(user, id);
    if (user.role !== 'admin' && user.role !== 'gemeente') throw new ForbiddenException('Geen toegang');
    await this.uow.run(async (m) => {
      const order = await this.ledger.lock(m, row.id);
      if (packageOrderLifecycle.isFinal(order.status as PackageOrderState)) {
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
    return this.reads.get(user, id);
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

  private today(): string {
    return this.clock.today();
  }
}
