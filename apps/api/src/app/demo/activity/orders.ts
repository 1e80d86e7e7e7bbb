import { int, type Sql } from './sql';

/** When the planned order `alias` was made: 1 (or 2) September of the year before its subsidy year, 10:00. */
export const orderedAt = (alias: string) =>
  `((make_date(${alias}.subsidy_year - 1, 9, 1 + ${alias}.k) + time '10:00') AT TIME ZONE 'Europe/Amsterdam')`;
/** When it became active: Halt accepted it 8 days later. */
export const activeFrom = (alias: string) => `(${orderedAt(alias)} + interval '8 days')`;
const ORDERED_AT = orderedAt('o');

/**
 * Plans the package orders (`gen_order`, `gen_order_school`): per municipality and subsidy year the
 * basispakket and the Preventie met Gezag or Halt-JRB package, for all its schools (half of the basispakketten)
 * or about three quarters of them. With `approvals`, every other municipality approves the requests on its orders.
 */
export async function planOrders(sql: Sql, firstYear: number, lastYear: number, approvals: boolean): Promise<void> {
  sql.section('package orders');
  await sql.query(
    `CREATE TEMP TABLE gen_order ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY m.idx, y, k.k))::int AS ok, m.id AS municipality_id, y AS subsidy_year,
              k.k, t.id AS template_id, t.name AS template_name, t.default_credits,
              (k.k = 0 AND m.idx % 2 = 0) AS all_schools,
              (SELECT u.id FROM app_user u WHERE u.municipality_id = m.id AND u.role = 'gemeente' ORDER BY u.email LIMIT 1) AS user_id,
              NULL::uuid AS id, NULL::integer AS budget, ${approvals ? 'm.idx % 2 = 1' : 'false'} AS requires_approval
         FROM gen_muni m
        CROSS JOIN generate_series(${int(firstYear)}, ${int(lastYear)}) y
        CROSS JOIN (VALUES (0), (1)) k(k)
         JOIN package_template t ON t.code = CASE WHEN k.k = 0 THEN 'basispakket-voorlichtingen'
                                                  WHEN m.idx % 2 = 0 THEN 'preventie-met-gezag'
                                                  ELSE 'halt-jrb-traject' END`,
  );
  await sql.query(`UPDATE gen_order SET id = pg_temp.uid('order', ok)`);
  await sql.query(`ALTER TABLE gen_order ADD PRIMARY KEY (ok)`);
  await sql.query(
    `CREATE TEMP TABLE gen_order_school ON COMMIT DROP AS
       SELECT o.ok, o.id AS order_id, s.id AS school_id
         FROM gen_order o JOIN gen_school s ON s.municipality_id = o.municipality_id
        WHERE NOT o.all_schools AND pg_temp.rnd(o.ok::bigint * 1000000 + s.idx, 50) < 0.75`,
  );
  await sql.query(`ALTER TABLE gen_order_school ADD PRIMARY KEY (ok, school_id)`);
}

export interface OrderRows {
  /** Orders of subsidy years before this one are closed. */
  closedBefore: number;
  /** Schools may draw on an order until 30 November of its subsidy year (else: until 1 December before it). */
  drawDuringYear: boolean;
  adminId: string | null;
}

/**
 * Inserts the orders with what their requests use: a budget of 110–135 % of it (plus 5), their offers and
 * schools, and the transitions create → order → accept → activate (→ close for the years before `closedBefore`).
 */
export async function insertOrders(sql: Sql, { closedBefore, drawDuringYear, adminId }: OrderRows): Promise<void> {
  sql.section('insert orders, requests and sessions');
  await sql.query(
    `UPDATE gen_order o
          SET budget = CASE WHEN x.credits > 0 THEN ceil(x.credits * (1.1 + 0.25 * pg_temp.rnd(o.ok, 52)))::int + 5
                            ELSE o.default_credits END
         FROM (SELECT o2.ok, coalesce(sum(r.n_sessions * r.credits_per_session), 0) AS credits
                 FROM gen_order o2 LEFT JOIN gen_req r ON r.order_id = o2.id GROUP BY o2.ok) x
        WHERE x.ok = o.ok`,
  );
  const orderNumber = Number(await sql.value<string>(`SELECT nextval('package_order_number_seq')`));
  await sql.step(
    'insert package_order',
    `INSERT INTO package_order (id, reference, municipality_id, template_id, name, subsidy_year, status,
                                  requires_approval, all_schools, order_deadline, created_by, created_at, updated_at)
       SELECT o.id, 'PK-' || o.subsidy_year || '-' || lpad(($1::int + o.ok - 1)::text, greatest(5, length(($1::int + o.ok - 1)::text)), '0'),
              o.municipality_id, o.template_id, o.template_name || ' ' || o.subsidy_year, o.subsidy_year,
              CASE WHEN o.subsidy_year < ${int(closedBefore)} THEN 'closed' ELSE 'active' END,
              o.requires_approval, o.all_schools,
              ${drawDuringYear ? 'make_date(o.subsidy_year, 11, 30)' : 'make_date(o.subsidy_year - 1, 12, 1)'}, o.user_id,
              ${ORDERED_AT}, ${ORDERED_AT}
         FROM gen_order o ORDER BY o.ok`,
    [orderNumber],
  );
  await sql.query(`SELECT setval('package_order_number_seq', $1::bigint)`, [
    orderNumber + (await sql.value<number>(`SELECT count(*)::int FROM gen_order`)) - 1,
  ]);
  await sql.step(
    'insert package_order_offer',
    `INSERT INTO package_order_offer (order_id, offer_id, credits)
       SELECT o.id, pto.offer_id, pto.credits FROM gen_order o JOIN package_template_offer pto ON pto.template_id = o.template_id`,
  );
  await sql.step(
    'insert package_order_school',
    `INSERT INTO package_order_school (order_id, school_id) SELECT order_id, school_id FROM gen_order_school`,
  );
  await sql.step(
    'insert package_order_transition',
    `INSERT INTO package_order_transition (order_id, from_state, to_state, event, by_user_id, reason, at)
       SELECT o.id, e.from_state, e.to_state, e.event,
              CASE WHEN e.actor = 'gemeente' THEN o.user_id WHEN e.actor = 'admin' THEN $1::uuid END, e.reason,
              ${ORDERED_AT} + e.delay
         FROM gen_order o
        CROSS JOIN (VALUES
          (1, NULL, 'draft', 'create', 'gemeente', NULL, interval '0'),
          (2, 'draft', 'ordered', 'order', 'gemeente', NULL, interval '1 day'),
          (3, 'ordered', 'accepted', 'accept', 'admin', NULL, interval '8 days'),
          (4, 'accepted', 'active', 'activate', NULL, 'Automatisch actief na acceptatie door Halt', interval '8 days'),
          (5, 'active', 'closed', 'close', 'admin', NULL, interval '16 months')) e(n, from_state, to_state, event, actor, reason, delay)
        WHERE e.n < 5 OR o.subsidy_year < ${int(closedBefore)}
        ORDER BY o.ok, e.n`,
    [adminId],
  );
}
