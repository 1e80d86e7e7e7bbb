import { UnitOfWork } from '@halt/api/database';
import { type AuthUser, containsPattern } from '@halt/api/security';
import type { MessageLogDto, NotificationsDto, Page } from '@halt/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The signed-in user's in-app notifications, and the admins' message log. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async mine(user: AuthUser): Promise<NotificationsDto> {
    const [items, [{ unread }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id, kind, title, link, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at DESC LIMIT 50`,
        [user.id],
      ),
      this.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [
        user.id,
      ]),
    ]);
    return {
      unread,
      items: items.map(
        (n: {
          id: string;
          kind: string;
          title: string;
          link: string | null;
          created_at: Date;
          read_at: Date | null;
        }) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          link: n.link,
          createdAt: new Date(n.created_at).toISOString(),
          read: n.read_at !== null,
        }),
      ),
    };
  }

  /**
   * An in-app notification for a user, once per key (a reminder job and recipient), by the reminder jobs — the
   * only writer of `notification` besides the user's own read marks.
   */
  async notify(userId: string, key: string, kind: string, title: string, link: string): Promise<void> {
    await this.uow.run(
      (m) =>
        m.query(
          `INSERT INTO notification (user_id, idempotency_key, kind, title, link) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (idempotency_key) DO NOTHING`,
          [userId, key, kind, title, link],
        ),
      { actor: { kind: 'system', name: 'reminders' } },
    );
  }

  async markRead(user: AuthUser, id: string | null): Promise<NotificationsDto> {
    if (id) {
      const [row] = await this.dataSource.query(`SELECT id FROM notification WHERE id = $1 AND user_id = $2`, [
        id,
        user.id,
      ]);
      if (!row) throw new NotFoundException('Melding niet gevonden');
      await this.uow.run((m) =>
        m.query(`UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1`, [id]),
      );
    } else {
      await this.uow.run((m) =>
        m.query(`UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [user.id]),
      );
    }
    return this.mine(user);
  }

  /** One page of the message log, newest first, with the total of the filtered messages. */
  async messageLog(filter: {
    status?: string;
    recipient?: string;
    page: number;
    pageSize: number;
  }): Promise<Page<MessageLogDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`status = $${params.length}`);
    }
    if (filter.recipient) {
      params.push(containsPattern(filter.recipient));
      where.push(`recipient ILIKE $${params.length}`);
    }
    params.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
    const rows = await this.dataSource.query(
      `SELECT *, count(*) OVER ()::int AS total_count FROM message_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total: number = rows[0]?.total_count ?? (filter.page > 1 ? await this.countMessages(where, params.slice(0, -2)) : 0);
    const items: MessageLogDto[] = rows.map(
      (r: {
        id: string;
        created_at: Date;
        sent_at: Date | null;
        kind: string;
        recipient: string;
        subject: string;
        status: MessageLogDto['status'];
        transport: MessageLogDto['transport'];
        provider_id: string | null;
        error: string | null;
        attempts: number;
        session_id: string | null;
        body_text: string;
      }) => ({
        id: r.id,
        createdAt: new Date(r.created_at).toISOString(),
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
        kind: r.kind,
        recipient: r.recipient,
        subject: r.subject,
        status: r.status,
        transport: r.transport,
        providerId: r.provider_id,
        error: r.error,
        attempts: r.attempts,
        sessionId: r.session_id,
        bodyText: r.body_text,
      }),
    );
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }

  /** The filtered count when the page asked for lies past the end (its rows carry no window count). */
  private async countMessages(where: string[], params: unknown[]): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM message_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return n;
  }
}
