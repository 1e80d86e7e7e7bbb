import { AuditMaintenance } from '@halt/api/audit';
import { ContactPrivacy } from '@halt/api/booking';
import { PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { UnitOfWork } from '@halt/api/database';
import { Inject, Injectable } from '@nestjs/common';

export interface RetentionOutcome {
  /** Finished requests whose contact details were pseudonymised. */
  requests: number;
  /** Audit events whose IP address was cut to its network. */
  ipAddresses: number;
}

/**
 * The retention periods (nightly maintenance job): contact details of requests `RETENTION_CONTACT_MONTHS` after
 * they finished, and the audit trail's IP addresses after `RETENTION_AUDIT_IP_DAYS`. Measured on the portal's
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(): Promise<RetentionOutcome> {
    const now = this.clock.now();
    const contactCutoff = new Date(now);
    contactCutoff.setUTCMonth(contactCutoff.getUTCMonth() - this.config.retentionContactMonths);
    const ipCutoff = new Date(now.getTime() - this.config.retentionAuditIpDays * 86_400_000);
    return this.uow.run(
      async (m) => {
        const requests = await this.contacts.pseudonymiseFinished(m, contactCutoff);
        const ipAddresses = await this.audit.cutIps(m, ipCutoff);
        if (requests + ipAddresses > 0) {
          const fields = [...(requests ? ['contactDetails'] : []), ...(ipAddresses ? ['ip'] : [])];
          await this.audit.record(m, 'retention_applied', 'Retention', null, fields);
        }
        return { requests, ipAddresses };
      },
      { actor: { kind: 'system', name: 'retention' } },
    );
  }
}
