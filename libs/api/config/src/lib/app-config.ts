import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { EnvironmentVariables } from './environment';

export type RunEnvironment = 'development' | 'production' | 'test';

/** The validated, typed configuration every part of the back end reads. */
export interface AppConfig {
  env: RunEnvironment;
  port: number;
  host: string;
  /** Undefined in embedded mode; set by the embedded database once it runs. */
  databaseUrl?: string;
  embedded: boolean;
  /** Connections in the API's database pool, and how long a request waits for one (then 503). */
  databasePoolSize: number;
  databasePoolWaitMs: number;
  dataDir: string;
  embeddedDbPort: number;
  /** As root in embedded mode: who runs the server (undefined: postgres, else nobody). */
  embeddedDbUser?: string;
  redisUrl?: string;
  jwtSecret: string;
  /** True when JWT_SECRET was not set and a per-process secret was generated (development only). */
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  trustProxyHops: number;
  logLevel: string;
  seedDemo: boolean;
  /** Seed the current school year's activity (requests, sessions, packages, evaluations) on an empty database. */
  seedDemoActivity: boolean;
  runWorkers: boolean;
  /** Absolute: WEB_DIST resolved against the working directory, or BUILT_WEB_APP. */
  webDist: string;
  loginRateLimitPerMinute: number;
  /** The longest a sign-in attempt waits after repeated failures (progressive delays, never a lock-out). */
  loginMaxDelayMs: number;
  /** Requests per minute per signed-in user, or per client IP when anonymous. */
  rateLimitPerMinute: number;
  queuePrefix: string;
  /** School days of lead time a request needs. */
  leadSchoolDays: number;
  /** A cancellation within this many days of a planned session is late. */
  freeCancellationDays: number;
  /** Days a class code and teacher link take answers after the session. */
  evaluationOpenDays: number;
  /** Months after a request is finished that its contact details are pseudonymised (retention job). */
  retentionContactMonths: number;
  /** Days after which audit-trail IP addresses are cut to their network (retention job). */
  retentionAuditIpDays: number;
  /** Days after which the message log's recipient and text are pseudonymised. */
  retentionMessageDays: number;
  /** Days after which in-app notifications are deleted. */
  retentionNotificationDays: number;
  /** Public evaluation requests per client IP per minute. */
  evaluationRateLimitPerMinute: number;
  /** A fixed 'today' (YYYY-MM-DD) for tests; undefined means the real date in Europe/Amsterdam. */
  clockToday?: string;
  /** SMTP URL; undefined: mail is captured in the message log (embedded mode, demos). */
  smtpUrl?: string;
  mailFrom: string;
  outboxRelayIntervalMs: number;
  reminderRetryDelayMs: number;
  reminderReconcileIntervalMs: number;
  publicUrl: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The built web app beside the built API, whatever the working directory: `dist/apps/web/browser` from
 * `dist/apps/api/main.js` (the bundle keeps Node's own `__dirname`, the folder of main.js). From the sources
 * (tests, benchmarks) it names no folder: they set WEB_DIST when they want the web app.
 */
export const BUILT_WEB_APP = join(__dirname, '../web/browser');

/** A configuration problem, described in one line that names the variable. */
export class ConfigError extends Error {}

/** Type checks first: "must be an integer" says more than "must not be greater than" for "abc". */
const CONSTRAINT_PRIORITY = ['isDefined', 'isString', 'isInt', 'isBoolean', 'isIn', 'matches'];

function firstProblem(errors: ValidationError[]): string {
  const e = errors[0];
  const constraints = e.constraints ?? {};
  const key = CONSTRAINT_PRIORITY.find((k) => k in constraints) ?? Object.keys(constraints)[0];
  const reason = (key ? constraints[key] : 'is invalid').replace(new RegExp(`^${e.property} `), '');
  const secret = /SECRET|PASSWORD|URL/.test(e.property);
  const shown = e.value === undefined || secret ? '' : ` (got "${String(e.value)}")`;
  return `Invalid configuration: ${e.property} ${reason}${shown}`;
}

/** Validates the environment and returns the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, { ...source }, { enableImplicitConversion: false });
  const errors = validateSync(raw, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigError(firstProblem(errors));

  const env: RunEnvironment = raw.NODE_ENV ?? 'development';
  const embedded = !raw.DATABASE_URL;
  if (env === 'production' && raw.CLOCK_TODAY) {
    throw new ConfigError(
      'Invalid configuration: CLOCK_TODAY is for tests and demos and is refused when NODE_ENV=production',
    );
  }
  const seedDemo = raw.SEED_DEMO ?? env !== 'production';
  if (raw.SEED_DEMO_ACTIVITY && env === 'production') {
    throw new ConfigError(
      'Invalid configuration: SEED_DEMO_ACTIVITY is for demos and is refused when NODE_ENV=production',
    );
  }
  if (raw.SEED_DEMO_ACTIVITY && !seedDemo) {
    throw new ConfigError(
      'Invalid configuration: SEED_DEMO_ACTIVITY needs SEED_DEMO (the demo organisations and users)',
    );
  }
  if (env === 'production' && embedded) {
    throw new ConfigError('Invalid configuration: DATABASE_URL is required when NODE_ENV=production');
  }
  return {
    env,
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '0.0.0.0',
    databaseUrl: raw.DATABASE_URL,
    embedded,
    databasePoolSize: raw.DATABASE_POOL_SIZE ?? 10,
    databasePoolWaitMs: raw.DATABASE_POOL_WAIT_MS ?? 5000,
    dataDir: resolve(raw.DATA_DIR ?? '.data'),
    embeddedDbPort: raw.EMBEDDED_DB_PORT ?? 0,
    embeddedDbUser: raw.EMBEDDED_DB_USER,
    redisUrl: raw.REDIS_URL,
    jwtSecret: raw.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    jwtSecretGenerated: !raw.JWT_SECRET,
    accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS ?? 900,
    refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS ?? 14,
    cookieSecure: raw.COOKIE_SECURE ?? env === 'production',
    trustProxyHops: raw.TRUST_PROXY_HOPS ?? 0,
    logLevel: raw.LOG_LEVEL ?? (env === 'test' ? 'warn' : 'info'),
    seedDemo,
    seedDemoActivity: raw.SEED_DEMO_ACTIVITY ?? (seedDemo && env === 'development'),
    runWorkers: raw.RUN_WORKERS ?? embedded,
    webDist: raw.WEB_DIST ? resolve(raw.WEB_DIST) : BUILT_WEB_APP,
    loginRateLimitPerMinute: raw.LOGIN_RATE_LIMIT_PER_MINUTE ?? 10,
    loginMaxDelayMs: raw.LOGIN_MAX_DELAY_MS ?? 10_000,
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE ?? 1200,
    queuePrefix: raw.QUEUE_PREFIX ?? 'halt',
    clockToday: raw.CLOCK_TODAY,
    leadSchoolDays: raw.LEAD_SCHOOL_DAYS ?? 10,
    freeCancellationDays: raw.FREE_CANCELLATION_DAYS ?? 10,
    evaluationOpenDays: raw.EVALUATION_OPEN_DAYS ?? 14,
    retentionContactMonths: raw.RETENTION_CONTACT_MONTHS ?? 24,
    retentionAuditIpDays: raw.RETENTION_AUDIT_IP_DAYS ?? 90,
    retentionMessageDays: raw.RETENTION_MESSAGE_DAYS ?? 365,
    retentionNotificationDays: raw.RETENTION_NOTIFICATION_DAYS ?? 180,
    evaluationRateLimitPerMinute: raw.EVALUATION_RATE_LIMIT_PER_MINUTE ?? 240,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM ?? 'Halt Preventieportaal <noreply@halt.example>',
    outboxRelayIntervalMs: raw.OUTBOX_RELAY_INTERVAL_MS ?? 1000,
    reminderRetryDelayMs: raw.REMINDER_RETRY_DELAY_MS ?? 60_000,
    reminderReconcileIntervalMs: raw.REMINDER_RECONCILE_INTERVAL_MS ?? 60_000,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT ?? 3000}`,
  };
}
