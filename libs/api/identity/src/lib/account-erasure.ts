import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuthService } from './auth.service';

/** The pseudonym an erased person gets: the same in their account and in the audit trail. */
export interface Pseudonym {
  name: string;
  email: string;
}

export interface ErasedAccount {
  id: string;
  /** The address the account had, so the caller can find the person's details elsewhere in the same transaction. */
  formerEmail: string;
  pseudonym: Pseudonym;
}

/**
 * Identity's part of an erasure on request (AVG art. 17): the account stays (the audit trail refers to its id) but
 * is deactivated, loses its password, sessions and links, and its name and e-mail become a pseudonym. Runs in the
 * caller's unit of work; locks the account first.
 */
@Injectable()
export class AccountErasure {
  constructor(private readonly auth: AuthService) {}

  async erase(m: EntityManager, id: string, erasedBy: string): Promise<ErasedAccount> {
    const [user]: { email: string; role: string; active: boolean; erased_at: Date | null }[] = await m.query(
      `SELECT email, role, active, erased_at FROM app_user WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!user) throw new NotFoundException('Gebruiker niet gevonden');
    if (user.erased_at) {
      throw new ConflictException({
        message: 'De gegevens van deze persoon zijn al gewist',
        conflict: { constraint: 'already_erased', userId: id },
      });
    }
    if (id === erasedBy) {
      throw new ConflictException({
        message: 'U kunt uw eigen gegevens niet wissen; vraag dat aan een andere beheerder',
        conflict: { constraint: 'own_account', userId: id },
      });
    }
    if (user.role === 'admin' && user.active) {
      const [other] = await m.query(
        `SELECT id FROM app_user WHERE role = 'admin' AND active AND id <> $1 ORDER BY id LIMIT 1 FOR UPDATE`,
        [id],
      );
      if (!other) {
        throw new ConflictException({
          message: 'Dit is de laatste actieve beheerder; maak eerst een andere beheerder aan',
          conflict: { constraint: 'last_active_admin', userId: id },
        });
      }
    }
    const tag = randomBytes(6).toString('hex');
    const pseudonym: Pseudonym = { name: `Verwijderd ${tag}`, email: `verwijderd-${tag}@pseudoniem.invalid` };
    const open: { id: string }[] = await m.query(
      `SELECT id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL FOR UPDATE`,
      [id],
    );
    for (const s of open) await this.auth.endSession(m, s.id, 'account_deactivated');
    await m.query(`DELETE FROM password_token WHERE user_id = $1`, [id]);
    await m.query(
      `UPDATE app_user
          SET name = $2, email = $3, password_hash = NULL, active = false, is_main_contact = false, erased_at = now()
        WHERE id = $1`,
      [id, pseudonym.name, pseudonym.email],
    );
    return { id, formerEmail: user.email, pseudonym };
  }
}
