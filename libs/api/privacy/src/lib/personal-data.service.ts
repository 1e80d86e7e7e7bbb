import { AuditMaintenance } from '@halt/api/audit';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { PersonalDataExportDto } from '@halt/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import {
  loadAccount,
  loadAuditEventsOf,
  loadMessagesTo,
  loadNotificationsOf,
  loadRequestsOfContact,
} from './personal-data.queries';
import { toCsv } from './csv';

/**
 * A person's data for download (AVG art. 15/20): admins for anyone, everyone else only for themself (another
 * person's id is a 404, so an account's existence does not leak). Every download is recorded in the audit trail.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditMaintenance,
  ) {}

  async export(me: AuthUser, userId: string): Promise<PersonalDataExportDto> {
    if (me.role !== 'admin' && me.id !== userId) throw new NotFoundException('Gebruiker niet gevonden');
    return this.uow.run(async (m) => {
      const account = await loadAccount(m, userId);
      if (!account) throw new NotFoundException('Gebruiker niet gevonden');
      const requests = await loadRequestsOfContact(m, account.email);
      const messages = await loadMessagesTo(m, account.email);
      const notifications = await loadNotificationsOf(m, userId);
      const auditEvents = await loadAuditEventsOf(m, userId);
      await this.audit.record(m, 'personal_data_exported', 'User', userId);
      return { exportedAt: new Date().toISOString(), account, requests, messages, notifications, auditEvents };
    });
  }

  /** The same data as one CSV file: one row per item, the kind of item in the first column. */
  async exportCsv(me: AuthUser, userId: string): Promise<string> {
    const d = await this.export(me, userId);
    const a = d.account;
    const rows: string[][] = [
      [
        'account',
        a.id,
        a.createdAt,
        `${a.role}${a.organisation ? ` (${a.organisation})` : ''}`,
        [a.name, a.email, a.language, a.active ? 'actief' : 'gedeactiveerd'].join(' | '),
      ],
      ...d.requests.map((r) => [
        'aanvraag',
        r.reference,
        r.createdAt,
        `${r.status}: ${r.offer} (${r.school})`,
        [r.contactName, r.contactEmail, r.contactPhone ?? ''].join(' | '),
      ]),
      ...d.messages.map((e) => ['e-mail', e.id, e.createdAt, `${e.kind} (${e.status}): ${e.subject}`, e.text]),
      ...d.notifications.map((n) => [
        'melding',
        n.id,
        n.createdAt,
        `${n.kind}: ${n.title}`,
        [n.link, n.readAt ? `gelezen ${n.readAt}` : 'ongelezen'].join(' | '),
      ]),
      ...d.auditEvents.map((e) => [
        'logboek',
        e.id,
        e.at,
        `${e.action} ${e.entity}${e.entityId ? ` ${e.entityId}` : ''} (${e.relation === 'actor' ? 'door deze persoon' : 'over dit account'})`,
        [e.changedFields.join(' '), e.ip ?? ''].join(' | '),
      ]),
    ];
    return toCsv(['Soort', 'Id', 'Tijdstip', 'Wat', 'Gegevens'], rows);
  }
}
