import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { AuditService } from '@halt/api/audit';
import type { AuthSessionDto } from '@halt/contracts';
import { type Actor, RequestContext } from '@halt/api/security';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthSession, type SessionEndReason } from './auth-session.entity';
import { AuthUserLoader, toAuthUser, toMeDto } from './auth-user.loader';
import { deviceLabel } from './device-label';
import { LoginDelays } from './login-delays';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { TokenService } from './token.service';
import { User } from './user.entity';

export const INVALID_CREDENTIALS = 'E-mailadres of wachtwoord onjuist';
const SESSION_ENDED = 'Sessie verlopen; log opnieuw in';

export interface IssuedSession {
  session: AuthSessionDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** Who signs in, from where: the device label of the session, the client IP only for the delays. */
export interface SignInClient {
  userAgent?: string;
  ip?: string;
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affectedCount]. */
function updatedRows<T>(result: unknown): T[] {
  const r = result as [T[], number];
  return Array.isArray(r[0]) ? r[0] : [];
}

/**
 * Sign-in, refresh and sign-out. A sign-in opens a session (auth_session); its refresh tokens rotate on every
 * refresh, and each access token names the session, so ending the session stops all of them at once.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly users: AuthUserLoader,
    private readonly audit: AuditService,
    private readonly delays: LoginDelays,
  ) {}

  /**
   * Repeated failures slow every further attempt for the account and for the client IP down (LoginDelays), but
   * never refuse one: the right password works after at most LOGIN_MAX_DELAY_MS, whatever a guesser did. The
   * answer to a wrong password or an unknown address is the same.
   */
  async login(email: string, password: string, client: SignInClient = {}): Promise<IssuedSession> {
    const keys = this.delays.keys(email, client.ip);
    const earned = await this.delays.wait(keys);
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();

    const ok = await this.passwords.verify((row?.active && row.passwordHash) || undefined, password);
    if (!row || !row.active || !ok) {
      await this.delays.failed(keys);
      await this.audit.record({ action: 'sign_in_failed', entity: 'User', entityId: row?.id ?? null, actor: null });
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }

    if (earned.accountFailures > 0) await this.delays.succeeded(keys);
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [row.id]);
    const loaded = await this.users.load(row.id);
    if (!loaded) throw new UnauthorizedException(INVALID_CREDENTIALS);
    const actor = toAuthUser(loaded.user);
    RequestContext.setActor(actor);
    return this.dataSource.transaction(async (m) => {
      const session = await m.getRepository(AuthSession).save(
        m.getRepository(AuthSession).create({
          userId: row.id,
          device: deviceLabel(client.userAgent),
          lastUsedAt: new Date(),
          expiresAt: this.refreshExpiry(),
        }),
      );
      await this.audit.record({ action: 'sign_in', entity: 'User', entityId: row.id, actor }, m);
      return this.issue(m, loaded.user, session.id);
    });
  }

  /**
   * Rotates the refresh token: the presented one is used up, a new one of the same session replaces it. A token
   * that was used before ends its whole session at once, and the trail records it as a security event: either
   * the legitimate user or a thief holds a copy, and neither may go on with it.
   */
  async refresh(presented: string | undefined): Promise<IssuedSession> {
    if (!presented) throw new UnauthorizedException('Geen sessie');
    const hash = TokenService.hash(presented);
    const outcome = await this.dataSource.transaction(async (m) => {
      const claimed = await m
        .query(
          `UPDATE refresh_token t SET revoked_at = now()
            FROM auth_session s
           WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
             AND s.id = t.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
          RETURNING t.user_id AS "userId", t.session_id AS "sessionId"`,
          [hash],
        )
        .then(updatedRows<{ userId: string; sessionId: string }>);
      if (claimed.length === 0) {
        const known = await m.getRepository(RefreshToken).findOne({ where: { tokenHash: hash } });
        if (known?.revokedAt) {
          const ended = await this.endSession(m, known.sessionId, 'refresh_token_reused');
          if (ended) {
            const owner = await this.users.load(known.userId);
            await this.audit.record(
              {
                action: 'refresh_token_reused',
                entity: 'AuthSession',
                entityId: known.sessionId,
                actor: owner ? toAuthUser(owner.user) : null,
              },
              m,
            );
          }
        }
        return null;
      }
      const { userId, sessionId } = claimed[0];
      const loaded = await this.users.load(userId);
      if (!loaded) {
        await this.endSession(m, sessionId, 'account_deactivated');
        return null;
      }
      RequestContext.setActor(toAuthUser(loaded.user));
      await m.query(`UPDATE auth_session SET last_used_at = now(), expires_at = $2 WHERE id = $1`, [
        sessionId,
        this.refreshExpiry(),
      ]);
      return this.issue(m, loaded.user, sessionId);
    });
    if (!outcome) throw new UnauthorizedException(SESSION_ENDED);
    return outcome;
  }

  /** Signs out: ends the session of the refresh cookie, or else of the access token. */
  async logout(presented: string | undefined, bearerSessionId?: string): Promise<void> {
    const token = presented
      ? await this.dataSource
          .getRepository(RefreshToken)
          .findOne({ where: { tokenHash: TokenService.hash(presented) } })
      : null;
    const sessionId = token?.sessionId ?? bearerSessionId;
    if (!sessionId) return;
    await this.dataSource.transaction(async (m) => {
      const session = await m.getRepository(AuthSession).findOne({ where: { id: sessionId } });
      if (!session || !(await this.endSession(m, sessionId, 'sign_out'))) return;
      const loaded = await this.users.load(session.userId);
      const actor: Actor | null = loaded ? toAuthUser(loaded.user) : null;
      await this.audit.record({ action: 'sign_out', entity: 'User', entityId: session.userId, actor }, m);
    });
  }

  /** Ends an open session and revokes its refresh tokens; false when it was already ended. */
  async endSession(m: EntityManager, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const ended = await m
      .query(
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = $2
          WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [sessionId, reason],
      )
      .then(updatedRows<{ id: string }>);
    await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
    return ended.length > 0;
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
  }

  private async issue(m: EntityManager, user: User, sessionId: string): Promise<IssuedSession> {
    const { token, hash } = this.tokens.newRefreshToken();
    const refreshExpiresAt = this.refreshExpiry();
    await m.getRepository(RefreshToken).insert({
      userId: user.id,
      sessionId,
      tokenHash: hash,
      expiresAt: refreshExpiresAt,
    });
    return {
      session: {
        accessToken: this.tokens.signAccess(user.id, user.role, sessionId),
        expiresIn: this.config.accessTokenTtlSeconds,
        user: toMeDto(user),
      },
      refreshToken: token,
      refreshExpiresAt,
    };
  }
}
