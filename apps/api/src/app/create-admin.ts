import { type AppConfig, AppConfigModule } from '@halt/api/config';
import { AuditModule } from '@halt/api/audit';
import { DatabaseModule, migrateUp, openDatabase } from '@halt/api/database';
import { AccountsService, IdentityModule } from '@halt/api/identity';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';

/** A bad command line, in one sentence; `main` prints it and exits with 2. */
export class UsageError extends Error {}

export interface CreateAdminArgs {
  email: string;
  name: string;
}

const USAGE = 'usage: node dist/apps/api/main.js create-admin --email <address> [--name "<full name>"]';

/** `--email a@b.nl --name "A B"` (or `--email=…`); the name defaults to the part of the address before the @. */
export function parseCreateAdminArgs(argv: string[]): CreateAdminArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(email|name)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new UsageError(`unknown argument "${argv[i]}"; ${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${m[1]} needs a value; ${USAGE}`);
    values[m[1]] = value.trim();
  }
  const email = values['email'];
  if (!email) throw new UsageError(`--email is required; ${USAGE}`);
  if (!isEmail(email) || email.length > 254) throw new UsageError(`--email "${email}" is not an e-mail address`);
  const name = values['name'] || email.split('@')[0];
  if (name.length < 2 || name.length > 120) throw new UsageError('--name must be 2 to 120 characters');
  return { email, name };
}

/** The modules the command needs: configuration, the database with its unit of work, the audit trail, identity. */
@Module({})
class CreateAdminModule {
  static forRoot(config: AppConfig, databaseUrl: string) {
    return {
      module: CreateAdminModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, 2, config.databasePoolWaitMs),
        AuditModule,
        IdentityModule,
      ],
    };
  }
}

/**
 * `create-admin`: the first admin of an empty portal (or another one). Applies pending migrations, then creates an
 * admin account without a password through the identity module's write path (unit of work, audit trail naming
 * `system/cli`) and returns the one-time link — valid 72 hours — where that person sets their password.
 */
export async function createAdminCommand(
  config: AppConfig,
  args: CreateAdminArgs,
  log: (line: string) => void = () => undefined,
): Promise<{ link: string; expiresAt: Date; created: boolean }> {
  const db = await openDatabase(config, log);
  try {
    await migrateUp(db.url);
    const app = await NestFactory.createApplicationContext(CreateAdminModule.forRoot(config, db.url), {
      logger: false,
    });
    try {
      const { link, expiresAt, created } = await app.get(AccountsService).createAdmin(args.email, args.name);
      return { link, expiresAt, created };
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}
