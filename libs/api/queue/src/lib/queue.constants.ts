import type { JobsOptions } from 'bullmq';

/**
 * Every queue, job name and default job option of the portal lives here. Job ids never contain ':'
 * (BullMQ reserves it); job data holds ids only, never personal data.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  planning: 'planning',
  reminders: 'reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  maintenance: {
    purgeExpiredSessions: 'purge-expired-sessions',
    /** Parents' e-mail addresses are kept only until their meeting is over. */
    purgeParentRegistrations: 'purge-parent-registrations',
    /** Retention periods: finished requests' contact details, the audit trail's IP addresses (AVG). */
    applyRetention: 'apply-retention',
  },
  planning: {
    /** Data: `{ runId }`; job id `planning-run-<runId>`. */
    autoPlan: 'auto-plan',
  },
  /** Reminder jobs are named after their kind (e.g. `school_before_2d`); data `{ sessionId, kind, version }`. */
  reminders: {
    session: 'session-reminder',
    /** The planners' daily digest; data `{}`. */
    dailyDigest: 'planner-daily-digest',
    /** The e-mail of a one-time password link (invitation, reset); data `{ tokenId }`, job id `account-mail-<id>`. */
    accountMail: 'account-mail',
    /** The planners' notice of an absence that took a specialist off sessions; data `{ absenceId }`, job id `absence-notice-<id>`. */
    absenceNotice: 'absence-notice',
    /** A step of a maatwerk question told to the other side; data `{ maatwerkTransitionId }`, job id `maatwerk-notice-<id>`. */
    maatwerkNotice: 'maatwerk-notice',
    /** A day before a maatwerk intake; data `{ maatwerkQuestionId, intakeVersion }`, job id `maatwerk-intake-<id>-v<version>`. */
    maatwerkIntakeReminder: 'maatwerk-intake-reminder',
  },
} as const;

/** Job id of an auto-planner run: one job per run, however often it is enqueued. */
export const planningRunJobId = (runId: string) => `planning-run-${runId}`;

/** Schedulers (repeatable jobs) and when they run, Europe/Amsterdam. */
export const SCHEDULES = {
  purgeExpiredSessions: { queue: QUEUES.maintenance, id: 'purge-expired-sessions-daily', pattern: '15 3 * * *' },
  plannerDailyDigest: { queue: QUEUES.reminders, id: 'planner-daily-digest', pattern: '30 7 * * 1-5' },
  purgeParentRegistrations: {
    queue: QUEUES.maintenance,
    id: 'purge-parent-registrations-hourly',
    pattern: '5 * * * *',
  },
  applyRetention: { queue: QUEUES.maintenance, id: 'apply-retention-daily', pattern: '45 3 * * *' },
} as const;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  // Completed jobs are kept a week, by age only: a count limit makes BullMQ's PostgreSQL backend scan every
  // kept job on each completion (tools/bench-reminders: 151 jobs/s with count 10,000, ~2,300 by age only).
  removeOnComplete: { age: 7 * 24 * 3600 },
  // Failed jobs stay visible for inspection.
  removeOnFail: false,
};

export const TIME_ZONE = 'Europe/Amsterdam';
