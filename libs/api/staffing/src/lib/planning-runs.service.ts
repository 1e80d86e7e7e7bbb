import { UnitOfWork } from '@halt/api/database';
import { BookingWrites, SessionsService } from '@halt/api/booking';
import { JOBS, planningRunJobId, QueueRegistry, QUEUES } from '@halt/api/queue';
import type { AuthUser } from '@halt/api/security';
import type { PlanChangeDto, PlanningRunDto, PlanningRunState } from '@halt/contracts';
import { autoPlanAsync, type PlannedAssignment, zonedDateTimeToInstant } from '@halt/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchingService } from './matching.service';
import { PlanningProblemService } from './planning-problem.service';
import { SessionAssignments } from './session-assignments';
import { CreatePlanningRunDto } from './staffing.dto';

/** What a run stores once proposed: the new assignments, what they change, and the plan they were made on. */
interface Proposal {
  assignments: PlannedAssignment[];
  changes: PlanChangeDto[];
  unplanned: { sessionId: string; label: string; reasons: string[] }[];
  summary: NonNullable<PlanningRunDto['summary']>;
  /** Per session: status and planned start when the proposal was made; applying checks nothing moved. */
  basis: Record<string, { status: string; plannedStart: string | null; assigned: number }>;
}

interface RunRow {
  id: string;
  region_id: string;
  region_name: string;
  from_date: string;
  to_date: string;
  seed: number;
  time_limit_ms: number;
  state: PlanningRunState;
  progress: number;
  proposal: Proposal | null;
  conflicts: string[] | null;
  error: string | null;
  created_at: Date;
}

/**
 * Auto-planner runs: a planner asks for a region and period; a BullMQ job runs the pure auto-planner on the
 * data of that moment and stores a proposal; the planner reviews the changes and applies them in one
 * transaction — or, when something changed meanwhile, gets the conflicts and nothing is applied.
 */
/** A running plan's progress is stored at most this often. */
const PROGRESS_WRITE_MS = 500;

@Injectable()
export class PlanningRunsService {
  private readonly log = new Logger('PlanningRuns');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly problems: PlanningProblemService,
    private readonly matching: MatchingService,
    private readonly queues: QueueRegistry,
    private readonly writes: BookingWrites,
    private readonly sessions: SessionsService,
    private readonly assignments: SessionAssignments,
  ) {}

  async create(user: AuthUser, dto: CreatePlanningRunDto): Promise<PlanningRunDto> {
    this.mayPlan(user, dto.regionId);
    if (dto.to < dto.from) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'to', message: 'moet op of na de begindatum liggen' }],
      });
    }
    const [row] = await this.uow.run((m) =>
      m.query(
        `INSERT INTO planning_run (region_id, from_date, to_date, seed, time_limit_ms, state, created_by)
         VALUES ($1, $2, $3, $4, $5, 'queued', $6) RETURNING id`,
        [dto.regionId, dto.from, dto.to, dto.seed ?? 1, (dto.timeLimitSeconds ?? 10) * 1000, user.id],
      ),
    );
    await this.queues
      .queue(QUEUES.planning)
      .add(JOBS.planning.autoPlan, { runId: row.id }, { jobId: planningRunJobId(row.id), attempts: 2 });
    return this.get(user, row.id);
  }

  async list(user: AuthUser, regionId?: string): Promise<PlanningRunDto[]> {
    if (user.role !== 'planner' && user.role !== 'admin') throw new ForbiddenException('Alleen planners');
    const regions = regionId ? [regionId] : user.role === 'planner' ? user.regionIds : null;
    if (regionId) this.mayPlan(user, regionId);
    const rows: RunRow[] = await this.dataSource.query(
      `${RUN_SELECT} ${regions ? 'WHERE pr.region_id = ANY($1::uuid[])' : ''} ORDER BY pr.created_at DESC LIMIT 20`,
      regions ? [regions] : [],
    );
    return rows.map(toDto);
  }

  async get(user: AuthUser, id: string): Promise<PlanningRunDto> {
    const row = await this.row(id);
    if (!row || (user.role !== 'admin' && !(user.role === 'planner' && user.regionIds.includes(row.region_id)))) {
      throw new NotFoundException('Planningsronde niet gevonden');
    }
    return toDto(row);
  }

  /** The job: runs the auto-planner and stores its proposal (called by the worker). */
  async execute(runId: string): Promise<void> {
    const run = await this.row(runId);
    if (!run || run.state !== 'queued') return; // already done by an earlier attempt
    await this.progress(runId, 'running', 10);
    try {
      const started = Date.now();
      const { problem, labels, staffNames } = await this.problems.forRegion(run.region_id, run.from_date, run.to_date);
      await this.progress(runId, 'running', 30);
      // 30 % once the problem is loaded, then with the search's own progress up to 90 %, stored at most twice a
      // second; the search gives the event loop back every 100 ms, so these writes (and requests) go on meanwhile.
      let stored = 30;
      let lastWrite = 0;
      let writes: Promise<void> = Promise.resolve();
      const result = await autoPlanAsync(problem, {
        seed: run.seed,
        timeLimitMs: run.time_limit_ms,
        onProgress: (p) => {
          const percent = 30 + Math.floor(60 * p.fraction);
          if (percent <= stored || Date.now() - lastWrite < PROGRESS_WRITE_MS) return;
          stored = percent;
          lastWrite = Date.now();
          writes = writes.then(() => this.progress(runId, 'running', percent)).catch(() => undefined);
        },
      });
      await writes;
      await this.progress(runId, 'running', 90);
      const existing = new Map((problem.assignments ?? []).map((a) => [a.sessionId, a]));
      const fresh = result.assignments.filter((a) => !a.pinned);
      const names = (ids: readonly string[]) => ids.map((x) => staffNames.get(x) ?? x);
      const basis: Proposal['basis'] = {};
      const changes: PlanChangeDto[] = fresh.map((a) => {
        const label = labels.get(a.sessionId);
        const fixed = problem.sessions.find((s) => s.id === a.sessionId)?.proposedStart;
        const before = existing.get(a.sessionId);
        basis[a.sessionId] = {
          status: label?.status ?? 'open',
          plannedStart:
            label?.status === 'open'
              ? null
              : fixed
                ? zonedDateTimeToInstant(fixed.date, fixed.time).toISOString()
                : null,
          assigned: before ? before.staffIds.length : 0,
        };
        return {
          sessionId: a.sessionId,
          requestReference: label?.reference ?? '',
          schoolName: label?.schoolName ?? '',
          label: label?.label ?? '',
          before:
            label?.status !== 'open' && fixed
              ? { date: fixed.date, start: fixed.time, staff: before ? names(before.staffIds) : [] }
              : null,
          after: { date: a.date, start: a.start, end: a.end, staff: names(a.staffIds) },
        };
      });
      const toPlan = new Set(problem.sessions.filter((s) => !existing.has(s.id)).map((s) => s.id));
      const proposal: Proposal = {
        assignments: fresh,
        changes,
        unplanned: result.unplanned
          .filter((u) => toPlan.has(u.sessionId))
          .map((u) => ({
            sessionId: u.sessionId,
            label: `${labels.get(u.sessionId)?.reference ?? ''} ${labels.get(u.sessionId)?.label ?? ''}`.trim(),
            reasons: u.reasons.map((r) => r.message),
          })),
        summary: {
          sessions: toPlan.size,
          planned: fresh.length,
          unplanned: result.unplanned.filter((u) => toPlan.has(u.sessionId)).length,
          objective: Math.round(result.objective.total * 10) / 10,
          seconds: Math.round((Date.now() - started) / 100) / 10,
        },
        basis,
      };
      await this.setRun(runId, { state: 'proposed', progress: 100, proposal: JSON.stringify(proposal) });
      this.log.log(`run ${runId}: ${fresh.length} of ${toPlan.size} sessions planned`);
    } catch (error) {
      await this.setRun(runId, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /**
   * Applies a proposal in one unit of work: the proposal's specialists are locked first, then each session (with
   * its request, in request order) through the booking area's write path, which gives open sessions their time
   * and lets their requests follow; the database derives the occupied ranges and refuses double bookings. If
   * anything the proposal was based on changed, nothing is applied and the run is `conflicted` (409 with the list).
   */
  async apply(user: AuthUser, id: string): Promise<PlanningRunDto> {
    const run = await this.get(user, id);
    const row = (await this.row(id)) as RunRow;
    if (run.state !== 'proposed' || !row.proposal) {
      throw new ConflictException({
        message: 'Alleen een voorstel kan worden toegepast',
        conflict: { state: run.state },
      });
    }
    const proposal = row.proposal;
    const conflicts: string[] = [];
    try {
      await this.uow.run(async (m) => {
        conflicts.length = 0; // a retried attempt starts afresh
        const [locked] = await m.query(`SELECT state FROM planning_run WHERE id = $1 FOR UPDATE`, [id]);
        if (locked.state !== 'proposed') {
          throw new ConflictException({ message: 'Dit voorstel is al verwerkt', conflict: { state: locked.state } });
        }
        // The proposal's specialists, and any an absence took off these sessions (their assignment goes).
        const absent: { staff_id: string }[] = await m.query(
          `SELECT staff_id FROM session_assignment WHERE session_id = ANY($1::uuid[]) AND absence_id IS NOT NULL`,
          [proposal.assignments.map((a) => a.sessionId)],
        );
        await this.assignments.lockStaff(m, [
          ...proposal.assignments.flatMap((a) => a.staffIds),
          ...absent.map((x) => x.staff_id),
        ]);
        const order: { id: string }[] = await m.query(
          `SELECT id FROM session WHERE id = ANY($1::uuid[]) ORDER BY request_id, id`,
          [proposal.assignments.map((a) => a.sessionId)],
        );
        for (const { id: sessionId } of order) {
          const a = proposal.assignments.find((x) => x.sessionId === sessionId) as PlannedAssignment;
          const change = proposal.changes.find((c) => c.sessionId === sessionId);
          const what = change ? `${change.requestReference} ${change.label}` : sessionId;
          const { session } = await this.writes.lockSession(m, sessionId);
          const basis = proposal.basis[sessionId];
          // As the proposal counted them: a specialist an absence took off the session is not on it.
          const assigned = await this.assignments.availableCount(m, sessionId);
          const plannedStart = session.plannedStart?.toISOString() ?? null;
          if (session.status !== basis.status || plannedStart !== basis.plannedStart || assigned !== basis.assigned) {
            conflicts.push(`${what}: is intussen gewijzigd (${session.status})`);
            continue;
          }
          const start = zonedDateTimeToInstant(a.date, a.start);
          const end = new Date(start.getTime() + session.durationMinutes * 60_000);
          if (session.status === 'open')
            await this.sessions.setTime(m, user.id, sessionId, start, 'Automatisch gepland');
          const travel = await this.matching.travelMinutes(m, sessionId, a.staffIds);
          const staff = a.staffIds.map((staffId) => ({
            staffId,
            travelMinutes: travel.get(staffId) ?? 0,
            pinned: false,
          }));
          try {
            await this.assignments.replace(m, sessionId, { start, end }, staff, user.id);
            await this.writes.staffChanged(m, sessionId);
          } catch (e) {
            if (!(e instanceof ConflictException)) throw e;
            conflicts.push(`${what}: ${(e.getResponse() as { message: string }).message}`);
          }
        }
        if (conflicts.length) throw new ConflictException({ message: 'Het voorstel is niet toegepast', conflicts });
        await m.query(`UPDATE planning_run SET state = 'applied', updated_at = now() WHERE id = $1`, [id]);
      });
    } catch (error) {
      if (error instanceof ConflictException && conflicts.length) {
        await this.uow.run((m) =>
          m.query(`UPDATE planning_run SET state = 'conflicted', conflicts = $2, updated_at = now() WHERE id = $1`, [
            id,
            JSON.stringify(conflicts),
          ]),
        );
        throw new ConflictException({
          message: `Het voorstel is niet toegepast: ${conflicts.length} sessie(s) zijn intussen gewijzigd`,
          conflicts,
          conflict: { run: id, conflicts },
        });
      }
      throw error;
    }
    return this.get(user, id);
  }

  /** The worker's bookkeeping of a run (state, progress, proposal or error), as the auto-planner job. */
  private async setRun(
    id: string,
    change: { state: PlanningRunState; progress?: number; proposal?: string; error?: string },
  ): Promise<void> {
    await this.uow.run(
      (m) =>
        m.query(
          `UPDATE planning_run SET state = $2, progress = coalesce($3, progress), proposal = coalesce($4::jsonb, proposal),
                  error = coalesce($5, error), updated_at = now() WHERE id = $1`,
          [id, change.state, change.progress ?? null, change.proposal ?? null, change.error ?? null],
        ),
      { actor: { kind: 'system', name: 'auto-planner' } },
    );
  }

  private async progress(id: string, state: PlanningRunState, progress: number): Promise<void> {
    await this.setRun(id, { state, progress });
  }

  private async row(id: string): Promise<RunRow | undefined> {
    const [row] = await this.dataSource.query(`${RUN_SELECT} WHERE pr.id = $1`, [id]);
    return row;
  }

  private mayPlan(user: AuthUser, regionId: string): void {
    if (user.role === 'admin') return;
    if (user.role !== 'planner' || !user.regionIds.includes(regionId)) {
      throw new ForbiddenException('U plant alleen in uw eigen regio’s');
    }
  }
}

const RUN_SELECT = `
  SELECT pr.id, pr.region_id, rg.name AS region_name, to_char(pr.from_date, 'YYYY-MM-DD') AS from_date,
         to_char(pr.to_date, 'YYYY-MM-DD') AS to_date, pr.seed, pr.time_limit_ms, pr.state, pr.progress, pr.proposal,
         pr.conflicts, pr.error, pr.created_at
    FROM planning_run pr JOIN region rg ON rg.id = pr.region_id`;

function toDto(r: RunRow): PlanningRunDto {
  return {
    id: r.id,
    regionId: r.region_id,
    regionName: r.region_name,
    from: r.from_date,
    to: r.to_date,
    state: r.state,
    progress: r.progress,
    createdAt: new Date(r.created_at).toISOString(),
    summary: r.proposal?.summary ?? null,
    changes: r.proposal?.changes ?? [],
    unplanned: r.proposal?.unplanned ?? [],
    conflicts: r.conflicts ?? [],
    error: r.error,
  };
}
