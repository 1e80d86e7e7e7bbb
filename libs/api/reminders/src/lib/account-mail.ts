import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { passwordLink, passwordLinkToken } from '@halt/api/security';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { MailTransport } from './mail-transport';
import { dutchWhen, englishWhen } from './mail-dates';

/** Data of an account-mail job: the one-time link's token id, nothing else (the link is derived, never stored). */
export interface AccountMailJobData {
  tokenId: string;
}

export interface AccountMailContext {
  purpose: 'invite' | 'reset';
  language: 'nl' | 'en';
  name: string;
  organisation: string;
  link: string;
  expiresAt: Date;
}

/** What the message log keeps instead of the link: the e-mail minus its secret. */
export const LINK_WITHHELD = '[link niet bewaard]';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The invitation and reset e-mails, in Dutch (English when the account chose it), plain text and HTML. */
export function renderAccountMail(c: AccountMailContext): { subject: string; lines: string[]; signature: string } {
  const nl = c.language !== 'en';
  const until = (nl ? dutchWhen : englishWhen).format(c.expiresAt);
  const hello = nl ? `Beste ${c.name},` : `Dear ${c.name},`;
  const signature = nl ? 'Met vriendelijke groet,\nStichting Halt' : 'Kind regards,\nStichting Halt';
  if (c.purpose === 'invite') {
    return {
      subject: nl ? 'Uitnodiging voor het Halt Preventieportaal' : 'Invitation to the Halt Prevention Portal',
      lines: nl
        ? [
            hello,
            `U bent uitgenodigd voor het Halt Preventieportaal, voor ${c.organisation}. Kies via deze link zelf uw wachtwoord:`,
            c.link,
            `De link werkt één keer en is geldig tot ${until}. Is de link verlopen? Vraag dan wie u uitnodigde om een nieuwe uitnodiging.`,
          ]
        : [
            hello,
            `You have been invited to the Halt Prevention Portal, for ${c.organisation}. Choose your own password through this link:`,
            c.link,
            `The link works once and is valid until ${until}. Has it expired? Ask whoever invited you for a new invitation.`,
          ],
      signature,
    };
  }
  return {
    subject: nl ? 'Nieuw wachtwoord voor het Halt Preventieportaal' : 'New password for the Halt Prevention Portal',
    lines: nl
      ? [
          hello,
          'Iemand, waarschijnlijk u, vroeg om een nieuw wachtwoord voor het Halt Preventieportaal. Kies via deze link een nieuw wachtwoord:',
          c.link,
          `De link werkt één keer en is geldig tot ${until}. Daarna bent u op alle apparaten uitgelogd.`,
          'Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren. Uw wachtwoord blijft dan hetzelfde.',
        ]
      : [
          hello,
          'Someone, probably you, asked for a new password for the Halt Prevention Portal. Choose a new password through this link:',
          c.link,
          `The link works once and is valid until ${until}. Afterwards you are signed out on every device.`,
          'Did you not ask for this? Then ignore this e-mail; your password stays the same.',
        ],
    signature,
  };
}

/**
 * Sends the e-mail of a one-time password link (the `account-mail` job the relay makes of an `account.mail`
 * outbox event): only while the link is still open, once (the message log's key), and right away — quiet hours
 * do not apply to a mail the person is waiting for. The link is derived from the token id here; the message log
 * keeps the e-mail with the link left out (except without SMTP, where the log is the only delivery).
 */
@Injectable()
export class AccountMailDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveryLog: DeliveryLog,
    private readonly mail: MailTransport,
  ) {}

  async deliver(jobId: string, { tokenId }: AccountMailJobData): Promise<DeliveryOutcome> {
    const [t]: {
      purpose: 'invite' | 'reset' | 'bootstrap';
      expires_at: Date;
      open: boolean;
      email: string;
      name: string;
      language: 'nl' | 'en';
      organisation: string;
    }[] = await this.dataSource.query(
      `SELECT t.purpose, t.expires_at, u.email, u.name, u.language,
              (t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active) AS open,
              coalesce(s.name, 'gemeente ' || mu.name, 'Stichting Halt') AS organisation
         FROM password_token t JOIN app_user u ON u.id = t.user_id
         LEFT JOIN school s ON s.id = u.school_id LEFT JOIN municipality mu ON mu.id = u.municipality_id
        WHERE t.id = $1`,
      [tokenId],
    );
    if (!t || t.purpose === 'bootstrap') return { outcome: 'skipped', reason: 'de link bestaat niet meer' };
    if (!t.open) return { outcome: 'skipped', reason: 'de link is intussen gebruikt, vervangen of verlopen' };
    const link = passwordLink(this.config.publicUrl, passwordLinkToken(this.config.jwtSecret, tokenId));
    const mail = renderAccountMail({ ...t, purpose: t.purpose, expiresAt: new Date(t.expires_at), link });
    const text = [...mail.lines, mail.signature].join('\n\n');
    const html =
      mail.lines
        .map((l) => (l === link ? `<p><a href="${escape(link)}">${escape(link)}</a></p>` : `<p>${escape(l)}</p>`))
        .join('') + `<p>${escape(mail.signature).replace('\n', '<br>')}</p>`;
    const failure = await this.deliveryLog.send(
      jobId,
      `account_${t.purpose}`,
      null,
      t.email,
      t.language,
      mail.subject,
      text,
      [],
      html,
      // Without SMTP (embedded mode, demos) the message log is the only way the link reaches anyone: it keeps it
      // there, for admins only. With SMTP the e-mail carries it and the log leaves it out.
      this.mail.kind === 'smtp' ? text.replace(link, LINK_WITHHELD) : text,
    );
    if (failure) throw new Error(`verzenden mislukt: ${failure}`);
    return { outcome: 'sent', recipients: 1 };
  }
}
