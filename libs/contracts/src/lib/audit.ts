import type { Role } from './roles';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'sign_in', 'sign_in_failed', 'sign_out'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventDto {
  id: string;
  at: string;
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
