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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted: a signed-in user, someone on a public page, a background job, a migration or the demo seed. */
export type AuditActorKind = 'user' | 'anonymous' | 'system' | 'migration' | 'seed';

export interface AuditEventDto {
  id: string;
  at: string;
  actorKind: AuditActorKind | null;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: Role | null;
  organisation: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changedFields: string[];
  ip: string | null;
  requestId: string | null;
}
