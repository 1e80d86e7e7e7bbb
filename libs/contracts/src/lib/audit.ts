import type { Uuid, IsoDateTime, Email, SerialId } from './scalars';
import type { Role } from './roles';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'session_ended',
  'refresh_token_reused',
  'retention_applied',
  'person_erased',
  'personal_data_exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted: a signed-in user, someone on a public page, a background job, a migration or the demo seed. */
export type AuditActorKind = 'user' | 'anonymous' | 'system' | 'migration' | 'seed';

export interface AuditEventDto {
  id: SerialId;
  at: IsoDateTime;
  actorKind: AuditActorKind | null;
  actorId: Uuid | null;
  actorEmail: Email | null;
  actorRole: Role | null;
  organisation: string | null;
  action: AuditAction;
  entity: string;
  /** The changed row's key: a UUID, or the key of a row without one. */
  entityId: string | null;
  changedFields: string[];
  ip: string | null;
  requestId: string | null;
}
