import type { OfferType } from '@halt/contracts';
import {
  consume as consumeCredits,
  type LedgerEntry,
  type LedgerError,
  type LedgerQuotas,
  release as releaseCredits,
  reserve as reserveCredits,
  reserveMore as reserveMoreCredits,
  summarise,
} from '@halt/domain';
import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';

/** What the ledger needs to know about a locked order. */
interface LockedOrder {
  id: string;
  status: string;
  available: number;
  quotas: LedgerQuotas;
  entries: LedgerEntry[];
}

/**
 * The credit ledger of package orders. Every method runs inside the caller's transaction and locks the
 * order row first (`SELECT … FOR UPDATE`), so concurrent reservations on one order queue up; the pure rules
 * of `libs/domain` decide, and the database's CHECKs on the order's counters (fed by a trigger on
 * `ledger_entry`) refuse an overdraft even if a rule were wrong.
 */
@Injectable()
export class LedgerService {
  /**
   * Reserves a funded request's credits — or, with `more`, credits on top of its reservation (a class added);
   * 409 "onvoldoende budget" (or the quota) when they are not there.
   */
  async reserve(
    m: EntityManager,
    input: { orderId: string; requestId: string; offerType: OfferType; credits: number; userId: string },
    options: { more?: boolean; reason?: string } = {},
  ): Promise<void> {
    const order = await this.lock(m, input.orderId);
    if (order.status !== 'active') {
      throw new ConflictException({
        message: 'Dit pakket is niet actief: er kan niet uit worden betaald',
        conflict: { order: order.id, state: order.status },
      });
    }
    const result = (options.more ? reserveMoreCredits : reserveCredits)(order.entries, input, order.quotas);
    if (!result.ok) throw this.conflict(result.error, order.id);
    await this.append(m, order.id, result.entries, input.userId, options.reason ?? null);
  }

  /**
   * Releases what a request still has reserved (rejection, cancellation in time), or `credits` of it (one session
   * cancelled in time); nothing when nothing is.
   */
  async release(
    m: EntityManager,
    orderId: string,
    requestId: string,
    userId: string,
    reason: string,
    credits?: number,
  ): Promise<void> {
    const order = await this.lock(m, orderId);
    const result = releaseCredits(order.entries, requestId, credits);
    if (!result.ok) {
      if (result.error.code === 'nothing_reserved') return;
      throw this.conflict(result.error, order.id);
    }
    await this.append(m, order.id, result.entries, userId, reason);
  }

  /** Turns (part of) a request's reservation into consumption: a delivered session, or a late cancellation. */
  async consume(
    m: EntityManager,
    orderId: string,
    requestId: string,
    credits: number | undefined,
    userId: string,
    reason: string,
  ): Promise<number> {
    const order = await this.lock(m, orderId);
    const outstanding = summarise(order.entries).perRequest.get(requestId)?.reserved ?? 0;
    if (outstanding <= 0) return 0;
    const result = consumeCredits(
      order.entries,
      requestId,
      credits === undefined ? undefined : Math.min(credits, outstanding),
    );
    if (!result.ok) throw this.conflict(result.error, order.id);
    await this.append(m, order.id, result.entries, userId, reason);
    return result.entries.reduce((sum, e) => sum + e.credits, 0);
  }

  /** Appends entries; the trigger applies them to the order's counters and stores the balance after each. */
  async append(
    m: EntityManager,
    orderId: string,
    entries: LedgerEntry[],
    userId: string | null,
    reason: string | null,
  ): Promise<void> {
    for (const e of entries) {
      try {
        await m.query(
          `INSERT INTO ledger_entry (order_id, kind, credits, request_id, offer_type, reason, by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [orderId, e.kind, e.credits, e.requestId ?? null, e.offerType ?? null, e.reason ?? reason, userId],
        );
      } catch (error) {
        // The database's own guard: only reached if a rule above let an overdraft through.
        const driver =
          error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
        if (driver.code === '23514' && /^ck_package_order/.test(driver.constraint ?? '')) {
          throw new ConflictException({
            message: 'onvoldoende budget: het pakket kan dit niet dragen',
            conflict: { order: orderId, constraint: driver.constraint },
          });
        }
        throw error;
      }
    }
  }

  /** The credits one session of `offerId` costs on the order (what a class added reserves, a session consumes). */
  async creditsPerSession(m: EntityManager, orderId: string, offerId: string): Promise<number | undefined> {
    const [row] = await m.query(`SELECT credits FROM package_order_offer WHERE order_id = $1 AND offer_id = $2`, [
      orderId,
      offerId,
    ]);
    return row?.credits ?? undefined;
  }

  /** Locks the order row and reads its ledger and quotas. */
  async lock(m: EntityManager, orderId: string): Promise<LockedOrder> {
    const [row] = await m.query(`SELECT id, status, available_credits FROM package_order WHERE id = $1 FOR UPDATE`, [
      orderId,
    ]);
    if (!row) throw new ConflictException({ message: 'Dit pakket bestaat niet', conflict: { order: orderId } });
    const entries: {
      kind: LedgerEntry['kind'];
      credits: number;
      request_id: string | null;
      offer_type: string | null;
    }[] = await m.query(
      `SELECT kind, credits, request_id, offer_type FROM ledger_entry WHERE order_id = $1 ORDER BY id`,
      [orderId],
    );
    const quotas: { offer_type: string; credits: number }[] = await m.query(
      `SELECT offer_type, credits FROM package_order_quota WHERE order_id = $1`,
      [orderId],
    );
    return {
      id: row.id,
      status: row.status,
      available: row.available_credits,
      quotas: Object.fromEntries(quotas.map((q) => [q.offer_type, q.credits])),
      entries: entries.map((e) => ({
        kind: e.kind,
        credits: e.credits,
        ...(e.request_id ? { requestId: e.request_id } : {}),
        ...(e.offer_type ? { offerType: e.offer_type } : {}),
      })),
    };
  }

  private conflict(error: LedgerError, orderId: string): ConflictException {
    return new ConflictException({ message: error.message, conflict: { order: orderId, ...error } });
  }
}
