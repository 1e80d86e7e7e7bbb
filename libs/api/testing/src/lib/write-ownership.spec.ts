import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One owner per aggregate: every table is written only by the feature library that owns it. This test reads the
 * back end's source and finds every write — raw SQL (`INSERT INTO`, `UPDATE … SET`, `DELETE FROM`) and TypeORM
 * writes that name an entity (`m.save(Entity, …)`, `m.save(m.create(Entity, …))`, `getRepository(Entity).update(…)`)
 * — and fails when one sits outside the table's owner. A new table needs an owner here before anything may write it.
 */
const OWNERS: Record<string, string> = {
  annual_target: 'evaluations',
  app_user: 'identity',
  audit_event: 'audit',
  booking_group: 'booking',
  booking_request: 'booking',
  maatwerk_question: 'maatwerk',
  maatwerk_proposal_line: 'maatwerk',
  maatwerk_transition: 'maatwerk',
  booking_window: 'booking',
  calendar_feed: 'booking',
  evaluation_code: 'evaluations',
  evaluation_form: 'evaluations',
  evaluation_response: 'evaluations',
  evaluation_score: 'evaluations',
  evaluation_trend: 'evaluations',
  idempotency_key: 'booking',
  ledger_entry: 'packages',
  message_log: 'reminders',
  municipality: 'organisation',
  notification: 'reminders',
  offer: 'catalogue',
  package_order: 'packages',
  package_order_offer: 'packages',
  package_order_quota: 'packages',
  package_order_school: 'packages',
  package_order_transition: 'packages',
  package_template: 'packages',
  package_template_offer: 'packages',
  parent_registration: 'reminders',
  password_token: 'identity',
  planning_run: 'staffing',
  refresh_token: 'identity',
  auth_session: 'identity',
  login_failure: 'identity',
  rate_limit_counter: 'identity',
  region: 'organisation',
  reminder_job: 'reminders',
  reminder_rule: 'reminders',
  request_transition: 'booking',
  school: 'organisation',
  sports_club: 'organisation',
  neighbourhood_partner: 'organisation',
  school_closed_day: 'calendar',
  school_holiday: 'calendar',
  session: 'booking',
  session_assignment: 'staffing',
  session_transition: 'booking',
  staff_absence: 'staffing',
  staff_member: 'staffing',
  staff_recurring_absence: 'staffing',
  staff_region: 'staffing',
  staff_skill: 'staffing',
  user_region: 'identity',
};

/**
 * The outbox is written by five owners on purpose: the booking area appends an event in the transaction of every
 * session change, identity one in the transaction of every one-time password link it e-mails (`account.mail`),
 * staffing one in the transaction of an absence that takes a specialist off sessions (`staff.absence`), the
 * maatwerk one in the transaction of every step of a question (`maatwerk.changed`), the reminder relay marks events
 * dispatched. No other table has a second writer.
 */
const SHARED: Record<string, string[]> = { outbox_event: ['booking', 'identity', 'staffing', 'reminders', 'maatwerk'] };

/**
 * Loaders of generated data, which write many tables in one bulk transaction as the audit-free `bulk` actor: they
 * are not a write path of the running portal. Migrations own the schema and its reference data.
 */
const LOADERS = [/^apps\/api\/src\/app\/demo\//, /\/migrations\//];

const root = join(__dirname, '../../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

const files = [
  ...sources(join(root, 'libs/api')),
  ...sources(join(root, 'apps/api/src')),
  ...sources(join(root, 'apps/worker/src')),
].map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** Entity class → table, from the `@Entity` decorators. */
const tables = new Map<string, string>();
for (const f of files) {
  for (const m of f.text.matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_]+)'[^)]*\)\s*(?:export\s+)?class\s+(\w+)/g)) {
    tables.set(m[2], m[1]);
  }
}

interface Write {
  file: string;
  line: number;
  table: string;
  how: string;
}

function writesIn(f: { path: string; text: string }): Write[] {
  const found: Write[] = [];
  const at = (index: number) => f.text.slice(0, index).split('\n').length;
  const sql = [
    /\bINSERT\s+INTO\s+([a-z_]+)/g,
    /\bDELETE\s+FROM\s+([a-z_]+)/g,
    /(?<!FOR\s|DO\s|KEY\s)\bUPDATE\s+([a-z_]+)(?:\s+[a-z_]+)?\s+SET\b/g,
  ];
  for (const re of sql) {
    for (const m of f.text.matchAll(re)) found.push({ file: f.path, line: at(m.index ?? 0), table: m[1], how: 'SQL' });
  }
  const orm = [
    /\.(?:save|insert|update|delete|remove|upsert|increment|decrement|softDelete)\(\s*(?:\w+\.create\(\s*)?([A-Z]\w+)\b/g,
    /getRepository\(\s*([A-Z]\w+)\s*\)\s*\.(?:save|insert|update|delete|remove|upsert|increment|decrement)\(/g,
  ];
  for (const re of orm) {
    for (const m of f.text.matchAll(re)) {
      const table = tables.get(m[1]);
      if (table) found.push({ file: f.path, line: at(m.index ?? 0), table, how: `TypeORM ${m[1]}` });
    }
  }
  return found;
}

/** The feature library a file belongs to (`libs/api/<area>/…`), or the app. */
const areaOf = (path: string) => /^libs\/api\/([^/]+)\//.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');

describe('one owner per aggregate', () => {
  const writes = files.filter((f) => !LOADERS.some((re) => re.test(f.path))).flatMap(writesIn);

  it('finds the writes it is looking for (the scan itself works)', () => {
    expect(tables.get('Session')).toBe('session');
    expect(writes.filter((w) => w.table === 'session_assignment').length).toBeGreaterThan(2);
    expect(writes.some((w) => w.how.startsWith('TypeORM'))).toBe(true);
  });

  it('writes every table only from its owning library', () => {
    const misplaced = writes
      .filter((w) => {
        const owners = SHARED[w.table] ?? (OWNERS[w.table] ? [OWNERS[w.table]] : []);
        return !owners.includes(areaOf(w.file));
      })
      .map(
        (w) =>
          `${w.file}:${w.line} writes ${w.table} (${w.how}); owner: ${SHARED[w.table]?.join(' + ') ?? OWNERS[w.table] ?? 'none'}`,
      );
    expect(misplaced).toEqual([]);
  });
});
