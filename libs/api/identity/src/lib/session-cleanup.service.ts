import { UnitOfWork } from '@halt/api/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginDelays } from './login-delays';

/**
 * Retention of sign-in data: sessions (and their refresh tokens) a day after they ended or expired, failed
 * sign-in counts after their window, one-time password links 30 days after they were used, replaced or expired.
 */
@Injectable()
export class SessionCleanupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delays: LoginDelays,
    private readonly uow: UnitOfWork,
  ) {}

  async purgeExpired(): Promise<number> {
    const [, tokens] = await this.dataSource.query(
      `DELETE FROM refresh_token
        WHERE expires_at < now() - interval '1 day'
           OR revoked_at < now() - interval '1 day'`,
    );
    const [, sessions] = await this.dataSource.query(
      `DELETE FROM auth_session
        WHERE expires_at < now() - interval '1 day'
           OR revoked_at < now() - interval '1 day'`,
    );
    await this.delays.purgeOld();
    const [, links] = await this.uow.run(
      (m) =>
        m.query(
          `DELETE FROM password_token
            WHERE coalesce(used_at, revoked_at, expires_at) < now() - interval '30 days'`,
        ),
      { actor: { kind: 'system', name: 'session-cleanup' } },
    );
    return Number(tokens ?? 0) + Number(sessions ?? 0) + Number(links ?? 0);
  }
}
