import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { AuditService } from '@halt/api/audit';
import type { AuthSessionDto } from '@halt/contracts';
import { RequestContext } from '@halt/api/security';
import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthUserLoader, toAuthUser, toMeDto } from './auth-user.loader';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { TokenService } from './token.service';
import { User } from './user.entity';

/** Failures before sign-in slows down, and the longest wait. */
const FREE_FAILURES = 5;
const MAX_LOCK_SECONDS = 15 * 60;
/** A refresh token presented again within this many seconds of its rotation is a benign race (two tabs). */
const ROTATION_GRACE_SECONDS = 30;

export const INVALID_CREDENTIALS = 'E-mailadres of wachtwoord onjuist';

export interface IssuedSession {
  session: AuthSessionDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affectedCount]. */
function updatedRows<T>(result: unknown): T[] {
  const r = result as [T[], number];
  return Array.isArray(r[0]) ? r[0] : [];
}

/** Seconds a user must wait after `failures` consecutive failures: 0 for the first few, then doubling from 30 s. */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(30 * 2 ** (failures - FREE_FAILURES), MAX_LOCK_SECONDS);
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly users: AuthUserLoader,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string): Promise<IssuedSession> {
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();

    if (row?.active && row.lastFailedLoginAt) {
      const waitUntil = row.lastFailedLoginAt.getTime() + lockSeconds(row.failedLogins) * 1000;
      const wait = Math.ceil((waitUntil - Date.now()) / 1000);
      if (wait > 0) {
        throw new HttpException(
          {
            message: `Te veel mislukte inlogpogingen. Probeer het over ${wait} seconden opnieuw.`,
            retryAfterSeconds: wait,
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }

    const ok = await this.passwords.verify(row?.active ? row.passwordHash : undefined, password);
    if (!row || !row.active || !ok) {
      if (row?.active) {
        await this.dataSource.query(
          `UPDATE app_user SET failed_logins = failed_logins + 1, last_failed_login_at = now() WHERE id = $1`,
          [row.id],
        );
      }
      await this.audit.record({ action: 'sign_in_failed', entity: 'User', entityId: row?.id ?? null, actor: null });
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }

    await this.dataSource.query(
      `UPDATE app_user SET failed_logins = 0, last_failed_login_at = NULL, last_login_at = now() WHERE id = $1`,
      [row.id],
    );
    const loaded = await this.users.load(row.id);
    if (!loaded) throw new UnauthorizedException(INVALID_CREDENTIALS);
    const actor = toAuthUser(loaded.user);
    RequestContext.setActor(actor);
    const issued = await this.issue(loaded.user, randomUUID());
    await this.audit.record({ action: 'sign_in', entity: 'User', entityId: row.id, actor });
    return issued;
  }

  /** Rotates the refresh token: the presented one is used up, a new one of the same family replaces it. */
  async refresh(presented: string | undefined): Promise<IssuedSession> {
    if (!presented) throw new UnauthorizedException('Geen sessie');
    const hash = TokenService.hash(presented);
    const claimed = await this.dataSource
      .query(
        `UPDATE refresh_token SET revoked_at = now()
        WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", family_id AS "familyId"`,
        [hash],
      )
      .then(updatedRows<Pick<RefreshToken, 'id' | 'userId' | 'familyId'>>);

    if (claimed.length === 0) {
      const known = await this.dataSource.getRepository(RefreshToken).findOne({ where: { tokenHash: hash } });
      if (known?.revokedAt && Date.now() - known.revokedAt.getTime() > ROTATION_GRACE_SECONDS * 1000) {
        // A used token came back long after rotation: treat the family as stolen and end it.
        await this.revokeFamily(known.familyId);
      }
      throw new UnauthorizedException('Sessie verlopen; log opnieuw in');
    }
    const { userId, familyId } = claimed[0];
    const loaded = await this.users.load(userId);
    if (!loaded) {
      await this.revokeFamily(familyId);
      throw new UnauthorizedException('Sessie verlopen; log opnieuw in');
    }
    RequestContext.setActor(toAuthUser(loaded.user));
    return this.issue(loaded.user, familyId);
  }

  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: TokenService.hash(presented) } });
    if (!token) return;
    await this.revokeFamily(token.familyId);
    const loaded = await this.users.load(token.userId);
    await this.audit.record({
      action: 'sign_out',
      entity: 'User',
      entityId: token.userId,
      actor: loaded ? toAuthUser(loaded.user) : undefined,
    });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  private async issue(user: User, familyId: string): Promise<IssuedSession> {
    const { token, hash } = this.tokens.newRefreshToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await this.dataSource.getRepository(RefreshToken).insert({
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: refreshExpiresAt,
    });
    return {
      session: {
        accessToken: this.tokens.signAccess(user.id, user.role),
        expiresIn: this.config.accessTokenTtlSeconds,
        user: toMeDto(user),
      },
      refreshToken: token,
      refreshExpiresAt,
    };
  }
}
