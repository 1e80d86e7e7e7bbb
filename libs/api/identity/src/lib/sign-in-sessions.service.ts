import { AuditService } from '@halt/api/audit';
import type { AuthUser } from '@halt/api/security';
import type { SignInSessionDto } from '@halt/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthSession } from './auth-session.entity';
import { AuthService } from './auth.service';

/** A user's own open sessions: what their account page lists, and ending one (or all others). */
@Injectable()
export class SignInSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<SignInSessionDto[]> {
    const rows = await this.dataSource
      .getRepository(AuthSession)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId: user.id })
      .orderBy('s.last_used_at', 'DESC')
      .addOrderBy('s.id')
      .limit(200)
      .getMany();
    return rows.map((s) => ({
      id: s.id,
      device: s.device,
      signedInAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      current: s.id === user.sessionId,
    }));
  }

  /** Ends one of the user's open sessions; its access tokens stop at once. Another user's session is a 404. */
  async end(user: AuthUser, sessionId: string): Promise<void> {
    const ended = await this.dataSource.transaction(async (m) => {
      const own = await m
        .getRepository(AuthSession)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :sessionId AND s.user_id = :userId AND s.revoked_at IS NULL', { sessionId, userId: user.id })
        .getOne();
      if (!own) return false;
      await this.auth.endSession(m, sessionId, 'ended_by_user');
      await this.audit.record({ action: 'session_ended', entity: 'AuthSession', entityId: sessionId }, m);
      return true;
    });
    if (!ended) throw new NotFoundException('Deze sessie bestaat niet of is al beëindigd');
  }

  /** Ends every open session of the user except the current one; returns how many. */
  async endOthers(user: AuthUser): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const others: { id: string }[] = await m.query(
        `SELECT id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2 FOR UPDATE`,
        [user.id, user.sessionId ?? null],
      );
      for (const { id } of others) {
        await this.auth.endSession(m, id, 'ended_by_user');
        await this.audit.record({ action: 'session_ended', entity: 'AuthSession', entityId: id }, m);
      }
      return others.length;
    });
  }
}
