import type { AuditAction, AuditActorKind, Role } from '@halt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One recorded action: who (user, role, organisation), what (action on which entity and id), when and
 * from which IP. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false })
  id!: string;

  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  @Column({ name: 'actor_kind', type: 'text', nullable: true })
  actorKind!: AuditActorKind | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: Role | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields!: string[];

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
