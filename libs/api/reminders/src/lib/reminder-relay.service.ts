import { UnitOfWork } from '@halt/api/database';
import { DateHolidaysProvider, PortalClock, SchoolCalendarService } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { JOBS, QueueRegistry, QUEUES } from '@halt/api/queue';
import {
  addDays,
  instantToZoned,
  intakeReminderDue,
  scheduleReminders,
  scheduleUnplannedEscalation,
  schoolDaysBeforeFromList,
  type SessionReminderKind,
} from '@halt/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AccountMailJobData } from './account-mail';
import type { MaatwerkJobData } from './maatwerk-messages-delivery';
import type { AbsenceNoticeJobData } from './planner-messages-delivery';
import { ReminderRulesService } from './reminder-rules.service';

/** Data of a reminder job: ids only, never personal data. About a session, or (the escalation) a request. */
export type ReminderJobData =
  | { sessionId: string; kind: SessionReminderKind; version: number }
  | { requestId: string; kind: 'planner_unplanned_escalation'; version: number };

interface SessionRow {
  id: string;
  kind: 'lesson' | 'intake' | 'spreekuur' | 'hearing' | 'parent_meeting';
  status: 'open' | 'planned' | 'confirmed' | 'delivered' | 'cancelled' | 'no_show';
  reminder_version: number;
  planned_start: Date | null;
  delivered_at: Date | null;
  staff: number;
}

/**
 * The outbox relay: moves `session.changed` events into BullMQ (and `account.mail` and `staff.absence` events, each one
 * e-mail job). For each changed session it computes the
 * reminders of its current version (the domain's `scheduleReminders`: rules, working days, quiet hours),
 * removes the pending jobs of older versions and adds the new ones with deterministic ids — so a retry after
 * a crash, or a store that was down, adds nothing twice. Events are marked dispatched only in the same
 * transaction that read them, after the queue accepted the jobs; when the queue store is unreachable the
 * events stay and the next round tries again.
 */
@Injectable()
export class ReminderRelay {
  private readonly log = new Logger('ReminderRelay');
  private readonly holidays = new DateHolidaysProvider();
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly queues: QueueRegistry,
    private readonly rules: ReminderRulesService,
    private readonly clock: PortalClock,
    private readonly calendars: SchoolCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs the relay every `OUTBOX_RELAY_INTERVAL_MS`, and the reconciliation every `REMINDER_RECONCILE_INTERVAL_MS`. */
  start(): void {
    this.stopped = false;
    let lastReconcile = 0;
    const tick = async () => {
      if (this.stopped) return;
      this.running = (async () => {
        await this.relayAll();
        if (Date.now() - lastReconcile >= this.config.reminderReconcileIntervalMs) {
          lastReconcile = Date.now();
          await this.reconcile();
        }
      })().catch((e) => this.log.warn(`relay: ${e instanceof Error ? e.message : e}`));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.config.outboxRelayIntervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  /**
   * The database is the record of what is scheduled; the queue store only executes it. When the store lost
   * jobs (a Redis restart without persistence), the scheduled reminders it no longer holds are added again —
   * with their deterministic ids, so nothing that is still there is added twice. Cheap when nothing is
   * missing: the store's job count is compared with the database's first.
   */
  async reconcile(): Promise<number> {
    const queue = this.queues.queue(QUEUES.reminders);
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM reminder_job WHERE state = 'scheduled'`,
    );
    if (n === 0) return 0;
    const counts = await queue.getJobCounts('delayed', 'waiting', 'active', 'prioritized', 'waiting-children');
    if (Object.values(counts).reduce((a, b) => a + b, 0) >= n) return 0;
    const now = this.clock.now();
    let restored = 0;
    let after = '';
    for (;;) {
      const rows: {
        job_id: string;
        session_id: string | null;
        request_id: string | null;
        kind: SessionReminderKind;
        version: number;
        due_at: Date;
      }[] = await this.dataSource.query(
        `SELECT job_id, session_id, request_id, kind, version, due_at FROM reminder_job
            WHERE state = 'scheduled' AND job_id > $1 ORDER BY job_id LIMIT 1000`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].job_id;
      const present = await Promise.all(rows.map((r) => queue.getJob(r.job_id)));
      const missing = rows.filter((_, i) => !present[i]);
      if (missing.length) {
        await queue.addBulk(
          missing.map((r) => ({
            name: JOBS.reminders.session,
            data: (r.request_id
              ? { requestId: r.request_id, kind: 'planner_unplanned_escalation', version: r.version }
              : { sessionId: r.session_id as string, kind: r.kind, version: r.version }) as ReminderJobData,
            opts: {
              jobId: r.job_id,
              delay: Math.max(0, new Date(r.due_at).getTime() - now.getTime()),
              attempts: 6,
              backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs },
            },
          })),
        );
        restored += missing.length;
      }
    }
    if (restored) this.log.warn(`re-added ${restored} reminder job(s) the queue store had lost`);
    return restored;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays until the outbox is empty; returns the number of events dispatched. */
  async relayAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n === 0) return total;
    }
  }

  /**
   * One batch of at most 500 events, in three steps so no database transaction is open while the queue store
   * is written (no locks or pooled connection held while waiting on Redis or the queue backend): read and plan,
   * write the jobs, then mark the events dispatched. A crash in between only means the next round does the
   * same again, which adds nothing twice.
   */
  async relayOnce(): Promise<number> {
    const events: {
      id: string;
      topic: 'session.changed' | 'account.mail' | 'staff.absence' | 'maatwerk.changed';
      aggregate_id: string;
    }[] = await this.dataSource.query(
      `SELECT id, topic, aggregate_id FROM outbox_event WHERE dispatched_at IS NULL ORDER BY id LIMIT 500`,
    );
    if (events.length === 0) return 0;
    const batch = events.map((e) => e.id);
    try {
      const sessionIds = [...new Set(events.filter((e) => e.topic === 'session.changed').map((e) => e.aggregate_id))];
      const { jobs, stale } = sessionIds.length ? await this.plan(sessionIds) : { jobs: [], stale: [] };
      const queue = this.queues.queue(QUEUES.reminders);
      const maatwerk = await this.maatwerkJobs(
        events.filter((e) => e.topic === 'maatwerk.changed').map((e) => e.aggregate_id),
      );
      // Old versions' jobs go; if one is running right now, its processor sees the newer version and sends nothing.
      await Promise.all([...stale, ...maatwerk.stale].map((id) => queue.remove(id)));
      const mails = [
        ...events.filter((e) => e.topic === 'account.mail').map((e) => this.accountMailJob(e.aggregate_id)),
        ...events.filter((e) => e.topic === 'staff.absence').map((e) => this.absenceNoticeJob(e.aggregate_id)),
        ...maatwerk.jobs,
      ];
      if (jobs.length || mails.length) await queue.addBulk([...jobs, ...mails]);
      await this.uow.run(
        async (m) => {
          if (stale.length) {
            await m.query(
              `UPDATE reminder_job SET state = 'removed', updated_at = now() WHERE job_id = ANY($1::text[])`,
              [stale],
            );
          }
          await m.query(`UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [batch]);
        },
        { actor: { kind: 'system', name: 'reminder-relay' } },
      );
      return events.length;
    } catch (error) {
      await this.dataSource
        .query(`UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          batch,
          error instanceof Error ? error.message.slice(0, 500) : String(error),
        ])
        .catch(() => undefined);
      throw error;
    }
  }

  /** An invitation or reset e-mail: sent at once, its id from the token (a second relay of it adds nothing). */
  private accountMailJob(tokenId: string): { name: string; data: AccountMailJobData; opts: JobsOptions } {
    return {
      name: JOBS.reminders.accountMail,
      data: { tokenId },
      opts: {
        jobId: `account-mail-${tokenId}`,
        attempts: 6,
        backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs },
      },
    };
  }

  /** The planners' notice of an absence that took a specialist off sessions: sent at once, once per absence. */
  private absenceNoticeJob(absenceId: string): { name: string; data: AbsenceNoticeJobData; opts: JobsOptions } {
    return {
      name: JOBS.reminders.absenceNotice,
      data: { absenceId },
      opts: {
        jobId: `absence-notice-${absenceId}`,
        attempts: 6,
        backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs },
      },
    };
  }

  /**
   * A maatwerk question's step: a notice to the other side at once, and after a planned (or moved) intake its reminder
   * a day before (`intakeReminderDue`), replacing the reminder of the intake's previous version.
   */
  private async maatwerkJobs(
    transitionIds: string[],
  ): Promise<{ jobs: { name: string; data: MaatwerkJobData; opts: JobsOptions }[]; stale: string[] }> {
    if (transitionIds.length === 0) return { jobs: [], stale: [] };
    const rows: { id: string; event: string; question_id: string; intake_at: Date | null; intake_version: number }[] =
      await this.dataSource.query(
        `SELECT t.id, t.event, q.id AS question_id, q.intake_at, q.intake_version
           FROM maatwerk_transition t JOIN maatwerk_question q ON q.id = t.question_id WHERE t.id = ANY($1::uuid[])`,
        [transitionIds],
      );
    const retry = { attempts: 6, backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs } };
    const now = this.clock.now();
    const jobs: { name: string; data: MaatwerkJobData; opts: JobsOptions }[] = [];
    const stale: string[] = [];
    for (const r of rows) {
      jobs.push({
        name: JOBS.reminders.maatwerkNotice,
        data: { maatwerkTransitionId: r.id },
        opts: { jobId: `maatwerk-notice-${r.id}`, ...retry },
      });
      if (r.event !== 'plan_intake' || !r.intake_at) continue;
      for (let v = 1; v < r.intake_version; v++) stale.push(`maatwerk-intake-${r.question_id}-v${v}`);
      const due = intakeReminderDue(new Date(r.intake_at), now);
      if (!due) continue;
      jobs.push({
        name: JOBS.reminders.maatwerkIntakeReminder,
        data: { maatwerkQuestionId: r.question_id, intakeVersion: r.intake_version },
        opts: {
          jobId: `maatwerk-intake-${r.question_id}-v${r.intake_version}`,
          delay: Math.max(0, due.getTime() - now.getTime()),
          ...retry,
        },
      });
    }
    return { jobs, stale };
  }

  /** The jobs of the sessions' current versions, and the still-scheduled jobs of their older versions. */
  private async plan(
    sessionIds: string[],
  ): Promise<{ jobs: { name: string; data: ReminderJobData; opts: JobsOptions }[]; stale: string[] }> {
    const sessions: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.kind, s.status, s.reminder_version, s.planned_start, s.delivered_at,
              (SELECT count(*)::int FROM session_assignment a WHERE a.session_id = s.id AND a.absence_id IS NULL) AS staff
         FROM session s WHERE s.id = ANY($1::uuid[])`,
      [sessionIds],
    );
    const stale: { job_id: string }[] = await this.dataSource.query(
      `SELECT j.job_id FROM reminder_job j JOIN session s ON s.id = j.session_id
        WHERE s.id = ANY($1::uuid[]) AND j.state = 'scheduled' AND j.version <> s.reminder_version`,
      [sessionIds],
    );
    const rules = await this.rules.domainRules();
    const now = this.clock.now();
    const escalations = await this.escalations(sessionIds, now);
    const today = instantToZoned(now).date;
    const publicHolidays = this.holidays.publicHolidays(addDays(today, -30), addDays(today, 400)).map((h) => h.date);
    const jobs: { name: string; data: ReminderJobData; opts: JobsOptions }[] = [];
    for (const s of sessions) {
      const intents = scheduleReminders({
        session: {
          id: s.id,
          version: s.reminder_version,
          kind: s.kind,
          status: s.status,
          plannedStart: s.planned_start ? new Date(s.planned_start) : null,
          deliveredAt: s.delivered_at ? new Date(s.delivered_at) : null,
          staffCount: s.staff,
        },
        rules,
        now,
        publicHolidays,
      });
      for (const i of intents) {
        await this.dataSource.query(
          `INSERT INTO reminder_job (job_id, session_id, kind, version, due_at, state) VALUES ($1, $2, $3, $4, $5, 'scheduled')
           ON CONFLICT (job_id) DO NOTHING`,
          [i.jobId, s.id, i.kind, i.version, i.dueAt.toISOString()],
        );
        jobs.push({
          name: JOBS.reminders.session,
          data: { sessionId: s.id, kind: i.kind as SessionReminderKind, version: i.version },
          opts: {
            jobId: i.jobId,
            delay: Math.max(0, i.dueAt.getTime() - now.getTime()),
            attempts: 6,
            backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs },
          },
        });
      }
    }
    jobs.push(...escalations.jobs);
    return { jobs, stale: [...stale.map((x) => x.job_id), ...escalations.stale] };
  }

  /**
   * The planners' escalation of the requests these sessions belong to: 10 school days (the rule) before the first
   * window, if the request is still unplanned. Its version is the sum of its sessions' versions, so any change
   * to the request's sessions replaces it.
   */
  private async escalations(
    sessionIds: string[],
    now: Date,
  ): Promise<{ jobs: { name: string; data: ReminderJobData; opts: JobsOptions }[]; stale: string[] }> {
    const requests: { id: string; status: string; school_id: string; first_from: string | null; version: number }[] =
      await this.dataSource.query(
        `SELECT r.id, r.status, r.requester_id AS school_id,
                (SELECT to_char(min(w.from_date), 'YYYY-MM-DD') FROM booking_window w
                  WHERE w.request_id = r.id AND w.superseded_at IS NULL) AS first_from,
                (SELECT coalesce(sum(x.reminder_version), 0)::int FROM session x WHERE x.request_id = r.id) AS version
           FROM booking_request r WHERE r.id IN (SELECT request_id FROM session WHERE id = ANY($1::uuid[]))`,
        [sessionIds],
      );
    if (requests.length === 0) return { jobs: [], stale: [] };
    const stale: { job_id: string }[] = await this.dataSource.query(
      `SELECT j.job_id FROM reminder_job j WHERE j.request_id = ANY($1::uuid[]) AND j.state = 'scheduled'
          AND j.version <> (SELECT coalesce(sum(x.reminder_version), 0)::int FROM session x WHERE x.request_id = j.request_id)`,
      [requests.map((r) => r.id)],
    );
    const rules = await this.rules.domainRules();
    const jobs: { name: string; data: ReminderJobData; opts: JobsOptions }[] = [];
    const withWindow = requests.filter((r) => r.first_from);
    const earliest = withWindow.map((r) => r.first_from as string).sort()[0];
    const latest = withWindow
      .map((r) => r.first_from as string)
      .sort()
      .at(-1);
    if (!earliest || !latest) return { jobs, stale: stale.map((x) => x.job_id) };
    const calendars = await this.calendars.calendarsFor(
      [...new Set(withWindow.map((r) => r.school_id))],
      addDays(earliest, -120),
      latest,
    );
    for (const r of withWindow) {
      const calendar = calendars.get(r.school_id);
      if (!calendar) continue;
      const first = r.first_from as string;
      const schoolDays: string[] = [];
      for (let d = addDays(first, -120); d < first; d = addDays(d, 1)) if (calendar.isSchoolDay(d)) schoolDays.push(d);
      let intents: ReturnType<typeof scheduleUnplannedEscalation> = [];
      try {
        intents = scheduleUnplannedEscalation({
          request: { id: r.id, version: r.version, status: r.status as never, firstWindowFrom: first },
          now,
          rules,
          schoolDaysBefore: schoolDaysBeforeFromList(schoolDays),
        });
      } catch {
        intents = []; // fewer school days known than the rule counts back: no escalation
      }
      for (const i of intents) {
        await this.dataSource.query(
          `INSERT INTO reminder_job (job_id, request_id, kind, version, due_at, state) VALUES ($1, $2, $3, $4, $5, 'scheduled')
           ON CONFLICT (job_id) DO NOTHING`,
          [i.jobId, r.id, i.kind, i.version, i.dueAt.toISOString()],
        );
        jobs.push({
          name: JOBS.reminders.session,
          data: { requestId: r.id, kind: 'planner_unplanned_escalation', version: i.version },
          opts: {
            jobId: i.jobId,
            delay: Math.max(0, i.dueAt.getTime() - now.getTime()),
            attempts: 6,
            backoff: { type: 'exponential', delay: this.config.reminderRetryDelayMs },
          },
        });
      }
    }
    return { jobs, stale: stale.map((x) => x.job_id) };
  }
}
