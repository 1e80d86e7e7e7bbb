import { buffersFromPrevious, instantToZoned } from '@halt/domain';
import { int, type Sql } from './sql';
import { NO_SHOW_REASONS } from './texts';

/**
 * The specialists on the sessions (with their buffers, as the portal's assignment stores them), and the transition records of every request and session, with the actors and times the
 * portal would have written: the school submits (and its gemeente approves when its package asks for that), the
 * region's planner plans, the specialist reports, the school confirms, moves or cancels, Halt rejects or closes.
 */
export async function insertHistoryOfLife(sql: Sql, adminId: string | null): Promise<void> {
  await sql.step(
    'insert session_assignment',
    `INSERT INTO session_assignment (session_id, staff_id, travel_minutes, pinned, created_by, created_at)
       SELECT s.id, a.staff_id, a.travel, false, r.planner_id, r.planned_at + interval '1 minute'
         FROM gen_assign a JOIN gen_sess s ON s.key = a.key JOIN gen_req r ON r.i = s.i
        ORDER BY s.sn, a.pos`,
  );
  await setBuffers(sql);
  await sql.step(
    'insert request_transition',
    `INSERT INTO request_transition (request_id, from_state, to_state, event, by_user_id, reason, at)
       SELECT r.id, e.from_state, e.to_state, e.event, e.by_user_id, e.reason, e.at
         FROM gen_req r
        CROSS JOIN LATERAL (VALUES
          (1, NULL, 'draft', 'create', r.user_id, NULL, r.created_at, true),
          (2, 'draft', 'submitted', 'submit', r.user_id, NULL, r.submitted_at, r.fate <> 'draft'),
          (3, 'submitted', 'awaiting_approval', 'require_approval', NULL,
              'Betaald uit “' || r.order_name || '”: de gemeente keurt eerst goed', r.submitted_at, r.approval),
          (4, 'awaiting_approval', 'approved', 'approve', r.gemeente_id, NULL, r.approved_at, r.approved_at IS NOT NULL),
          (5, 'submitted', 'approved', 'approve', r.planner_id, NULL, r.planned_at, r.planned_at IS NOT NULL AND NOT r.approval),
          (6, 'approved', 'planned', 'plan', r.planner_id, NULL, r.planned_at,
              r.planned_at IS NOT NULL AND r.fate NOT IN ('partly', 'approved')),
          (7, 'planned', 'confirmed', 'confirm', r.user_id, NULL, r.confirmed_at, r.fate = 'confirmed'),
          (8, 'planned', 'change_requested', 'request_change', r.user_id, r.change_reason, r.changed_at,
              r.fate = 'change_requested'),
          (9, 'planned', 'confirmed', 'confirm', r.done_by, NULL, r.done_at, r.done_at IS NOT NULL),
          (10, 'confirmed', 'delivered', 'deliver', r.done_by, NULL, r.done_at, r.done_at IS NOT NULL),
          (11, 'delivered', 'closed', 'close', $1::uuid, NULL, r.closed_at, r.fate = 'closed'),
          (12, CASE WHEN r.approval THEN 'awaiting_approval' ELSE 'submitted' END, 'rejected', 'reject', r.ended_by,
               r.ended_reason, r.ended_at, r.fate = 'rejected'),
          (13, CASE WHEN r.planned_at IS NOT NULL THEN 'planned' WHEN r.approval THEN 'awaiting_approval' ELSE 'submitted' END,
               'cancelled', 'cancel', r.ended_by, r.ended_reason, r.ended_at, r.fate = 'cancelled')
        ) e(n, from_state, to_state, event, by_user_id, reason, at, applies)
        WHERE e.applies
        ORDER BY r.i, e.n`,
    [adminId],
  );
  await sql.step(
    'insert session_transition',
    `INSERT INTO session_transition (session_id, from_state, to_state, event, by_user_id, reason, at)
       SELECT s.id, e.from_state, e.to_state, e.event, e.by_user_id, e.reason, e.at
         FROM gen_sess s JOIN gen_req r ON r.i = s.i
        CROSS JOIN LATERAL (VALUES
          (1, 'open', 'planned', 'plan', r.planner_id, NULL, r.planned_at, s.was_planned),
          (2, 'planned', 'confirmed', 'confirm', r.user_id, NULL, r.confirmed_at, s.status = 'confirmed'),
          (3, 'planned', 'confirmed', 'confirm', s.reporter, NULL, s.delivered_at, s.status IN ('delivered', 'no_show')),
          (4, 'confirmed', s.status, CASE WHEN s.status = 'delivered' THEN 'deliver' ELSE 'no_show' END, s.reporter,
              CASE WHEN s.status = 'no_show'
                   THEN ($1::text[])[1 + pg_temp.pick(s.key, 135, ${int(NO_SHOW_REASONS.length)})] END,
              s.delivered_at, s.status IN ('delivered', 'no_show')),
          (5, 'planned', 'open', 'unplan', r.user_id, r.change_reason, r.changed_at, s.moved),
          (6, CASE WHEN s.was_planned THEN 'planned' ELSE 'open' END, 'cancelled', 'cancel', r.ended_by, r.ended_reason,
              r.ended_at, s.status = 'cancelled')
        ) e(n, from_state, to_state, event, by_user_id, reason, at, applies)
        WHERE e.applies
        ORDER BY s.sn, e.n`,
    [NO_SHOW_REASONS],
  );
}

/**
 * Each assignment's buffer: the travel from the specialist's previous session that day (`buffersFromPrevious`, the
 * domain's overlap rule), which the database adds before the session when it derives the occupied time.
 */
async function setBuffers(sql: Sql): Promise<void> {
  const rows = (
    await sql.query<{ id: string; staff_id: string; planned_start: Date; lat: number | null; lon: number | null }>(
      `SELECT a.id, a.staff_id, s.planned_start, sc.latitude AS lat, sc.longitude AS lon
         FROM session_assignment a JOIN session s ON s.id = a.session_id
         JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id`,
    )
  ).rows;
  const buffers = buffersFromPrevious(
    rows.map((r) => ({
      staffId: r.staff_id,
      start: new Date(r.planned_start),
      location: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon },
    })),
    (instant) => instantToZoned(instant).date,
  );
  const changed = rows.map((r, i) => ({ id: r.id, buffer: buffers[i] })).filter((x) => x.buffer > 0);
  await sql.step(
    'session_assignment buffers',
    `UPDATE session_assignment a SET buffer_minutes = x.buffer
       FROM unnest($1::uuid[], $2::int[]) AS x(id, buffer) WHERE a.id = x.id`,
    [changed.map((x) => x.id), changed.map((x) => x.buffer)],
  );
}
