import type { RequesterKind, RequestState, SessionState } from '@halt/contracts';
import {
  type BookingRequestEvent,
  bookingRequestLifecycle,
  requestEventsForSessions,
  type SessionEvent,
  sessionLifecycle,
} from '@halt/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordSessionChanges } from '../outbox';

/** A request row as the write path locks it. */
export interface LockedRequest {
  id: string;
  status: RequestState;
  /** The requester (school, club, wijkpartner or gemeente), whatever its kind. */
  requesterKind?: RequesterKind;
  requesterId?: string;
  offerId: string;
  packageOrderId: string | null;
  packageCredits: number | null;
}

/** A session row as the write path locks it. */
export interface LockedSession {
  id: string;
  requestId: string;
  sequence: number;
  status: SessionState;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  durationMinutes: number;
}

/** What a session transition may set besides the state (dates are written as given; null clears). */
export interface SessionChanges {
  plannedStart?: Date | null;
  windowFrom?: string;
  windowTo?: string;
  pupilsReached?: number;
  deliveredAt?: Date;
  deliveredOn?: string;
}

/** Session events after which the school's calendar file must be sent again with a higher SEQUENCE. */
const NEW_CALENDAR_VERSION: readonly SessionEvent[] = ['plan', 'reschedule', 'unplan', 'cancel'];

const SESSION_COLUMNS = `id, request_id AS "requestId", sequence, status, planned_start AS "plannedStart",
  planned_end AS "plannedEnd", duration_minutes AS "durationMinutes"`;

/**
 * The only writer of a booking request and its sessions' states (booking_request, session, request_transition,
 * session_transition). Each method runs inside the caller's unit of work and writes the state, its transition
 * record and, for sessions, the outbox event in that transaction; the audit trigger adds the audit record.
 *
 * Lock order, everywhere: package order, then specialists, then the request, then its sessions (by id). A
 * funded request's order is locked before the request (`lockRequest`), so the ledger never waits on a request.
 */
@Injectable()
export class BookingWrites {
  /** Locks the request (after its package order, if it has one). 404 when it does not exist. */
  async lockRequest(m: EntityManager, requestId: string): Promise<LockedRequest> {
    const [probe] = await m.query(`SELECT package_order_id FROM booking_request WHERE id = $1`, [requestId]);
    if (!probe) throw new NotFoundException('Aanvraag niet gevonden');
    if (probe.package_order_id) {
      await m.query(`SELECT 1 FROM package_order WHERE id = $1 FOR UPDATE`, [probe.package_order_id]);
    }
    const [row] = await m.query(
      `SELECT id, status, requester_kind AS "requesterKind", requester_id AS "requesterId", offer_id AS "offerId", package_order_id AS "packageOrderId",
              package_credits AS "packageCredits"
         FROM booking_request WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    return row as LockedRequest;
  }

  /** Locks sessions of a request (all, or the given ones) in id order, after the request itself. */
  async lockSessions(m: EntityManager, requestId: string, ids?: readonly string[]): Promise<LockedSession[]> {
    const rows: LockedSession[] = await m.query(
      `SELECT ${SESSION_COLUMNS} FROM session
        WHERE request_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY id FOR UPDATE`,
      [requestId, ids ? [...ids] : null],
    );
    return rows.map((r) => ({
      ...r,
      plannedStart: r.plannedStart ? new Date(r.plannedStart) : null,
      plannedEnd: r.plannedEnd ? new Date(r.plannedEnd) : null,
    }));
  }

  /** Locks one session and its request (request first). 404 when the session does not exist. */
  async lockSession(m: EntityManager, sessionId: string): Promise<{ request: LockedRequest; session: LockedSession }> {
    const [probe] = await m.query(`SELECT request_id FROM session WHERE id = $1`, [sessionId]);
    if (!probe) throw new NotFoundException('Sessie niet gevonden');
    const request = await this.lockRequest(m, probe.request_id);
    const [session] = await this.lockSessions(m, request.id, [sessionId]);
    return { request, session };
  }

  /** Applies a request event (the domain's lifecycle decides; 409 when not allowed) and records it. */
  async transitionRequest(
    m: EntityManager,
    request: LockedRequest,
    event: BookingRequestEvent,
    by: string | null,
    reason?: string | null,
  ): Promise<void> {
    const to = bookingRequestLifecycle.apply({ state: request.status }, event, {
      at: new Date(),
      by: by ?? 'system',
      reason: reason ?? undefined,
    }).state;
    await m.query(`UPDATE booking_request SET status = $2, updated_at = now() WHERE id = $1`, [request.id, to]);
    await m.query(
      `INSERT INTO request_transition (request_id, from_state, to_state, event, by_user_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [request.id, request.status, to, event, by, reason ?? null],
    );
    request.status = to;
  }

  /**
   * Applies a session event with what it sets (a time, new windows, pupils reached), records the transition,
   * bumps the calendar file's version where the school's calendar must change, and writes the outbox event so
   * the reminders follow. A planned time sets the end from the session's duration.
   */
  async transitionSession(
    m: EntityManager,
    session: LockedSession,
    event: SessionEvent,
    by: string | null,
    reason?: string | null,
    changes: SessionChanges = {},
  ): Promise<void> {
    const to = sessionLifecycle.next(session.status, event);
    const start = changes.plannedStart === undefined ? session.plannedStart : changes.plannedStart;
    const end = start ? new Date(start.getTime() + session.durationMinutes * 60_000) : null;
    await m.query(
      `UPDATE session
          SET status = $2, planned_start = $3, planned_end = $4,
              window_from = coalesce($5, window_from), window_to = coalesce($6, window_to),
              pupils_reached = coalesce($7, pupils_reached), delivered_at = coalesce($8, delivered_at),
              delivered_on = coalesce($9, delivered_on), ics_sequence = ics_sequence + $10, updated_at = now()
        WHERE id = $1`,
      [
        session.id,
        to,
        start?.toISOString() ?? null,
        end?.toISOString() ?? null,
        changes.windowFrom ?? null,
        changes.windowTo ?? null,
        changes.pupilsReached ?? null,
        changes.deliveredAt?.toISOString() ?? null,
        changes.deliveredOn ?? null,
        NEW_CALENDAR_VERSION.includes(event) ? 1 : 0,
      ],
    );
    await m.query(
      `INSERT INTO session_transition (session_id, from_state, to_state, event, by_user_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [session.id, session.status, to, event, by, reason ?? null],
    );
    await recordSessionChanges(m, [session.id]);
    session.status = to;
    session.plannedStart = start;
    session.plannedEnd = end;
  }

  /**
   * A session's specialists changed (the planning area assigned or removed them): the calendar file gets a new
   * version (it names who comes) and the reminders follow, through the outbox.
   */
  async staffChanged(m: EntityManager, sessionId: string): Promise<void> {
    await this.detailsChanged(m, sessionId);
  }

  /**
   * What the session's calendar file and reminders say changed (its specialists, the online meeting's link): a new
   * calendar version, and the reminders follow through the outbox.
   */
  async detailsChanged(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`UPDATE session SET ics_sequence = ics_sequence + 1, updated_at = now() WHERE id = $1`, [sessionId]);
    await recordSessionChanges(m, [sessionId]);
  }

  /**
   * Lets the request's state follow its sessions (the domain's `requestEventsForSessions`): approved with the
   * first planned session, planned when none is open, unplanned when one is open again, delivered when all are
   * done. The one place that rule is applied.
   */
  async settle(m: EntityManager, request: LockedRequest, by: string | null, reason?: string | null): Promise<void> {
    const rows: { status: SessionState }[] = await m.query(`SELECT status FROM session WHERE request_id = $1`, [
      request.id,
    ]);
    for (const event of requestEventsForSessions(
      request.status,
      rows.map((r) => r.status),
    )) {
      await this.transitionRequest(m, request, event, by, reason);
    }
  }
}
