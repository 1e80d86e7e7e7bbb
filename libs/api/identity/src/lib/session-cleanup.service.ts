import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Removes refresh tokens that can no longer be used (expired or revoked more than a day ago). */
@Injectable()
export class SessionCleanupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async purgeExpired(): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM refresh_token
        WHERE expires_at < now() - interval '1 day'
           OR revoked_at < now() - interval '1 day'`,
    );
    return Number(deleted ?? 0);
  }
}
