import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailTransport } from './mail-transport';

/** What happened to a reminder job. */
export type DeliveryOutcome =
  | { outcome: 'sent'; recipients: number }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'deferred'; until: Date };

/**
 * The delivery's bookkeeping: the only writer of `message_log` (one row per message and recipient; its unique key
 * makes a retry skip recipients already served) and of the state a `reminder_job` ends in (done or skipped; the
 * relay schedules and removes them).
 */
@Injectable()
export class DeliveryLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
  ) {}

  /** One message to one recipient, once: the message log's key makes a retry skip what was sent. */
  async send(
    jobId: string,
    kind: string,
    sessionId: string | null,
    email: string,
    language: string,
    subject: string,
    text: string,
    attachments: { filename: string; content: string; contentType: string }[],
    html = `<p>${text
      .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string)
      .replace(/\n\n/g, '</p><p>')
      .replace(/\n/g, '<br>')}</p>`,
    /** What the message log keeps of the text (an account mail leaves its one-time link out). */
    logged = text,
  ): Promise<string | null> {
    const key = `${jobId}/${email.toLowerCase()}`;
    await this.dataSource.query(
      `INSERT INTO message_log (idempotency_key, job_id, kind, session_id, recipient, language, status, subject, body_text, transport)
       VALUES ($1, $2, $3, $4, $5, $6, 'sending', $7, $8, $9) ON CONFLICT (idempotency_key) DO NOTHING`,
      [key, jobId, kind, sessionId, email, language, subject, logged, this.mail.kind],
    );
    const [entry] = await this.dataSource.query(`SELECT id, status FROM message_log WHERE idempotency_key = $1`, [key]);
    if (entry.status === 'sent') return null;
    try {
      const providerId = await this.mail.send({
        to: email,
        subject,
        text,
        html,
        messageId: `<${jobId}.${entry.id}@halt-preventieportaal>`,
        attachments,
      });
      await this.dataSource.query(
        `UPDATE message_log SET status = 'sent', provider_id = $2, sent_at = now(), error = NULL, attempts = attempts + 1 WHERE id = $1`,
        [entry.id, providerId],
      );
      return null;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.dataSource.query(
        `UPDATE message_log SET status = 'failed', error = $2, attempts = attempts + 1 WHERE id = $1`,
        [entry.id, reason.slice(0, 500)],
      );
      return `${email}: ${reason}`;
    }
  }

  /** Every recipient of the job was served. */
  async done(jobId: string): Promise<void> {
    await this.dataSource.query(`UPDATE reminder_job SET state = 'done', updated_at = now() WHERE job_id = $1`, [
      jobId,
    ]);
  }

  /** The job sent nothing, and why. */
  async skip(jobId: string, reason: string): Promise<DeliveryOutcome> {
    await this.dataSource.query(`UPDATE reminder_job SET state = 'skipped', updated_at = now() WHERE job_id = $1`, [
      jobId,
    ]);
    return { outcome: 'skipped', reason };
  }
}
