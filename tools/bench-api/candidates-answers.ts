import { loadConfig } from '@halt/api/config';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { CandidatesDto } from '@halt/contracts';
import { candidatesAnswer, PlanningProblemService } from '@halt/api/staffing';
import { HttpException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/app/bootstrap';
import { DEMO_ADMIN } from '../../apps/api/src/app/demo/demo-data';
import { signIn } from '../testing/bench-http';

/**
 * Compares the candidates answers of the API (`GET /api/sessions/:id/candidates`, the specialists read for the
 * slot) with the answer from the full planning problem (`PlanningProblemService.forSession`, every specialist's
 * whole profile, ranked by the same code), on a generated bench database:
 *
 *   node tools/testing/run-ts.mjs tools/bench-api/candidates-answers.ts --database-url postgres://…/bench_api_…
 *
 * It WRITES into that database first, so use a copy (`CREATE DATABASE x TEMPLATE bench_api_…`): absences (whole
 * days over several days, and hours on one day), weekly unavailability and expired skills for specialists of
 * Zuid-Holland en Zeeland, then it plans open sessions of the region close together and books the best
 * candidates on them through the API, so the rules about other sessions, days and weeks have something to find,
 * and puts specialists on some delivered sessions of those schools (who worked there before).
 * Then every compared call is answered both ways; any difference is printed and exits 1.
 */

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const url = option('database-url');
if (!url) {
  console.error('usage: … candidates-answers.ts --database-url <a copy of a bench database> [--sessions 40]');
  process.exit(2);
}
const SESSIONS = Number(option('sessions') ?? 40);
const REGION = 'Zuid-Holland en Zeeland';
const PLANNER = 'planner.zuidwest@halt.example';

/** A deterministic pseudo-random sequence, so two runs on two copies compare the same calls. */
let seed = 18;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const api = await createApi(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url as string,
      SEED_DEMO: 'true',
      SEED_DEMO_ACTIVITY: 'false',
      RUN_WORKERS: 'false',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'candidates-answers-secret-candidates-answers',
      RATE_LIMIT_PER_MINUTE: '10000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      QUEUE_PREFIX: `candidates-answers-${process.pid}`,
      WEB_DIST: '/nonexistent',
    }),
  );
  try {
    const db = api.app.get(DataSource);
    const problems = api.app.get(PlanningProblemService);
    await api.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    const tokens = { planner: await signIn(base, PLANNER), admin: await signIn(base, DEMO_ADMIN.email) };
    const users: Record<'planner' | 'admin', AuthUser> = {
      planner: await authUser(db, PLANNER),
      admin: await authUser(db, DEMO_ADMIN.email),
    };
    const call = async (role: 'planner' | 'admin', method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: await res.json() };
    };

    const [{ region }] = await db.query(`SELECT id AS region FROM region WHERE name = $1`, [REGION]);
    const open: { id: string; from: string; to: string; staff_needed: number }[] = await db.query(
      `SELECT s.id, to_char(s.window_from, 'YYYY-MM-DD') AS "from", to_char(s.window_to, 'YYYY-MM-DD') AS "to", s.staff_needed
         FROM session s JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
         JOIN municipality mu ON mu.id = sc.municipality_id
        WHERE mu.region_id = $1 AND s.status = 'open' ORDER BY s.window_from, s.id`,
      [region],
    );
    const staff: { id: string }[] = await db.query(
      `SELECT sm.id FROM staff_member sm JOIN staff_region sr ON sr.staff_id = sm.id AND sr.region_id = $1
        WHERE sm.active ORDER BY sm.id`,
      [region],
    );
    const first = open[0].from;
    // Absences, unavailability and expiries around the windows.
    // (written as a system job, as every write to an audited table must be)
    await api.app.get(UnitOfWork).run(
      async (m) => {
        for (const s of staff.slice(0, 60)) {
          const from = addDays(first, Math.floor(random() * 60));
          const hours = random() < 0.3;
          await m.query(
            `INSERT INTO staff_absence (staff_id, kind, from_date, to_date, start_time, end_time, note)
           VALUES ($1, $2, $3, $4, $5, $6, 'vergelijking')`,
            [
              s.id,
              pick(['leave', 'sick', 'training']),
              from,
              hours ? from : addDays(from, Math.floor(random() * 6)),
              hours ? '09:00' : null,
              hours ? '12:30' : null,
            ],
          );
        }
        for (const s of staff.slice(30, 90)) {
          await m.query(
            `INSERT INTO staff_recurring_absence (staff_id, weekday, start_time, end_time) VALUES ($1, $2, $3, $4)`,
            [s.id, 1 + Math.floor(random() * 5), pick(['08:00', '12:00', '13:30']), pick(['14:00', '17:00'])],
          );
        }
        // Who worked at the schools before (continuity): specialists on up to three delivered sessions of each
        // school of the region's open sessions (the generator's delivered sessions have nobody on them).
        const delivered: { id: string }[] = await m.query(
          `SELECT d.id FROM (SELECT DISTINCT r.requester_id FROM session s JOIN booking_request r ON r.id = s.request_id
                              WHERE s.id = ANY($1::uuid[])) sc
             CROSS JOIN LATERAL (SELECT s.id FROM session s JOIN booking_request r ON r.id = s.request_id
                                  WHERE r.requester_id = sc.requester_id AND s.status = 'delivered'
                                  ORDER BY s.id LIMIT 3) d`,
          [open.map((s) => s.id)],
        );
        for (const d of delivered) {
          // The database derives the occupied range from the session; two at once for one specialist are left out.
          await m.query(
            `INSERT INTO session_assignment (session_id, staff_id, occupied)
             VALUES ($1, $2, tstzrange('2000-01-01', '2000-01-02')) ON CONFLICT DO NOTHING`,
            [d.id, pick(staff).id],
          );
        }
        await m.query(
          `UPDATE staff_skill SET valid_until = $2::date + (abs(hashtext(staff_id::text || skill)) % 40)
          WHERE staff_id = ANY($1::uuid[])`,
          [staff.slice(80, 120).map((s) => s.id), first],
        );
      },
      { actor: { kind: 'system', name: 'candidates-answers' } },
    );

    // Bookings: open sessions planned into a few weeks, with the best candidates on them.
    const weekdays = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) if (new Date(`${d}T12:00:00Z`).getUTCDay() % 6 !== 0) out.push(d);
      return out;
    };
    let booked = 0;
    const toBook = open.slice(SESSIONS);
    for (const s of toBook) {
      const days = weekdays(s.from, s.to < addDays(s.from, 20) ? s.to : addDays(s.from, 20));
      if (!days.length) continue;
      const date = pick(days);
      const time = pick(['08:30', '09:00', '10:00', '10:30', '13:00', '14:00']);
      if ((await call('admin', 'PATCH', `/api/sessions/${s.id}/plan`, { date, time })).status !== 200) continue;
      const c = await call('admin', 'GET', `/api/sessions/${s.id}/candidates?date=${date}&time=${time}`);
      const ids = (c.body.eligible ?? []).slice(0, s.staff_needed).map((e: { staffId: string }) => e.staffId);
      if (ids.length !== s.staff_needed) continue;
      if ((await call('admin', 'PUT', `/api/sessions/${s.id}/staff`, { staffIds: ids })).status === 200) booked++;
    }
    const [{ worked }] = await db.query(
      `SELECT count(*)::int AS worked FROM session_assignment a JOIN session s ON s.id = a.session_id WHERE s.status = 'delivered'`,
    );
    console.log(
      `booked ${booked} of ${toBook.length} sessions; ${worked} delivered sessions with a specialist; ${staff.length} specialists`,
    );

    // The compared calls: the first open sessions, planned ones, a session outside the region, one that does not exist.
    const planned: { id: string; day: string }[] = await db.query(
      `SELECT s.id, to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day FROM session s
        WHERE s.status = 'planned' ORDER BY s.planned_start, s.id LIMIT 10`,
    );
    const outside: { id: string; from: string }[] = await db.query(
      `SELECT s.id, to_char(s.window_from, 'YYYY-MM-DD') AS "from" FROM session s JOIN booking_request r ON r.id = s.request_id
         JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
        WHERE mu.region_id <> $1 AND s.status = 'open' ORDER BY s.id LIMIT 3`,
      [region],
    );
    const busyDays: { day: string }[] = await db.query(
      `SELECT to_char(s.planned_start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day FROM session s
        WHERE s.status = 'planned' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 8`,
    );
    const subjects = [
      ...open.slice(0, SESSIONS).map((s) => ({ id: s.id, days: [s.from, addDays(s.from, 3), s.to] })),
      ...planned.map((s) => ({ id: s.id, days: [s.day] })),
      ...outside.map((s) => ({ id: s.id, days: [s.from] })),
      { id: randomUUID(), days: [first] },
    ];
    let calls = 0;
    let ranked = 0;
    let refused = 0;
    const differences: string[] = [];
    /** How often each rule excluded someone, and how many ranked answers had someone eligible. */
    const rules = new Map<string, number>();
    let withEligible = 0;
    let workedBefore = 0;
    for (const subject of subjects) {
      const days = [...subject.days, ...busyDays.slice(0, 3).map((d) => d.day)];
      for (const date of days) {
        for (const time of ['08:30', '10:00', '13:30']) {
          for (const role of ['planner', 'admin'] as const) {
            const now = await call(role, 'GET', `/api/sessions/${subject.id}/candidates?date=${date}&time=${time}`);
            const before = await fullAnswer(problems, users[role], subject.id, date, time);
            calls++;
            if (now.status === 200) {
              ranked++;
              const c = now.body as CandidatesDto;
              if (c.eligibleTotal > 0) withEligible++;
              for (const x of c.eligible)
                if (x.goals.some((g) => g.detail === 'heeft eerder op deze school gewerkt')) workedBefore++;
              for (const x of c.excluded) for (const r of x.rules) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
            }
            if (now.status !== 200) refused++;
            const a = JSON.stringify(before);
            const b = JSON.stringify(now.status === 200 ? { status: 200, body: now.body } : { status: now.status });
            if (a !== b)
              differences.push(
                `${role} ${subject.id} ${date} ${time}:\n  full: ${a.slice(0, 600)}\n  slot: ${b.slice(0, 600)}`,
              );
          }
        }
      }
    }
    console.log(
      `${calls} calls compared (${ranked} ranked, ${withEligible} of them with someone eligible; ${refused} refused)`,
    );
    console.log(`eligible specialists who worked at the school before: ${workedBefore}`);
    console.log(`rules that excluded someone: ${[...rules].map(([r, n]) => `${r} ${n}`).join(', ')}`);
    console.log(`${differences.length} differences`);
    for (const d of differences.slice(0, 10)) console.log(d);
    if (differences.length) process.exitCode = 1;
  } finally {
    await api.close();
  }
}

/** The answer from the full planning problem, as the endpoint answered before the slot read. */
async function fullAnswer(problems: PlanningProblemService, user: AuthUser, id: string, date: string, time: string) {
  try {
    const loaded = await problems.forSession(id, undefined, (s) => {
      if (!s || (user.role === 'planner' && !user.regionIds.includes(s.region_id))) {
        throw new HttpException('Sessie niet gevonden', 404);
      }
    });
    return { status: 200, body: JSON.parse(JSON.stringify(candidatesAnswer(loaded, id, date, time))) };
  } catch (e) {
    if (e instanceof HttpException) return { status: e.getStatus() };
    throw e;
  }
}

async function authUser(db: DataSource, email: string): Promise<AuthUser> {
  const [u] = await db.query(
    `SELECT u.id, u.role, coalesce(array_agg(ur.region_id) FILTER (WHERE ur.region_id IS NOT NULL), '{}') AS "regionIds"
       FROM app_user u LEFT JOIN user_region ur ON ur.user_id = u.id WHERE u.email = $1 GROUP BY u.id`,
    [email],
  );
  // Only the role and the regions matter to who may see a session's candidates.
  return { ...u, email } as AuthUser;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
