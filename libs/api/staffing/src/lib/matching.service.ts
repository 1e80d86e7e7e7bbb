import { recordSessionChanges, RequestsService } from '@halt/api/booking';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto, CandidatesDto } from '@halt/contracts';
import {
  checkHardRules,
  createPlanningContext,
  createPlanningState,
  haversineKm,
  instantToZoned,
  rankCandidates,
  travelMinutes,
} from '@halt/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { PlanningProblemService } from './planning-problem.service';

const travelFrom = (home?: { lat: number; lon: number }, school?: { lat: number; lon: number }) =>
  home && school ? travelMinutes(home, school) : null;

/**
 * Matching specialists to one session: ranked candidates with the score analysis and the reasons others are
 * excluded, and assigning staff — checked against every hard rule by the domain, and against double booking
 * by the database's exclusion constraint as well.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly problems: PlanningProblemService,
    private readonly requests: RequestsService,
  ) {}

  async candidates(user: AuthUser, sessionId: string, date: string, time: string): Promise<CandidatesDto> {
    await this.authorise(user, sessionId);
    const { problem, staffNames } = await this.problems.forSession(sessionId);
    const target = problem.sessions.find((s) => s.id === sessionId);
    if (!target) throw new NotFoundException('Sessie niet gevonden');
    // The planner chooses the slot here: a fixed time (spreekuur) does not bind the search.
    const sessions = problem.sessions.map((s) => (s.id === sessionId ? { ...s, proposedStart: undefined } : s));
    const ctx = createPlanningContext({ ...problem, sessions });
    const state = createPlanningState(ctx);
    const ranking = rankCandidates(sessionId, { date, start: time }, state);
    const school = problem.schools.find((s) => s.id === target.schoolId);
    const staffHome = new Map(problem.staff.map((s) => [s.id, s.home]));
    return {
      sessionId,
      date,
      start: time,
      slotProblems: ranking.slotViolations.map((v) => v.message),
      eligible: ranking.eligible.map((c) => ({
        staffId: c.staffId,
        name: c.name,
        score: Math.round(c.score * 10) / 10,
        goals: c.goals.map((g) => ({ goal: g.goal, points: Math.round(g.points * 10) / 10, detail: g.detail })),
        rules: c.rules.map((r) => ({ rule: r.rule, passed: r.passed, ...(r.message ? { message: r.message } : {}) })),
        travelMinutes: travelFrom(staffHome.get(c.staffId), school?.location),
      })),
      excluded: ranking.excluded.map((c) => ({
        staffId: c.staffId,
        name: staffNames.get(c.staffId) ?? c.name,
        reasons: c.violations.map((v) => v.message),
        rules: c.rules.map((r) => ({ rule: r.rule, passed: r.passed, ...(r.message ? { message: r.message } : {}) })),
      })),
    };
  }

  /** Puts staff on a planned session, replacing whoever was on it. 409 with the reasons when a rule is broken. */
  async assign(user: AuthUser, sessionId: string, staffIds: string[], pinned: boolean): Promise<BookingRequestDto> {
    const requestId = await this.authorise(user, sessionId);
    const { problem, session } = await this.problems.forSession(sessionId);
    if (!session.planned_start || !session.planned_end || !['planned', 'confirmed'].includes(session.status)) {
      throw new ConflictException({
        message: 'Plan eerst de datum en tijd van de sessie; daarna kiest u de medewerkers',
        conflict: { session: sessionId, state: session.status },
      });
    }
    if (staffIds.length !== session.staff_needed) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [
          {
            field: 'staffIds',
            message:
              session.staff_needed === 2 ? 'deze sessie vraagt twee medewerkers' : 'deze sessie vraagt één medewerker',
          },
        ],
      });
    }
    const start = instantToZoned(new Date(session.planned_start));
    const sessions = problem.sessions.map((s) => (s.id === sessionId ? { ...s, proposedStart: undefined } : s));
    const ctx = createPlanningContext({ ...problem, sessions });
    const state = createPlanningState(ctx);
    const violations = checkHardRules(ctx, { sessionId, staffIds, date: start.date, start: start.time }, state);
    if (violations.length) {
      throw new ConflictException({
        message: violations.map((v) => v.message).join('; '),
        errors: violations.map((v) => ({ field: 'staffIds', message: v.message })),
        conflict: { session: sessionId, rules: violations.map((v) => v.rule) },
      });
    }
    const school = problem.schools.find((s) => s.id === session.school_id);
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM session WHERE id = $1 FOR UPDATE`, [sessionId]);
      await m.query(`DELETE FROM session_assignment WHERE session_id = $1`, [sessionId]);
      for (const staffId of staffIds) {
        const home = problem.staff.find((s) => s.id === staffId)?.home;
        const travel = home && school ? this.travelBefore(m, home, school.location) : 0;
        await this.insertAssignment(
          m,
          sessionId,
          staffId,
          session.planned_start as Date,
          session.planned_end as Date,
          travel,
          pinned,
          user.id,
        );
      }
      await m.query(`UPDATE session SET ics_sequence = ics_sequence + 1 WHERE id = $1`, [sessionId]);
      await recordSessionChanges(m, [sessionId]);
    });
    return this.requests.get(user, requestId);
  }

  async unassign(user: AuthUser, sessionId: string): Promise<BookingRequestDto> {
    const requestId = await this.authorise(user, sessionId);
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM session_assignment WHERE session_id = $1`, [sessionId]);
      await recordSessionChanges(m, [sessionId]);
    });
    return this.requests.get(user, requestId);
  }

  /**
   * Inserts an assignment occupying [start − travel, end); a double booking is refused by the database
   * (SQLSTATE 23P01) and becomes a 409 naming the session it collides with.
   */
  async insertAssignment(
    m: EntityManager,
    sessionId: string,
    staffId: string,
    start: Date,
    end: Date,
    travel: number,
    pinned: boolean,
    userId: string | null,
  ): Promise<void> {
    const from = new Date(start.getTime() - travel * 60_000);
    try {
      await m.query(`SAVEPOINT assign`);
      await m.query(
        `INSERT INTO session_assignment (session_id, staff_id, occupied, travel_minutes, pinned, created_by)
         VALUES ($1, $2, tstzrange($3, $4, '[)'), $5, $6, $7)`,
        [sessionId, staffId, from.toISOString(), end.toISOString(), travel, pinned, userId],
      );
      await m.query(`RELEASE SAVEPOINT assign`);
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code !== '23P01') throw error;
      await m.query(`ROLLBACK TO SAVEPOINT assign`);
      const [other] = await m.query(
        `SELECT r.reference, sc.name AS school, sm.name AS staff, s2.planned_start
           FROM session_assignment a JOIN session s2 ON s2.id = a.session_id
           JOIN booking_request r ON r.id = s2.request_id JOIN school sc ON sc.id = r.school_id
           JOIN staff_member sm ON sm.id = a.staff_id
          WHERE a.staff_id = $1 AND a.occupied && tstzrange($2, $3, '[)') LIMIT 1`,
        [staffId, from.toISOString(), end.toISOString()],
      );
      const when = other?.planned_start ? instantToZoned(new Date(other.planned_start)) : null;
      throw new ConflictException({
        message: other
          ? `${other.staff} is dan al ingepland bij ${other.school} (aanvraag ${other.reference}${when ? `, ${when.date} ${when.time}` : ''}), reistijd meegerekend`
          : 'Deze medewerker is dan al ingepland',
        conflict: { session: sessionId, staff: staffId, with: other?.reference ?? null },
      });
    }
  }

  /** Minutes of travel from home before a session (the previous session's school is the planner's concern). */
  private travelBefore(
    _m: EntityManager,
    home: { lat: number; lon: number },
    school: { lat: number; lon: number },
  ): number {
    return haversineKm(home, school) > 0 ? travelMinutes(home, school) : 0;
  }

  /** Planners of the session's region and admins; returns the request id. */
  private async authorise(user: AuthUser, sessionId: string): Promise<string> {
    if (user.role !== 'planner' && user.role !== 'admin')
      throw new ForbiddenException('Alleen planners kiezen medewerkers');
    const [row] = await this.dataSource.query(
      `SELECT s.request_id, mu.region_id FROM session s JOIN booking_request r ON r.id = s.request_id
         JOIN school sc ON sc.id = r.school_id JOIN municipality mu ON mu.id = sc.municipality_id WHERE s.id = $1`,
      [sessionId],
    );
    if (!row || (user.role === 'planner' && !user.regionIds.includes(row.region_id))) {
      throw new NotFoundException('Sessie niet gevonden');
    }
    return row.request_id;
  }
}
