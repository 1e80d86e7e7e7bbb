import { type LocalDate, minutesToTime, timeToMinutes } from '@halt/domain';
import { performance } from 'node:perf_hooks';
import type { ClientBase } from 'pg';
import { loadCatalogue } from './catalogue';
import { checkGenerated, checkLivedIn, preflight } from './checks';
import { generateEvaluations } from './evaluations';
import { generateLedger } from './ledger';
import { insertOrders, planOrders } from './orders';
import { insertRequests } from './request-rows';
import { planRequests } from './requests';
import { type ActivityYear, createDayTables } from './school-days';
import { generateSchools } from './schools';
import { dropUnplacedRequests, fitWindows, planSessions } from './sessions';
import { settleHistory, settleLivedIn } from './lifecycle';
import { recordSessionsAhead } from './reminders';
import { staffSessions } from './staffing-step';
import { insertHistoryOfLife } from './transitions';
import { createRandomFunctions, formatNumber, type GenerationStep, Sql } from './sql';

/**
 * Generates a body of portal activity into a migrated database that has the demo organisations, users and the
 * catalogue: more schools, package orders with their credit ledger, requests with their classes, windows and
 * sessions, class codes, anonymous evaluation answers with their per-session score counters, and trend answers.
 * The dashboard benchmark fills three past school years with it; the demo seed the current one.
 *
 * Everything is set-based SQL (INSERT … SELECT over generate_series and temporary tables) inside one
 * transaction, so a failed run leaves nothing behind; nothing is disabled, every constraint and trigger runs.
 * Choices are deterministic: every "random" value is a hash of a row key and the seed (`hashint8extended`), so
 * the same seed gives the same data whatever the plan's row order; ids are md5-based uuids of the same keys. Only
 * what is relative to `now` (the unplanned requests) moves with the clock.
 */
export interface ActivityOptions {
  seed: number;
  /** The portal's clock. */
  now: Date;
  today: LocalDate;
  /** The school years to fill, with their school days. */
  years: ActivityYear[];
  /** Subsidy years to order packages for; orders of years before `today`'s are closed. */
  orderYears: [number, number];
  /** Sessions wanted on the placed requests (no-shows included). */
  sessions: number;
  /** Evaluation answers in total (pupils, teachers and parents); sets the pupils' response rate … */
  responses: number;
  /** … unless the rate is given. */
  pupilRate?: number;
  /** Schools in total, the demo schools included. */
  schools: number;
  /** Requests still waiting to be planned. */
  unplanned: number;
  /** Share of the requests paid from a municipality's package. */
  packageShare: number;
  /** Share of the sessions (parent meetings aside) where the class or the pupils were not there. */
  noShowShare: number;
  /** When a parent meeting starts (Amsterdam time). */
  parentMeetingTime: string;
  /** Days a class code takes answers after its session. */
  evaluationOpenDays: number;
  /**
   * A year the portal is living through rather than history: only on an empty portal; the region's specialists on
   * the sessions, every state of the lifecycles with their transition records, package approvals, answers only up
   * to today, and the sessions ahead through the reminders' outbox.
   */
  livedIn?: { freeCancellationDays: number };
  log?: (line: string) => void;
}

/** Tables a lived-in year fills besides those of history. */
const LIVED_IN_TABLES = ['session_assignment', 'request_transition', 'session_transition', 'outbox_event'] as const;

export interface ActivityResult {
  seconds: number;
  steps: GenerationStep[];
  /** Rows per table after the run. */
  counts: [string, number][];
  /** Realised shares and rates, as text for a report. */
  figures: [string, string][];
  /** The pupils' response rate chosen to reach `responses`. */
  pupilRate: number;
}

/** Share of the delivered lessons whose teacher answers. */
const TEACHER_SHARE = 0.6;

/** Tables whose rows are reported (and analysed afterwards). */
export const ACTIVITY_TABLES = [
  'school',
  'package_order',
  'package_order_offer',
  'package_order_school',
  'package_order_transition',
  'ledger_entry',
  'booking_request',
  'booking_group',
  'booking_window',
  'session',
  'evaluation_code',
  'evaluation_response',
  'evaluation_score',
  'evaluation_trend',
  'annual_target',
] as const;

/**
 * Runs the generator on a connected client (which it leaves open). A lived-in year on a portal that already has
 * requests or package orders generates nothing and returns null.
 */
export async function generateActivity(client: ClientBase, o: ActivityOptions): Promise<ActivityResult | null> {
  const sql = new Sql(client, o.log ?? (() => undefined));
  const started = performance.now();
  const livedIn = o.livedIn;
  const tables = livedIn ? [...ACTIVITY_TABLES, ...LIVED_IN_TABLES] : ACTIVITY_TABLES;
  try {
    await sql.query('BEGIN');
    // One generator at a time (replicas that start together); the first one fills, the others find it filled.
    await sql.query(`SELECT pg_advisory_xact_lock(hashtext('halt-activity-generator'))`);
    if (!(await preflight(sql, !!livedIn))) {
      await sql.query('ROLLBACK');
      return null;
    }
    await sql.query(`SET LOCAL work_mem = '256MB'`);
    await sql.query(`SET LOCAL synchronous_commit = off`);
    await sql.query(`SET LOCAL jit = off`);
    // Generated data is a bulk load, not anyone's change: the audit trigger writes no trail for it.
    await sql.query(`SELECT set_config('halt.actor_kind', 'bulk', true)`);
    await createRandomFunctions(sql, o.seed);
    const adminId = await sql.value<string | null>(
      `SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY email LIMIT 1`,
    );

    const schoolTickets = await generateSchools(sql, o.schools);
    await loadCatalogue(sql, !!livedIn);
    const yearThresholds = await createDayTables(sql, o.years);
    await planOrders(sql, o.orderYears[0], o.orderYears[1], !!livedIn);
    await planRequests(sql, {
      sessions: Math.round(o.sessions / (1 - o.noShowShare)),
      unplanned: o.unplanned,
      schoolTickets,
      yearThresholds,
      lastOrderYear: o.orderYears[1],
      packageShare: o.packageShare,
      today: o.today,
      now: o.now,
      weeklySeries: !!livedIn,
    });
    await planSessions(sql, {
      noShowShare: o.noShowShare,
      parentMeetingTime: o.parentMeetingTime,
      teacherShare: TEACHER_SHARE,
    });
    await dropUnplacedRequests(sql);
    if (livedIn) await staffSessions(sql);
    await fitWindows(sql);
    if (livedIn) {
      await settleLivedIn(sql, { now: o.now, freeCancellationDays: livedIn.freeCancellationDays, adminId });
    } else {
      await settleHistory(sql);
    }

    await insertOrders(sql, {
      closedBefore: livedIn ? o.orderYears[0] : Number(o.today.slice(0, 4)),
      drawDuringYear: !!livedIn,
      adminId,
    });
    await insertRequests(sql, {
      seed: o.seed,
      contactsFromUsers: !!livedIn,
      parentMeetingLatest: addMinutes(o.parentMeetingTime, 90),
    });
    if (livedIn) await insertHistoryOfLife(sql, adminId);
    const pupilRate = await generateEvaluations(sql, {
      responses: o.responses,
      pupilRate: o.pupilRate,
      today: o.today,
      seed: o.seed,
      openDays: o.evaluationOpenDays,
      targetYears: o.orderYears,
    });
    await generateLedger(sql, adminId);
    const wanted = { sessions: o.sessions, responses: o.responses };
    let figures: [string, string][] | undefined;
    if (livedIn) {
      sql.section(`reminders: ${await recordSessionsAhead(sql, o.now)} sessions ahead through the outbox`);
      // A portal starts on this data: nothing inconsistent may be committed.
      sql.section('checks');
      await checkLivedIn(sql);
      figures = await checkGenerated(sql, wanted, false);
    }

    let t = performance.now();
    await sql.query('COMMIT');
    sql.steps.push({ name: 'commit', seconds: (performance.now() - t) / 1000, rows: null });
    t = performance.now();
    for (const table of tables) await sql.query(`ANALYZE ${table}`);
    sql.steps.push({ name: 'analyze', seconds: (performance.now() - t) / 1000, rows: null });
    sql.section(`  commit + analyze: ${formatNumber((performance.now() - t) / 1000, 2)} s`);
    const seconds = (performance.now() - started) / 1000;

    if (!figures) {
      sql.section('checks');
      figures = await checkGenerated(sql, wanted, true);
    }
    const counts: [string, number][] = [];
    for (const table of tables) {
      counts.push([table, await sql.value<number>(`SELECT count(*)::int FROM ${table}`)]);
    }
    return { seconds, steps: sql.steps, counts, figures, pupilRate };
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** HH:mm plus minutes, within the day. */
function addMinutes(time: string, minutes: number): string {
  return minutesToTime(Math.min(timeToMinutes(time) + minutes, 24 * 60 - 1));
}
