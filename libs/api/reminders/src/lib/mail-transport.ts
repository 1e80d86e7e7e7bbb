import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a receiving system can recognise a repeat. */
  messageId: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/**
 * Sends e-mail through SMTP (`SMTP_URL`), or — without it, as in embedded mode — sends nothing and lets the
 * message log keep the text (`transport: 'log'`), where admins can read it.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly log = new Logger('Mail');
  private readonly smtp?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      const url = new URL(config.smtpUrl);
      this.smtp = createTransport({
        host: url.hostname,
        port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
        secure: url.protocol === 'smtps:',
        auth: url.username
          ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
          : undefined,
        // A local or test server without TLS: do not insist on STARTTLS.
        ignoreTLS: url.searchParams.get('tls') === 'off',
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
    }
  }

  get kind(): 'smtp' | 'log' {
    return this.smtp ? 'smtp' : 'log';
  }

  /** Returns the provider's message id; throws when the server refuses or cannot be reached. */
  async send(mail: OutgoingMail): Promise<string> {
    if (!this.smtp) return mail.messageId;
    const info = await this.smtp.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      attachments: mail.attachments,
    });
    return String(info.messageId ?? mail.messageId);
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
    this.log.debug('mail transport closed');
  }
}
