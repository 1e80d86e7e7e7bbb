import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The states after which a request needs its contact no more. */
export const FINISHED_REQUEST_STATES = ['delivered', 'closed', 'rejected', 'cancelled'] as const;

/** What a request's contact becomes when it is pseudonymised (retention); an erasure names the person's pseudonym. */
export const RETAINED_CONTACT = { name: 'Geanonimiseerd', email: 'geanonimiseerd@pseudoniem.invalid' } as const;

/**
 * The booking area's writer of the contact details of requests (name, e-mail, phone) for privacy: the retention
 * job's pseudonymisation of finished requests, and an erasure's replacement of one person's details. Runs in the
 * caller's unit of work; the audit trigger records each changed request (field names, never values).
 */
@Injectable()
export class ContactPrivacy {
  /**
   * Replaces the contact details of every request that finished (its last transition) before `finishedBefore` and
   * still has them. Requests that are still running are never touched. Answers how many requests changed.
   */
  async pseudonymiseFinished(m: EntityManager, finishedBefore: Date): Promise<number> {
    const [, changed]: [unknown, number] = await m.query(
      `UPDATE booking_request r
          SET contact_name = $2, contact_email = $3, contact_phone = NULL, contact_pseudonymised_at = now()
        WHERE r.contact_pseudonymised_at IS NULL
          AND r.status = ANY ($4::text[])
          AND coalesce((SELECT max(t.at) FROM request_transition t WHERE t.request_id = r.id), r.updated_at) < $1`,
      [finishedBefore, RETAINED_CONTACT.name, RETAINED_CONTACT.email, FINISHED_REQUEST_STATES],
    );
    return Number(changed ?? 0);
  }

  /** The references of the running requests (not finished) that name `email` as their contact. */
  async runningRequestsOf(m: EntityManager, email: string): Promise<string[]> {
    const rows: { reference: string }[] = await m.query(
      `SELECT reference FROM booking_request
        WHERE lower(contact_email) = lower($1) AND NOT (status = ANY ($2::text[]))
        ORDER BY reference FOR UPDATE`,
      [email, FINISHED_REQUEST_STATES],
    );
    return rows.map((r) => r.reference);
  }

  /** Replaces one person's contact details on every request that names them (an erasure). */
  async replaceContact(m: EntityManager, email: string, pseudonym: { name: string; email: string }): Promise<number> {
    const [, changed]: [unknown, number] = await m.query(
      `UPDATE booking_request
          SET contact_name = $2, contact_email = $3, contact_phone = NULL, contact_pseudonymised_at = now()
        WHERE lower(contact_email) = lower($1)`,
      [email, pseudonym.name, pseudonym.email],
    );
    return Number(changed ?? 0);
  }
}
