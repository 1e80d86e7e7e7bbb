import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type AuditMaintenanceKind = 'retention' | 'erasure';

/**
 * The one narrow path that may change recorded audit events (see migration `1765872000000-privacy`): inside the
 * caller's transaction it declares `halt.audit_maintenance`, and the append-only trigger then lets through exactly
 * two changes — an IP address cut to its network, an erased person's e-mail replaced by their pseudonym — and
 * refuses everything else, as always. Each run appends an event of its own, so the maintenance is on the trail too.
 */
@Injectable()
export class AuditMaintenance {
  /** Cuts the client IP addresses of events recorded before `before` to their network (/24, IPv6 /48). */
  async cutIps(m: EntityManager, before: Date): Promise<number> {
    await this.declare(m, 'retention');
    const [, changed]: [unknown, number] = await m.query(
      `UPDATE audit_event SET ip = audit_cut_ip(ip)
        WHERE at < $1 AND ip IS DISTINCT FROM audit_cut_ip(ip)`,
      [before],
    );
    return Number(changed ?? 0);
  }

  /** Replaces an erased person's e-mail address in every event they acted in by their pseudonym. */
  async pseudonymiseActor(m: EntityManager, userId: string, pseudonymEmail: string): Promise<number> {
    await this.declare(m, 'erasure');
    const [, changed]: [unknown, number] = await m.query(
      `UPDATE audit_event SET actor_email = $2 WHERE actor_id = $1 AND actor_email IS DISTINCT FROM $2`,
      [userId, pseudonymEmail],
    );
    return Number(changed ?? 0);
  }

  /**
   * Appends the record of a privacy action: by a job (`system`, named) or by the signed-in actor of the unit of work
   * (read from its settings, as the audit trigger does).
   */
  async record(
    m: EntityManager,
    action: 'retention_applied' | 'person_erased' | 'personal_data_exported',
    entity: string,
    entityId: string | null,
    changedFields: string[] = [],
  ): Promise<void> {
    await m.query(
      `INSERT INTO audit_event (actor_kind, actor_id, actor_email, actor_role, organisation, action, entity, entity_id,
                                changed_fields, ip, request_id)
       VALUES (coalesce(nullif(current_setting('halt.actor_kind', true), ''), 'anonymous'),
               nullif(current_setting('halt.actor_id', true), '')::uuid,
               nullif(current_setting('halt.actor_email', true), ''),
               nullif(current_setting('halt.actor_role', true), ''),
               nullif(current_setting('halt.organisation', true), ''),
               $1, $2, $3, $4, nullif(current_setting('halt.ip', true), ''),
               nullif(current_setting('halt.request_id', true), ''))`,
      [action, entity, entityId, changedFields],
    );
  }

  private async declare(m: EntityManager, kind: AuditMaintenanceKind): Promise<void> {
    await m.query(`SELECT set_config('halt.audit_maintenance', $1, true)`, [kind]);
  }
}
