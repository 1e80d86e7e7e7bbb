import type {
  PersonalDataAccount,
  PersonalDataAuditEvent,
  PersonalDataMessage,
  PersonalDataNotification,
  PersonalDataRequest,
  AuditAction,
  Role,
} from '@halt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Read model of one person's data across the areas (account, requests, messages, notifications, audit trail), for
 * the export. Read only;
 * every write goes through the owning area.
 */
export async function loadAccount(m: EntityManager, id: string): Promise<PersonalDataAccount | null> {
  const [u]: {
    id: string;
    email: string;
    name: string;
    role: Role;
    language: 'nl' | 'en';
    organisation: string | null;
    active: boolean;
    created_at: Date;
    last_login_at: Date | null;
    erased_at: Date | null;
  }[] = await m.query(
    `SELECT u.id, u.email, u.name, u.role, u.language, coalesce(s.name, g.name) AS organisation, u.active,
            u.created_at, u.last_login_at, u.erased_at
       FROM app_user u
       LEFT JOIN school s ON s.id = u.school_id
       LEFT JOIN municipality g ON g.id = u.municipality_id
      WHERE u.id = $1`,
    [id],
  );
  if (!u) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    language: u.language,
    organisation: u.organisation,
    active: u.active,
    createdAt: u.created_at.toISOString(),
    lastSignInAt: u.last_login_at?.toISOString() ?? null,
    erasedAt: u.erased_at?.toISOString() ?? null,
  };
}

export async function loadRequestsOfContact(m: EntityManager, email: string): Promise<PersonalDataRequest[]> {
  const rows: {
    id: string;
    reference: string;
    status: string;
    school: string;
    offer: string;
    contact_name: string;
    contact_email: string;
    contact_phone: string | null;
    created_at: Date;
  }[] = await m.query(
    `SELECT r.id, r.reference, r.status, s.name AS school, o.title AS offer, r.contact_name, r.contact_email,
            r.contact_phone, r.created_at
       FROM booking_request r
       JOIN requester s ON s.id = r.requester_id
       JOIN offer o ON o.id = r.offer_id
      WHERE lower(r.contact_email) = lower($1)
      ORDER BY r.created_at, r.id`,
    [email],
  );
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    school: r.school,
    offer: r.offer,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function loadAuditEventsOf(m: EntityManager, userId: string): Promise<PersonalDataAuditEvent[]> {
  const rows: {
    id: string;
    at: Date;
    relation: 'actor' | 'subject';
    action: AuditAction;
    entity: string;
    entity_id: string | null;
    changed_fields: string[];
    ip: string | null;
  }[] = await m.query(
    `SELECT id, at, CASE WHEN actor_id = $1 THEN 'actor' ELSE 'subject' END AS relation, action, entity, entity_id,
            changed_fields, ip
       FROM audit_event
      WHERE actor_id = $1 OR (entity = 'User' AND entity_id = $1::text)
      ORDER BY at, id`,
    [userId],
  );
  return rows.map((e) => ({
    id: String(e.id),
    at: e.at.toISOString(),
    relation: e.relation,
    action: e.action,
    entity: e.entity,
    entityId: e.entity_id,
    changedFields: e.changed_fields,
    ip: e.ip,
  }));
}

export async function loadMessagesTo(m: EntityManager, email: string): Promise<PersonalDataMessage[]> {
  const rows: {
    id: string;
    kind: string;
    subject: string;
    body_text: string;
    status: PersonalDataMessage['status'];
    created_at: Date;
    sent_at: Date | null;
  }[] = await m.query(
    `SELECT id, kind, subject, body_text, status, created_at, sent_at
       FROM message_log
      WHERE lower(recipient) = lower($1)
      ORDER BY created_at, id`,
    [email],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    text: r.body_text,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
  }));
}

export async function loadNotificationsOf(m: EntityManager, userId: string): Promise<PersonalDataNotification[]> {
  const rows: { id: string; kind: string; title: string; link: string; created_at: Date; read_at: Date | null }[] =
    await m.query(
      `SELECT id, kind, title, link, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    link: n.link,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
  }));
}
