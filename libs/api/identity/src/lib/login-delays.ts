import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';

/** Failures per account before sign-in slows down, and per client IP (an office shares one address). */
export const FREE_ACCOUNT_FAILURES = 5;
export const FREE_IP_FAILURES = 20;
/** Failures older than this are forgotten. */
const WINDOW_MINUTES = 15;

/**
 * How long a sign-in attempt waits before its password is checked, after `failures` recent failures: nothing
 * for the first few, then 1 s, doubling, up to `maxMs`. It is a delay, never a refusal: the right password is
 * accepted after at most `maxMs`, however many wrong ones someone else sent.
 */
export function delayMs(failures: number, free: number, maxMs: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** (failures - free), maxMs);
}

interface Keys {
  account: string;
  ip?: string;
}

/**
 * Progressive delays for sign-in, per account and per client IP. The account is keyed by a hash of its
 * e-mail address, so an address without an account slows down exactly like one with: the delay reveals
 * nothing. Only counts and times are kept, for WINDOW_MINUTES; the maintenance job removes older rows.
 */
@Injectable()
export class LoginDelays {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  keys(email: string, ip: string | undefined): Keys {
    const account = `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
    return { account, ip: ip ? `ip:${ip}` : undefined };
  }

  /**
   * Waits the delay these keys have earned (holding no database connection meanwhile); returns it with the
   * account's recent failures, so a success clears only what there is.
   */
  async wait(keys: Keys): Promise<{ ms: number; accountFailures: number }> {
    const rows: { key: string; failures: number }[] = await this.dataSource.query(
      `SELECT key, failures FROM login_failure
        WHERE key = ANY($1) AND last_failed_at > now() - make_interval(mins => $2)`,
      [[keys.account, keys.ip].filter(Boolean), WINDOW_MINUTES],
    );
    const failuresOf = (key?: string) => rows.find((r) => r.key === key)?.failures ?? 0;
    const max = this.config.loginMaxDelayMs;
    const ms = Math.max(
      delayMs(failuresOf(keys.account), FREE_ACCOUNT_FAILURES, max),
      delayMs(failuresOf(keys.ip), FREE_IP_FAILURES, max),
    );
    if (ms > 0) await sleep(ms);
    return { ms, accountFailures: failuresOf(keys.account) };
  }

  async failed(keys: Keys): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failure (key, failures) SELECT k, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failure.last_failed_at > now() - make_interval(mins => $2)
                         THEN login_failure.failures + 1 ELSE 1 END,
         last_failed_at = now()`,
      [[keys.account, keys.ip].filter(Boolean), WINDOW_MINUTES],
    );
  }

  /** A successful sign-in forgets the account's failures (not the IP's: a guesser could sign in to reset them). */
  async succeeded(keys: Keys): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE key = $1`, [keys.account]);
  }

  async purgeOld(): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM login_failure WHERE last_failed_at < now() - make_interval(mins => $1)`,
      [WINDOW_MINUTES],
    );
    return Number(deleted ?? 0);
  }
}
