import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Halt's prevention specialists (`staff_member`: skills with a validity date, regions, home location,
 * contract hours, working pattern, absences) and their assignments to sessions.
 *
 * `session_assignment.occupied` is the time a specialist is taken: from leaving for the school (travel)
 * to the end of the session. The exclusion constraint makes the database refuse two overlapping
 * assignments of one specialist, whatever the application does; a violation (SQLSTATE 23P01) is turned
 * into a 409 naming the session it collides with.
 */
export class StaffAndAssignments1764921600000 implements MigrationInterface {
  name = 'StaffAndAssignments1764921600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_member (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_staff_member PRIMARY KEY,
        user_id uuid CONSTRAINT uq_staff_member_user UNIQUE CONSTRAINT fk_staff_member_user REFERENCES app_user (id),
        name text NOT NULL CONSTRAINT ck_staff_member_name CHECK (char_length(name) BETWEEN 2 AND 120),
        home_latitude double precision NOT NULL CONSTRAINT ck_staff_member_latitude CHECK (home_latitude BETWEEN 50.7 AND 53.6),
        home_longitude double precision NOT NULL CONSTRAINT ck_staff_member_longitude CHECK (home_longitude BETWEEN 3.3 AND 7.3),
        contract_hours_per_week integer NOT NULL CONSTRAINT ck_staff_member_hours CHECK (contract_hours_per_week BETWEEN 1 AND 40),
        max_sessions_per_day integer NOT NULL DEFAULT 4 CONSTRAINT ck_staff_member_max_per_day CHECK (max_sessions_per_day BETWEEN 1 AND 8),
        languages text[] NOT NULL DEFAULT '{nl}',
        preferred_weekdays smallint[] NOT NULL DEFAULT '{}'
          CONSTRAINT ck_staff_member_preferred CHECK (preferred_weekdays <@ ARRAY[1, 2, 3, 4, 5]::smallint[]),
        working_pattern jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE staff_region (
        staff_id uuid NOT NULL CONSTRAINT fk_staff_region_staff REFERENCES staff_member (id) ON DELETE CASCADE,
        region_id uuid NOT NULL CONSTRAINT fk_staff_region_region REFERENCES region (id),
        CONSTRAINT pk_staff_region PRIMARY KEY (staff_id, region_id)
      )`);
    await q.query(`CREATE INDEX ix_staff_region_region ON staff_region (region_id)`);
    await q.query(`
      CREATE TABLE staff_skill (
        staff_id uuid NOT NULL CONSTRAINT fk_staff_skill_staff REFERENCES staff_member (id) ON DELETE CASCADE,
        skill text NOT NULL CONSTRAINT ck_staff_skill_skill CHECK (skill ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        valid_until date NOT NULL,
        CONSTRAINT pk_staff_skill PRIMARY KEY (staff_id, skill)
      )`);
    await q.query(`
      CREATE TABLE staff_absence (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_staff_absence PRIMARY KEY,
        staff_id uuid NOT NULL CONSTRAINT fk_staff_absence_staff REFERENCES staff_member (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_staff_absence_kind CHECK (kind IN ('leave', 'sick', 'training')),
        from_date date NOT NULL,
        to_date date NOT NULL,
        start_time time,
        end_time time,
        note text CONSTRAINT ck_staff_absence_note CHECK (char_length(note) <= 200),
        CONSTRAINT ck_staff_absence_dates CHECK (to_date >= from_date),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_staff_absence_staff ON staff_absence (staff_id, from_date)`);
    await q.query(`
      CREATE TABLE staff_recurring_absence (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_staff_recurring_absence PRIMARY KEY,
        staff_id uuid NOT NULL CONSTRAINT fk_staff_recurring_absence_staff REFERENCES staff_member (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CONSTRAINT ck_staff_recurring_absence_weekday CHECK (weekday BETWEEN 1 AND 7),
        start_time time NOT NULL,
        end_time time NOT NULL,
        CONSTRAINT ck_staff_recurring_absence_times CHECK (end_time > start_time)
      )`);
    await q.query(`
      CREATE TABLE session_assignment (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_session_assignment PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_session_assignment_session REFERENCES session (id) ON DELETE CASCADE,
        staff_id uuid NOT NULL CONSTRAINT fk_session_assignment_staff REFERENCES staff_member (id),
        occupied tstzrange NOT NULL CONSTRAINT ck_session_assignment_occupied CHECK (NOT isempty(occupied)),
        travel_minutes integer NOT NULL DEFAULT 0 CONSTRAINT ck_session_assignment_travel CHECK (travel_minutes BETWEEN 0 AND 600),
        pinned boolean NOT NULL DEFAULT false,
        created_by uuid CONSTRAINT fk_session_assignment_created_by REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_session_assignment_staff UNIQUE (session_id, staff_id),
        CONSTRAINT ex_session_assignment_overlap EXCLUDE USING gist (staff_id WITH =, occupied WITH &&)
      )`);
    await q.query(`CREATE INDEX ix_session_assignment_session ON session_assignment (session_id)`);

    // Auto-planner runs: the request, its progress, and the proposal a planner reviews before applying it.
    await q.query(`
      CREATE TABLE planning_run (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_planning_run PRIMARY KEY,
        region_id uuid NOT NULL CONSTRAINT fk_planning_run_region REFERENCES region (id),
        from_date date NOT NULL,
        to_date date NOT NULL,
        seed integer NOT NULL DEFAULT 1,
        time_limit_ms integer NOT NULL CONSTRAINT ck_planning_run_limit CHECK (time_limit_ms BETWEEN 1000 AND 300000),
        state text NOT NULL CONSTRAINT ck_planning_run_state
          CHECK (state IN ('queued', 'running', 'proposed', 'applied', 'failed', 'conflicted')),
        progress integer NOT NULL DEFAULT 0 CONSTRAINT ck_planning_run_progress CHECK (progress BETWEEN 0 AND 100),
        proposal jsonb,
        conflicts jsonb,
        error text,
        created_by uuid CONSTRAINT fk_planning_run_created_by REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_planning_run_dates CHECK (to_date >= from_date)
      )`);
    await q.query(`CREATE INDEX ix_planning_run_region ON planning_run (region_id, created_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE planning_run`);
    await q.query(`DROP TABLE session_assignment`);
    await q.query(`DROP TABLE staff_recurring_absence`);
    await q.query(`DROP TABLE staff_absence`);
    await q.query(`DROP TABLE staff_skill`);
    await q.query(`DROP TABLE staff_region`);
    await q.query(`DROP TABLE staff_member`);
  }
}
