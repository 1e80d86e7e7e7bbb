import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an audited table records, by the database itself: the entity name the trail shows, the key columns
 * that identify a row (joined with ':'), and the columns whose change alone is not worth a record (derived
 * counters, bookkeeping the application bumps with every change).
 */
export const AUDITED_TABLES: { table: string; entity: string; key?: string[]; ignore?: string[] }[] = [
  { table: 'annual_target', entity: 'AnnualTarget', key: ['year'], ignore: ['updated_at'] },
  {
    table: 'app_user',
    entity: 'User',
    ignore: ['failed_logins', 'last_failed_login_at', 'last_login_at', 'updated_at', 'created_at'],
  },
  { table: 'booking_group', entity: 'BookingGroup' },
  { table: 'booking_request', entity: 'BookingRequest', ignore: ['updated_at'] },
  { table: 'booking_window', entity: 'BookingWindow' },
  { table: 'calendar_feed', entity: 'CalendarFeed' },
  // Answers only move the counters: who answered is never recorded (the answers are anonymous).
  { table: 'evaluation_code', entity: 'EvaluationCode', key: ['session_id'], ignore: ['answers', 'teacher_answered'] },
  { table: 'evaluation_form', entity: 'EvaluationForm' },
  { table: 'ledger_entry', entity: 'LedgerEntry', ignore: ['available_after'] },
  { table: 'municipality', entity: 'Municipality', ignore: ['updated_at'] },
  { table: 'notification', entity: 'Notification' },
  { table: 'offer', entity: 'Offer', ignore: ['updated_at'] },
  // The credit counters follow the ledger (audited itself) through its trigger.
  {
    table: 'package_order',
    entity: 'PackageOrder',
    ignore: ['budget_credits', 'available_credits', 'reserved_credits', 'consumed_credits', 'updated_at'],
  },
  { table: 'package_order_offer', entity: 'PackageOrderOffer', key: ['order_id', 'offer_id'] },
  {
    table: 'package_order_quota',
    entity: 'PackageOrderQuota',
    key: ['order_id', 'offer_type'],
    ignore: ['used_credits'],
  },
  { table: 'package_order_school', entity: 'PackageOrderSchool', key: ['order_id', 'school_id'] },
  { table: 'package_template', entity: 'PackageTemplate', ignore: ['updated_at'] },
  { table: 'package_template_offer', entity: 'PackageTemplateOffer', key: ['template_id', 'offer_id'] },
  { table: 'parent_registration', entity: 'ParentRegistration' },
  { table: 'planning_run', entity: 'PlanningRun', ignore: ['progress', 'updated_at'] },
  { table: 'region', entity: 'Region', ignore: ['updated_at'] },
  { table: 'reminder_rule', entity: 'ReminderRule', key: ['kind'], ignore: ['updated_at', 'updated_by'] },
  { table: 'school', entity: 'School', ignore: ['updated_at'] },
  { table: 'school_closed_day', entity: 'SchoolClosedDay', ignore: ['updated_at'] },
  { table: 'school_holiday', entity: 'SchoolHoliday', ignore: ['updated_at'] },
  { table: 'session', entity: 'Session', ignore: ['updated_at', 'reminder_version', 'ics_sequence'] },
  { table: 'session_assignment', entity: 'SessionAssignment' },
  { table: 'staff_absence', entity: 'StaffAbsence' },
  { table: 'staff_member', entity: 'StaffMember', ignore: ['updated_at'] },
  { table: 'staff_recurring_absence', entity: 'StaffRecurringAbsence' },
  { table: 'staff_region', entity: 'StaffRegion', key: ['staff_id', 'region_id'] },
  { table: 'staff_skill', entity: 'StaffSkill', key: ['staff_id', 'skill'] },
  { table: 'user_region', entity: 'UserRegion', key: ['user_id', 'region_id'] },
];

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const list = (items: string[] = []) => literal(items.join(','));

/**
 * One write path, backed by the database:
 *
 * - **Audit by trigger.** Every INSERT, UPDATE and DELETE on an audited table writes an `audit_event` row in
 *   the same transaction, whatever wrote it (an entity, the query builder or raw SQL): the actor, role,
 *   organisation, client IP and request id come from the unit of work's transaction-local settings
 *   (`halt.*`, set by `UnitOfWork.run`), the changed field names (never values) from the row itself. A write
 *   without that context is refused: nothing changes these tables outside a unit of work. The kind `bulk`
 *   (the demo seed's and the benchmarks' generated data) writes no trail.
 * - **Occupied ranges follow their session.** `session_assignment.occupied` is computed from the session's
 *   planned time and the assignment's `buffer_minutes` — the travel from the specialist's previous session that
 *   day, exactly what the domain's overlap rule counts (travel from home is shown, but overlaps nothing) — on
 *   every insert and update, and recomputed when the session moves (the exclusion constraint then refuses a move
 *   onto a busy specialist). An unplanned or cancelled session keeps no staff: its assignments go, like a
 *   cascade, and the trail records it.
 */
export class WritePath1765353600000 implements MigrationInterface {
  name = 'WritePath1765353600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN actor_kind text
      CONSTRAINT ck_audit_event_actor_kind CHECK (actor_kind IN ('user', 'anonymous', 'system', 'migration', 'seed'))`);
    // snake_case column → the camelCase field name the trail has always shown (day_start → dayStart).
    await q.query(`
      CREATE FUNCTION audit_field_name(col text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN col = 'password_hash' THEN 'password' ELSE
          (SELECT string_agg(CASE WHEN i = 1 THEN p ELSE initcap(p) END, '' ORDER BY i)
             FROM unnest(string_to_array(col, '_')) WITH ORDINALITY AS t(p, i)) END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        kind text := nullif(current_setting('halt.actor_kind', true), '');
        keys text[] := string_to_array(TG_ARGV[1], ',');
        ignored text[] := coalesce(string_to_array(nullif(TG_ARGV[2], ''), ','), '{}');
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        row_key text;
        fields text[] := '{}';
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          SELECT coalesce(array_agg(audit_field_name(n.key) ORDER BY n.key), '{}') INTO fields
            FROM jsonb_each(new_row) n
           WHERE n.value IS DISTINCT FROM old_row -> n.key AND NOT n.key = ANY (ignored);
          IF cardinality(fields) = 0 THEN
            RETURN NULL; -- only bookkeeping changed (a counter, a time stamp): nothing to record
          END IF;
        END IF;
        IF kind IS NULL THEN
          RAISE EXCEPTION 'write to % outside a unit of work: no audit context', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege', HINT = 'run the write inside UnitOfWork.run()';
        END IF;
        IF kind = 'bulk' THEN
          RETURN NULL;
        END IF;
        SELECT string_agg(coalesce(new_row, old_row) ->> k, ':' ORDER BY i) INTO row_key
          FROM unnest(keys) WITH ORDINALITY AS t(k, i);
        INSERT INTO audit_event (actor_kind, actor_id, actor_email, actor_role, organisation, action, entity,
                                 entity_id, changed_fields, ip, request_id)
        VALUES (kind,
                nullif(current_setting('halt.actor_id', true), '')::uuid,
                nullif(current_setting('halt.actor_email', true), ''),
                nullif(current_setting('halt.actor_role', true), ''),
                nullif(current_setting('halt.organisation', true), ''),
                CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
                TG_ARGV[0], row_key, fields,
                nullif(current_setting('halt.ip', true), ''),
                nullif(current_setting('halt.request_id', true), ''));
        RETURN NULL;
      END $$`);
    for (const t of AUDITED_TABLES) {
      await q.query(
        `CREATE TRIGGER tr_${t.table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${t.table}
         FOR EACH ROW EXECUTE FUNCTION audit_row(${literal(t.entity)}, ${list(t.key ?? ['id'])}, ${list(t.ignore)})`,
      );
    }

    // Occupied ranges: derived from the session, never written by hand.
    await q.query(`ALTER TABLE session_assignment ADD COLUMN buffer_minutes integer NOT NULL DEFAULT 0
      CONSTRAINT ck_session_assignment_buffer CHECK (buffer_minutes BETWEEN 0 AND 600)`);
    await q.query(`
      CREATE FUNCTION session_assignment_occupied() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        s record;
      BEGIN
        SELECT planned_start, planned_end, status INTO s FROM session WHERE id = NEW.session_id;
        IF s.planned_start IS NULL OR s.status IN ('open', 'cancelled') THEN
          RAISE EXCEPTION 'session % has no planned time: it cannot have staff', NEW.session_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_session_assignment_planned';
        END IF;
        NEW.occupied := tstzrange(s.planned_start - make_interval(mins => NEW.buffer_minutes), s.planned_end, '[)');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_session_assignment_occupied BEFORE INSERT OR UPDATE ON session_assignment
      FOR EACH ROW EXECUTE FUNCTION session_assignment_occupied()`);
    await q.query(`
      CREATE FUNCTION session_moves_its_staff() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.planned_start IS NULL OR NEW.status IN ('open', 'cancelled') THEN
          DELETE FROM session_assignment WHERE session_id = NEW.id;
        ELSIF NEW.planned_start IS DISTINCT FROM OLD.planned_start OR NEW.planned_end IS DISTINCT FROM OLD.planned_end THEN
          UPDATE session_assignment SET occupied = occupied WHERE session_id = NEW.id; -- recomputed by its trigger
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_session_moves_its_staff AFTER UPDATE OF planned_start, planned_end, status ON session
      FOR EACH ROW EXECUTE FUNCTION session_moves_its_staff()`);
    // Repair what the application used to leave behind: staff on sessions without a time, stale ranges.
    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    await q.query(`DELETE FROM session_assignment a USING session s
                    WHERE s.id = a.session_id AND (s.planned_start IS NULL OR s.status IN ('open', 'cancelled'))`);
    await q.query(`UPDATE session_assignment SET occupied = occupied`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_session_moves_its_staff ON session`);
    await q.query(`DROP FUNCTION session_moves_its_staff()`);
    await q.query(`DROP TRIGGER tr_session_assignment_occupied ON session_assignment`);
    await q.query(`DROP FUNCTION session_assignment_occupied()`);
    await q.query(`ALTER TABLE session_assignment DROP COLUMN buffer_minutes`);
    for (const t of AUDITED_TABLES) await q.query(`DROP TRIGGER tr_${t.table}_audit ON ${t.table}`);
    await q.query(`DROP FUNCTION audit_row()`);
    await q.query(`DROP FUNCTION audit_field_name(text)`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN actor_kind`);
  }
}
