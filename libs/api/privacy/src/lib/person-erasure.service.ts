import { AuditMaintenance } from '@halt/api/audit';
import { ContactPrivacy } from '@halt/api/booking';
import { UnitOfWork } from '@halt/api/database';
import { AccountErasure } from '@halt/api/identity';
import { MessagePrivacy } from '@halt/api/reminders';
import type { AuthUser } from '@halt/api/security';
import type { PersonErasureDto } from '@halt/contracts';
import { ConflictException, Injectable } from '@nestjs/common';

/**
 * Erasure on request (AVG art. 17), one unit of work across the owners: identity pseudonymises and deactivates the
 * account, booking replaces the person's contact details on their requests, reminders pseudonymises the messages sent
 * to them and deletes their notifications, the audit area replaces their e-mail in
 * the trail by the same pseudonym (the trail keeps the account id, so it stays consistent: one person, no name).
 * Refused (409, naming the requests) while the person is the contact of a request that is still running: the school
 * names another contact first, or the request is cancelled.
 */
@Injectable()
export class PersonErasureService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountErasure,
    private readonly contacts: ContactPrivacy,
    private readonly messagesPrivacy: MessagePrivacy,
    private readonly audit: AuditMaintenance,
  ) {}

  async erase(me: AuthUser, userId: string): Promise<PersonErasureDto> {
    return this.uow.run(async (m) => {
      const erased = await this.accounts.erase(m, userId, me.id);
      const running = await this.contacts.runningRequestsOf(m, erased.formerEmail);
      if (running.length > 0) {
        throw new ConflictException({
          message: `Deze persoon is contactpersoon van lopende aanvragen (${running.join(', ')}). Laat de school eerst een andere contactpersoon opgeven of annuleer de aanvragen.`,
          conflict: { constraint: 'running_requests', references: running },
        });
      }
      const requests = await this.contacts.replaceContact(m, erased.formerEmail, erased.pseudonym);
      const { messages, notifications } = await this.messagesPrivacy.erasePerson(
        m,
        userId,
        erased.formerEmail,
        erased.pseudonym.email,
      );
      const auditEvents = await this.audit.pseudonymiseActor(m, userId, erased.pseudonym.email);
      await this.audit.record(m, 'person_erased', 'User', userId, [
        'name',
        'email',
        'contactDetails',
        'messageRecipients',
        'notifications',
        'actorEmail',
      ]);
      return { userId, pseudonym: erased.pseudonym.email, requests, messages, notifications, auditEvents };
    });
  }
}
