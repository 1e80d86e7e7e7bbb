import { BookingWrites, RequestsService } from '@halt/api/booking';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto, CandidatesDto } from '@halt/contracts';
import {
  checkHardRules,
  createPlanningContext,
  createPlanningState,
  haversineKm,
  instantToZoned,
  type PlanningProblem,
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
import { DataSource, EntityManager } from 'typeorm';
import { type LoadedProblem, PlanningProblemService } from './planning-problem.service';
import { SessionAssignments } from './session-assignments';
import { DEFAULT_CANDIDATES, MAX_CANDIDATES } from './staffing.dto';

const travelFrom = (home?: { lat: number; lon: number }, school?: { lat: number; lon: number }) =>
  home && school ? travelMinutes(home, school) : null;

/** Minutes of travel from home before a session (the previous session's school is the planner's concern). */
const travelBefore = (home: { lat: number; lon: number }, school: { lat: number; lon: number }) =>
  haversineKm(home, school) > 0 ? travelMinutes(home, school) : 0;

/**
 * The candidates answer for the session at the slot from its loaded problem: the best `limit` specialists
 * (ranked on all of them), with the total, and up to MAX_CANDIDATES of those excluded, by name, with the rules
 * they fail.
 */
export function candidatesAnswer(
  { problem, staffNames, period }: Pick<LoadedProblem, 'problem' | 'staffNames' | 'period'>,
  sessionId: string,
  date: string,
  time: string,
  limit = DEFAULT_CANDIDATES,
): CandidatesDto {
  const target = problem.sessions.find((s) => s.id === sessionId);
  if (!target) throw new NotFoundException('Sessie niet gevonden');
  // The planner chooses the slot here: a fixed time (spreekuur) does not bind the search.
  const sessions = problem.sessions.map((s) => (s.id === sessionId ? { ...s, proposedStart: undefined } : s));
  const ctx = createPlanningContext({ ...problem, sessions });
  const state = createPlanningState(ctx);
  const ranking = rankCandidates(sessionId, { date, start: time }, state, period);
  const school = problem.schools.find((s) => s.id === target.schoolId);
  const staffHome = new Map(problem.staff.map((s) => [s.id, s.home]));
  return {
    sessionId,
    date,
    start: time,
    slotProblems: ranking.slotViolations.map((v) => v.message),
    eligibleTotal: ranking.eligible.length,
    excludedTotal: ranking.excluded.length,
    eligible: ranking.eligible.slice(0, limit).map((c) => ({
      staffId: c.staffId,
      name: c.name,
      score: Math.round(c.score * 10) / 10,
      goals: c.goals.map((g) => ({ goal: g.goal, points: Math.round(g.points * 10) / 10, detail: g.detail })),
      rules: c.rules.map((r) => ({ rule: r.rule, passed: r.passed, ...(r.message ? { message: r.message } : {}) })),
      travelMinutes: travelFrom(staffHome.get(c.staffId), school?.location),
    })),
    excluded: ranking.excluded
      .map((c) => ({ ...c, name: staffNames.get(c.staffId) ?? c.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .slice(0, MAX_CANDIDATES)
      .map((c) => ({
        staffId: c.staffId,
        name: c.name,
        reasons: c.violations.map((v) => v.message),
        // What excludes them: the rules they pass say nothing here.
        rules: c.rules
          .filter((r) => !r.passed)
          .map((r) => ({ rule: r.rule, passed: r.passed, ...(r.message ? { message: r.message } : {}) })),
      })),
  };
}

/**
 * Matching specialists to one session: ranked candidates with the score analysis and the reasons others are
 * excluded, and assigning staff — checked against every hard rule by the domain, and against double booking
 * by the database's exclusion constraint as well.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly problems: PlanningProblemService,
    private readonly requests: RequestsService,
    private readonly writes: BookingWrites,
    private readonly assignments: SessionAssignments,
  ) {}

  /**
   * The best `limit` specialists for the session at the slot (ranked on all of them), with the total, and up to
   * MAX_CANDIDATES of those excluded, by name, each with the rules they fail.
   */
  async candidates(
    user: AuthUser,
    sessionId: string,
    date: string,
    time: string,
    limit = DEFAULT_CANDIDATES,
  ): Promise<CandidatesDto> {
    this.mayChooseStaff(user);
    // The session's row (read with the problem) says whether this planner may see it.
    const loaded = await this.problems.forSlot(sessionId, date, (session) => this.refuseOutsideRegions(user, session));
    return candidatesAnswer(loaded, sessionId, date, time, limit);
  }

  /**
   * Puts staff on a planned session, replacing whoever was on it. The specialists (old and new) are locked first,
   * then the session; every hard rule is checked by the domain on what is committed by then, and the database's
   * exclusion constraint refuses a double booking that slipped past. 409 with the reasons when a rule is broken.
   */
  async assign(user: AuthUser, sessionId: string, staffIds: string[], pinned: boolean): Promise<BookingRequestDto> {
    const requestId = await this.authorise(user, sessionId);
    await this.uow.run(async (m) => {
      await this.assignments.lockStaff(m, [...staffIds, ...(await this.assignments.staffOf(m, sessionId))]);
      await this.writes.lockSession(m, sessionId);
      const { problem, session } = await this.problems.forSession(sessionId, m);
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
                session.staff_needed === 2
                  ? 'deze sessie vraagt twee medewerkers'
                  : 'deze sessie vraagt één medewerker',
            },
          ],
        });
      }
      const at = { start: new Date(session.planned_start), end: new Date(session.planned_end) };
      this.refuseBrokenRules(problem, sessionId, staffIds, at.start);
      const school = problem.schools.find((s) => s.id === session.school_id);
      const staff = staffIds.map((staffId) => {
        const home = problem.staff.find((s) => s.id === staffId)?.home;
        return { staffId, travelMinutes: home && school ? travelBefore(home, school.location) : 0, pinned };
      });
      await this.assignments.replace(m, sessionId, at, staff, user.id);
      await this.writes.staffChanged(m, sessionId);
    });
    return this.requests.get(user, requestId);
  }

  async unassign(user: AuthUser, sessionId: string): Promise<BookingRequestDto> {
    const requestId = await this.authorise(user, sessionId);
    await this.uow.run(async (m) => {
      const staff = await this.assignments.staffOf(m, sessionId);
      await this.assignments.lockStaff(m, staff);
      const { session } = await this.writes.lockSession(m, sessionId);
      await this.assignments.clear(m, sessionId);
      if (session.plannedStart) await this.assignments.refreshBuffers(m, staff, [session.plannedStart]);
      await this.writes.staffChanged(m, sessionId);
    });
    return this.requests.get(user, requestId);
  }

  /**
   * 409 when `staffIds` cannot work the session at `start` by the domain's hard rules (skill, availability,
   * absences, overlap with travel, weekly hours, …); the session's own current staff do not count against it.
   */
  refuseBrokenRules(problem: PlanningProblem, sessionId: string, staffIds: string[], start: Date): void {
    const at = instantToZoned(start);
    const sessions = problem.sessions.map((s) => (s.id === sessionId ? { ...s, proposedStart: undefined } : s));
    const ctx = createPlanningContext({ ...problem, sessions });
    const violations = checkHardRules(
      ctx,
      { sessionId, staffIds, date: at.date, start: at.time },
      createPlanningState(ctx),
    );
    if (violations.length) {
      throw new ConflictException({
        message: violations.map((v) => v.message).join('; '),
        errors: violations.map((v) => ({ field: 'staffIds', message: v.message })),
        conflict: { session: sessionId, rules: violations.map((v) => v.rule) },
      });
    }
  }

  /** Minutes of travel before the session for each of `staffIds`, from their home to the school. */
  async travelMinutes(m: EntityManager, sessionId: string, staffIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; home_lat: number; home_lon: number; lat: number; lon: number }[] = await m.query(
      `SELECT sm.id, sm.home_latitude AS home_lat, sm.home_longitude AS home_lon, sc.latitude AS lat, sc.longitude AS lon
         FROM session s JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
         JOIN staff_member sm ON sm.id = ANY($2::uuid[])
        WHERE s.id = $1`,
      [sessionId, [...staffIds]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        r.lat === null || r.lon === null
          ? 0
          : travelBefore({ lat: r.home_lat, lon: r.home_lon }, { lat: r.lat, lon: r.lon }),
      ]),
    );
  }

  /** Planners of the session's region and admins; returns the request id. */
  private async authorise(user: AuthUser, sessionId: string): Promise<string> {
    this.mayChooseStaff(user);
    const [row] = await this.dataSource.query(
      `SELECT s.request_id, mu.region_id FROM session s JOIN booking_request r ON r.id = s.request_id
         JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id WHERE s.id = $1`,
      [sessionId],
    );
    this.refuseOutsideRegions(user, row);
    return row.request_id;
  }

  private mayChooseStaff(user: AuthUser): void {
    if (user.role !== 'planner' && user.role !== 'admin')
      throw new ForbiddenException('Alleen planners kiezen medewerkers');
  }

  /** 404 for a session that does not exist or lies outside the planner's regions. */
  private refuseOutsideRegions(user: AuthUser, session: { region_id: string } | undefined): void {
    if (!session || (user.role === 'planner' && !user.regionIds.includes(session.region_id))) {
      throw new NotFoundException('Sessie niet gevonden');
    }
  }
}
