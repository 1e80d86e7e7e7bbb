import type { LocalDate } from '@halt/domain';
import { performance } from 'node:perf_hooks';
import type { ClientBase } from 'pg';
import { loadCatalogue } from './catalogue';
import { checkGenerated, preflight } from './checks';
import { generateEvaluations } from './evaluations';
import { generateLedger } from './ledger';
import { insertOrders, planOrders } from './orders';
import { insertRequests } from './request-rows';
import { planRequests } from './requests';
import { type ActivityYear, createDayTables } from './school-days';
import { generateSchools } from './schools';
import { fitWindows, planSessions } from './sessions';
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
  /** Evaluation answers in total (pupils, teachers and parents); sets the pupils' response rate. */
  responses: number;
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
  log?: (line: string) => void;
}

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

/** Runs the generator on a connected client (which it leaves open). */
export async function generateActivity(client: ClientBase, o: ActivityOptions): Promise<ActivityResult> {
  const sql = new Sql(client, o.log ?? (() => undefined));
  const started = performance.now();
  try {
    await preflight(sql);
    const currentYear = Number(o.today.slice(0, 4));
    await sql.query('BEGIN');
    await sql.query(`SET LOCAL work_mem = '256MB'`);
    await sql.query(`SET LOCAL synchronous_commit = off`);
    await createRandomFunctions(sql, o.seed);

    const schoolTickets = await generateSchools(sql, o.schools);
    await loadCatalogue(sql);
    const yearThresholds = await createDayTables(sql, o.years);
    await planOrders(sql, o.orderYears[0], o.orderYears[1]);
    const totalSessions = Math.round(o.sessions / (1 - o.noShowShare));
    await planRequests(sql, {
      sessions: totalSessions,
      unplanned: o.unplanned,
      schoolTickets,
      yearThresholds,
      lastOrderYear: o.orderYears[1],
      packageShare: o.packageShare,
      today: o.today,
      now: o.now,
    });
    await planSessions(sql, {
      noShowShare: o.noShowShare,
      parentMeetingTime: o.parentMeetingTime,
      teacherShare: TEACHER_SHARE,
    });
    await fitWindows(sql);

    const adminId = await sql.value<string | null>(
      `SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY email LIMIT 1`,
    );
    await insertOrders(sql, currentYear, adminId);
    await insertRequests(sql, o.seed);
    const pupilRate = await generateEvaluations(sql, {
      responses: o.responses,
      seed: o.seed,
      openDays: o.evaluationOpenDays,
      targetYears: o.orderYears,
    });
    await generateLedger(sql, adminId);

    let t = performance.now();
    await sql.query('COMMIT');
    sql.steps.push({ name: 'commit', seconds: (performance.now() - t) / 1000, rows: null });
    t = performance.now();
    for (const table of ACTIVITY_TABLES) await sql.query(`ANALYZE ${table}`);
    sql.steps.push({ name: 'analyze', seconds: (performance.now() - t) / 1000, rows: null });
    sql.section(`  commit + analyze: ${formatNumber((performance.now() - t) / 1000, 2)} s`);
    const seconds = (performance.now() - started) / 1000;

    sql.section('checks');
    const figures = await checkGenerated(sql, { sessions: o.sessions, responses: o.responses });
    const counts: [string, number][] = [];
    for (const table of ACTIVITY_TABLES) {
      counts.push([table, await sql.value<number>(`SELECT count(*)::int FROM ${table}`)]);
    }
    return { seconds, steps: sql.steps, counts, figures, pupilRate };
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
