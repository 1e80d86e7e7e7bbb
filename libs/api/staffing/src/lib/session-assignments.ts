import { pgError, PG_EXCLUSION_VIOLATION } from '@halt/api/database';
import { buffersFromPrevious, instantToZoned } from '@halt/domain';
import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One specialist on a session: minutes of travel before it, and whether the auto-planner must keep it. */
export interface AssignmentInput {
  staffId: string;
  travelMinutes: number;
  pinned: boolean;
}

/**
 * The only writer of `session_assignment`. The database derives each assignment's occupied range from its
 * session's planned time and its buffer (the travel from the specialist's previous session that day, kept here),
 * keeps it following the session when it moves, and refuses two overlapping ranges of one specialist (the
 * exclusion constraint). Runs inside the caller's unit of work,
 * which locks the specialists first (`lockStaff`), then the request and session.
 */
@Injectable()
export class SessionAssignments {
  /** Locks specialists in id order — the first locks of any command that changes who works when. */
  async lockStaff(m: EntityManager, staffIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(staffIds)].sort();
    if (ids.length)
      await m.query(`SELECT 1 FROM staff_member WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /** The specialists on a session now (read without a lock: callers lock them, then read again if it matters). */
  async staffOf(m: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { staff_id: string }[] = await m.query(
      `SELECT staff_id FROM session_assignment WHERE session_id = $1 ORDER BY staff_id`,
      [sessionId],
    );
    return rows.map((r) => r.staff_id);
  }

  /** How many specialists are on the session and available for it (not taken off by an absence). */
  async availableCount(m: EntityManager, sessionId: string): Promise<number> {
    const [row]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM session_assignment WHERE session_id = $1 AND absence_id IS NULL`,
      [sessionId],
    );
    return row.n;
  }

  /**
   * Puts exactly these specialists on the planned session `at` (its start and end); 409 naming the other session
   * when one of them is busy then, travel included.
   */
  async replace(
    m: EntityManager,
    sessionId: string,
    at: { start: Date; end: Date },
    staff: AssignmentInput[],
    by: string | null,
  ): Promise<void> {
    const involved = [...(await this.staffOf(m, sessionId)), ...staff.map((a) => a.staffId)];
    await m.query(`DELETE FROM session_assignment WHERE session_id = $1`, [sessionId]);
    // Buffers left too long by sessions that went (cancelled, moved) would refuse what the rules allow.
    await this.refreshBuffers(m, involved, [at.start]);
    for (const a of staff) {
      const claim = { staffId: a.staffId, from: at.start, to: at.end };
      await this.refusingOverlap(m, sessionId, [claim], () =>
        m.query(
          `INSERT INTO session_assignment (session_id, staff_id, travel_minutes, pinned, created_by)
           VALUES ($1, $2, $3, $4, $5)`,
          [sessionId, a.staffId, a.travelMinutes, a.pinned, by],
        ),
      );
    }
    await this.refreshBuffers(m, involved, [at.start]);
  }

  /**
   * Before a session moves: its specialists' buffers go to 0 (the travel from their previous session belongs to the
   * old time), so the move itself is checked on the session's own time; `refreshBuffers` then sets them anew.
   */
  async releaseBuffers(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`UPDATE session_assignment SET buffer_minutes = 0 WHERE session_id = $1 AND buffer_minutes <> 0`, [
      sessionId,
    ]);
  }

  /**
   * Sets every assignment's buffer of these specialists on the (Amsterdam) days of `moments` to the travel from
   * their previous session that day to this one — what the domain's overlap rule counts — so the database refuses
   * exactly the overlaps the rules refuse. 409 naming the other session when a buffer no longer fits.
   */
  async refreshBuffers(m: EntityManager, staffIds: Iterable<string>, moments: readonly Date[]): Promise<void> {
    const rows: DayRow[] = await m.query(
      `SELECT a.id, a.staff_id, a.session_id, a.buffer_minutes, s.planned_start, s.planned_end,
              sc.latitude AS lat, sc.longitude AS lon
         FROM session_assignment a JOIN session s ON s.id = a.session_id
         JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
        WHERE a.staff_id = ANY($1::uuid[])
          AND (s.planned_start AT TIME ZONE 'Europe/Amsterdam')::date = ANY(
                SELECT (x AT TIME ZONE 'Europe/Amsterdam')::date FROM unnest($2::timestamptz[]) x)
        ORDER BY a.staff_id, s.planned_start`,
      [[...new Set(staffIds)], moments.map((d) => d.toISOString())],
    );
    const buffers = buffersFromPrevious(
      rows.map((r) => ({ staffId: r.staff_id, start: new Date(r.planned_start), location: placeOf(r) })),
      (instant) => instantToZoned(instant).date,
    );
    for (const [i, row] of rows.entries()) {
      const buffer = buffers[i];
      if (buffer === row.buffer_minutes) continue;
      const claim = {
        staffId: row.staff_id,
        from: minutesBefore(new Date(row.planned_start), buffer),
        to: new Date(row.planned_end),
      };
      await this.refusingOverlap(m, row.session_id, [claim], () =>
        m.query(`UPDATE session_assignment SET buffer_minutes = $2 WHERE id = $1`, [row.id, buffer]),
      );
    }
  }

  /** What the session's specialists would occupy if it moved to `at` (before their buffers are set anew). */
  async claimsAt(m: EntityManager, sessionId: string, at: { start: Date; end: Date }): Promise<OccupiedClaim[]> {
    return (await this.staffOf(m, sessionId)).map((staffId) => ({ staffId, from: at.start, to: at.end }));
  }

  /**
   * Marks the specialist's assignments that an absence covers as needing a replacement: sessions still ahead
   * (planned or confirmed, not yet over) whose time overlaps the absence — whole days, or from `startTime` on the
   * first day to `endTime` on the last, Europe/Amsterdam, as the domain's absence rule reads it. Returns the
   * sessions flagged. The caller has locked the specialist.
   */
  async flagAbsent(m: EntityManager, staffId: string, absenceId: string, now: Date): Promise<string[]> {
    const rows: { session_id: string }[] = await m.query(
      `WITH flagged AS (
       UPDATE session_assignment a SET absence_id = ab.id
         FROM staff_absence ab, session s
        WHERE ab.id = $2 AND a.staff_id = $1 AND ab.staff_id = a.staff_id AND s.id = a.session_id
          AND a.absence_id IS NULL
          AND s.status IN ('planned', 'confirmed') AND s.planned_end > $3
          AND s.planned_start < CASE WHEN ab.end_time IS NULL THEN (ab.to_date + 1)::timestamp
                                     ELSE ab.to_date + ab.end_time END AT TIME ZONE 'Europe/Amsterdam'
          AND s.planned_end > (ab.from_date + coalesce(ab.start_time, '00:00'::time)) AT TIME ZONE 'Europe/Amsterdam'
        RETURNING a.session_id)
       SELECT session_id FROM flagged`,
      [staffId, absenceId, now.toISOString()],
    );
    return rows.map((r) => r.session_id).sort();
  }

  /**
   * The session moved to a time its specialists passed every hard rule for, absences included: none of them is
   * unavailable for it any more.
   */
  async clearFlags(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`UPDATE session_assignment SET absence_id = NULL WHERE session_id = $1 AND absence_id IS NOT NULL`, [
      sessionId,
    ]);
  }

  /** The sessions an absence flagged (before it is removed, which clears the flags by its foreign key). */
  async flaggedBy(m: EntityManager, absenceId: string): Promise<string[]> {
    const rows: { session_id: string }[] = await m.query(
      `SELECT session_id FROM session_assignment WHERE absence_id = $1 ORDER BY session_id`,
      [absenceId],
    );
    return rows.map((r) => r.session_id);
  }

  /** Takes every specialist off the session. */
  async clear(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`DELETE FROM session_assignment WHERE session_id = $1`, [sessionId]);
  }

  /**
   * Runs `work` (a write that adds or moves the occupied time in `claims`) under a savepoint; when the database
   * refuses an overlap (SQLSTATE 23P01) the savepoint is rolled back and a 409 names the session it collides with.
   */
  async refusingOverlap<T>(
    m: EntityManager,
    sessionId: string,
    claims: readonly OccupiedClaim[],
    work: () => Promise<T>,
  ): Promise<T> {
    await m.query(`SAVEPOINT occupied`);
    try {
      const result = await work();
      await m.query(`RELEASE SAVEPOINT occupied`);
      return result;
    } catch (error) {
      if (pgError(error)?.code !== PG_EXCLUSION_VIOLATION) throw error;
      await m.query(`ROLLBACK TO SAVEPOINT occupied`);
      throw await this.overlapConflict(m, sessionId, claims);
    }
  }

  /** The 409 for a specialist who is busy during a claim: who, where, which request, when. */
  private async overlapConflict(
    m: EntityManager,
    sessionId: string,
    claims: readonly OccupiedClaim[],
  ): Promise<ConflictException> {
    for (const claim of claims) {
      const [other] = await m.query(
        `SELECT r.reference, sc.name AS school, sm.name AS staff, s2.planned_start
           FROM session_assignment a JOIN session s2 ON s2.id = a.session_id
           JOIN booking_request r ON r.id = s2.request_id JOIN requester sc ON sc.id = r.requester_id
           JOIN staff_member sm ON sm.id = a.staff_id
          WHERE a.staff_id = $1 AND a.session_id <> $2 AND a.occupied && tstzrange($3, $4, '[)')
          ORDER BY s2.planned_start LIMIT 1`,
        [claim.staffId, sessionId, claim.from.toISOString(), claim.to.toISOString()],
      );
      if (!other) continue;
      const when = instantToZoned(new Date(other.planned_start));
      return new ConflictException({
        message: `${other.staff} is dan al ingepland bij ${other.school} (aanvraag ${other.reference}, ${when.date} ${when.time}), reistijd meegerekend`,
        conflict: { session: sessionId, staff: claim.staffId, with: other.reference },
      });
    }
    return new ConflictException({
      message: 'Deze medewerker is dan al ingepland',
      conflict: { session: sessionId, staff: claims[0]?.staffId ?? null, with: null },
    });
  }
}

/** Time a specialist would occupy: from leaving for the school to the end of the session. */
export interface OccupiedClaim {
  staffId: string;
  from: Date;
  to: Date;
}

const minutesBefore = (t: Date, minutes: number) => new Date(t.getTime() - minutes * 60_000);

interface DayRow {
  id: string;
  staff_id: string;
  session_id: string;
  buffer_minutes: number;
  planned_start: Date;
  planned_end: Date;
  lat: number | null;
  lon: number | null;
}

const placeOf = (r: DayRow) => (r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon });
