import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a message log's recipient becomes once its retention period has passed; an erasure names the person's pseudonym. */
export const RETAINED_RECIPIENT = 'geanonimiseerd@pseudoniem.invalid';

/** A message's pseudonym ($2), its text and error gone, its idempotency key no longer holding the address. */
const PSEUDONYMISE = `recipient = $2, body_text = '', error = NULL, idempotency_key = 'pseudoniem/' || id,
  pseudonymised_at = now()`;

/**
 * The reminders area's writer of what its delivery keeps about people, for privacy: the message log's recipient and
 * text (the proof a message went out once) and the in-app notifications. The retention job pseudonymises the log and
 * deletes the notifications after their periods; an erasure does both for one person at once. Runs in the caller's
 * unit of work. A pseudonymised log row keeps its kind, subject, status and times, and is never sent again: its
 * idempotency key becomes the row's own id, and the database refuses a pseudonymised row that still has a text.
 */
@Injectable()
export class MessagePrivacy {
  /** Pseudonymises every message created before `createdBefore` (none still being sent). Answers how many changed. */
  async pseudonymiseMessagesBefore(m: EntityManager, createdBefore: Date): Promise<number> {
    const [, changed]: [unknown, number] = await m.query(
      `UPDATE message_log SET ${PSEUDONYMISE} WHERE pseudonymised_at IS NULL AND status <> 'sending' AND created_at < $1`,
      [createdBefore, RETAINED_RECIPIENT],
    );
    return Number(changed ?? 0);
  }

  /** Deletes the in-app notifications created before `createdBefore`, read or not. Answers how many. */
  async deleteNotificationsBefore(m: EntityManager, createdBefore: Date): Promise<number> {
    const [, deleted]: [unknown, number] = await m.query(`DELETE FROM notification WHERE created_at < $1`, [
      createdBefore,
    ]);
    return Number(deleted ?? 0);
  }

  /** An erasure: the person's messages get their pseudonym, their notifications go. */
  async erasePerson(
    m: EntityManager,
    userId: string,
    email: string,
    pseudonym: string,
  ): Promise<{ messages: number; notifications: number }> {
    const [, messages]: [unknown, number] = await m.query(
      `UPDATE message_log SET ${PSEUDONYMISE} WHERE lower(recipient) = lower($1)`,
      [email, pseudonym],
    );
    const [, notifications]: [unknown, number] = await m.query(`DELETE FROM notification WHERE user_id = $1`, [userId]);
    return { messages: Number(messages ?? 0), notifications: Number(notifications ?? 0) };
  }
}

/** {@link MessagePrivacy} alone, for the privacy area and the maintenance worker (no queues, no mail transport). */
@Module({ providers: [MessagePrivacy], exports: [MessagePrivacy] })
export class MessagePrivacyModule {}
