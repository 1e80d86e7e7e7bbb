import type { AuditAction } from './audit';
import type { Role } from './roles';
import type { Email, Integer, IsoDateTime, SerialId, Uuid } from './scalars';

/**
 * A person's data as the portal keeps it (AVG art. 15 and 20): their account, their requests, the e-mails sent to
 * them, their notifications, their audit trail.
 */
export interface PersonalDataExportDto {
  exportedAt: IsoDateTime;
  account: PersonalDataAccount;
  /** The requests that name the person as their contact (by e-mail address). */
  requests: PersonalDataRequest[];
  /** E-mails sent to the person's address that the message log still names them in (until RETENTION_MESSAGE_DAYS). */
  messages: PersonalDataMessage[];
  /** The person's in-app notifications (until RETENTION_NOTIFICATION_DAYS). */
  notifications: PersonalDataNotification[];
  /** Audit events the person acted in, or that are about their account. */
  auditEvents: PersonalDataAuditEvent[];
}

/** One e-mail in the message log: what was sent, when, and its text as logged (one-time links are never logged). */
export interface PersonalDataMessage {
  id: Uuid;
  kind: string;
  subject: string;
  text: string;
  status: 'sending' | 'sent' | 'failed';
  createdAt: IsoDateTime;
  sentAt: IsoDateTime | null;
}

export interface PersonalDataNotification {
  id: Uuid;
  kind: string;
  title: string;
  link: string;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}

export interface PersonalDataAccount {
  id: Uuid;
  email: Email;
  name: string;
  role: Role;
  language: 'nl' | 'en';
  /** The school or gemeente the account belongs to; null for Halt staff. */
  organisation: string | null;
  active: boolean;
  createdAt: IsoDateTime;
  lastSignInAt: IsoDateTime | null;
  erasedAt: IsoDateTime | null;
}

export interface PersonalDataRequest {
  id: Uuid;
  reference: string;
  status: string;
  school: string;
  offer: string;
  contactName: string;
  contactEmail: Email;
  contactPhone: string | null;
  createdAt: IsoDateTime;
}

export interface PersonalDataAuditEvent {
  id: SerialId;
  at: IsoDateTime;
  /** `actor`: the person did it; `subject`: it was done to their account. */
  relation: 'actor' | 'subject';
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changedFields: string[];
  ip: string | null;
}

/** What an erasure changed. */
export interface PersonErasureDto {
  userId: Uuid;
  /** The pseudonym that replaces the person's name and e-mail address everywhere. */
  pseudonym: string;
  requests: Integer;
  /** Messages in the log that were sent to the person: recipient replaced by the pseudonym, text removed. */
  messages: Integer;
  /** The person's in-app notifications, deleted. */
  notifications: Integer;
  auditEvents: Integer;
}
