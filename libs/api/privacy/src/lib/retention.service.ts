import { AuditMaintenance } from '@halt/api/audit';
import { ContactPrivacy } from '@halt/api/booking';
import { PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { UnitOfWork } from '@halt/api/database';
import { MessagePrivacy } from '@halt/api/reminders';
import { Inject, Injectable } from '@nestjs/common';

export interface RetentionOutcome {
  /** Finished requests whose contact details were pseudonymised. */
  requests: number;
  /** Audit events whose IP address was cut to its network. */
  ipAddresses: number;
  /** Messages in the log whose recipient and text were pseudonymised. */
  messages: number;
  /** In-app notifications deleted. */
  notifications: number;
}

/**
 * The retention periods (nightly maintenance job): contact details of requests `RETENTION_CONTACT_MONTHS` after
 * they finished, the audit trail's IP addresses after `RETENTION_AUDIT_IP_DAYS`, the message log's recipients and
 * texts after `RETENTION_MESSAGE_DAYS` and in-app notifications after `RETENTION_NOTIFICATION_DAYS`. Measured on the portal's
 * clock, in one unit of work as the system job `retention`, which records its own audit event when it changed
 * anything.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: PortalClock,
    private readonly contacts: ContactPrivacy,
    private readonly audit: AuditMaintenance,
    private readonly messagesPrivacy: MessagePrivacy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(): Promise<RetentionOutcome> {
    const now = this.clock.now();
    const contactCutoff = new Date(now);
    contactCutoff.setUTCMonth(contactCutoff.getUTCMonth() - this.config.retentionContactMonths);
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    return this.uow.run(
      async (m) => {
        const requests = await this.contacts.pseudonymiseFinished(m, contactCutoff);
        const ipAddresses = await this.audit.cutIps(m, daysAgo(this.config.retentionAuditIpDays));
        const messages = await this.messagesPrivacy.pseudonymiseMessagesBefore(
          m,
          daysAgo(this.config.retentionMessageDays),
        );
        const notifications = await this.messagesPrivacy.deleteNotificationsBefore(
          m,
          daysAgo(this.config.retentionNotificationDays),
        );
        const fields = [
          ...(requests ? ['contactDetails'] : []),
          ...(ipAddresses ? ['ip'] : []),
          ...(messages ? ['messageRecipients'] : []),
          ...(notifications ? ['notifications'] : []),
        ];
        if (fields.length > 0) await this.audit.record(m, 'retention_applied', 'Retention', null, fields);
        return { requests, ipAddresses, messages, notifications };
      },
      { actor: { kind: 'system', name: 'retention' } },
    );
  }
}
