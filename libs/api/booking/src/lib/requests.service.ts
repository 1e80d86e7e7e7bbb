import { isoText, preparedRead, UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { PortalClock } from '@halt/api/calendar';
import { type Bind, schoolScopeCondition, scopeSchools } from '@halt/api/organisation';
import { LedgerService } from '@halt/api/packages';
import type { AuthUser } from '@halt/api/security';
import {
  type AssignedStaffDto,
  type BookingRequestDto,
  type BookingRequestSummaryDto,
  NEAR_WINDOW_DAYS,
  type OfferType,
  type Page,
  type PlannerTodayDto,
  type RequestAttention,
  type RequesterKind,
  type RequestState,
} from '@halt/contracts';
import { sessionLifecycle } from '@halt/domain';
import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isOwnRequester, toRequestDto } from './booking-mapper';
import { RequestListQueryDto } from './booking.dto';
import { BookingRequest, RequestTransition } from './entities';
import { BookingWrites } from './write/booking-writes';

interface SummaryRow {
  id: string;
  reference: string;
  status: RequestState;
  /** ISO 8601 in UTC, as `Date.toISOString()` writes it. */
  submitted_at: string | null;
  school_name: string;
  requester_kind: RequesterKind;
  offer_title: string;
  offer_type: OfferType;
  total: number;
  groups: number;
  pupils: number;
  first_window_from: string | null;
  planned: number;
  total_sessions: number;
  replace: number;
  interpreter_language: string | null;
  interpreter_arranged: boolean;
}

/** The SQL condition on session `x` (of request `r`) of each attention filter; `:now` is the portal's clock. */
export const ATTENTION_SQL: Record<RequestAttention, string> = {
  replacement: `x.status IN ('planned', 'confirmed') AND x.planned_end > :now
    AND EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = x.id AND a.absence_id IS NOT NULL)`,
  unstaffed: `x.status IN ('planned', 'confirmed') AND x.planned_start > :now
    AND NOT EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = x.id)`,
  unplanned: `x.status = 'open' AND r.status IN ('submitted', 'approved', 'change_requested')`,
  escalated: `x.status = 'open' AND r.status IN ('submitted', 'approved', 'change_requested')
    AND EXISTS (SELECT 1 FROM reminder_job j
                 WHERE j.request_id = r.id AND j.kind = 'planner_unplanned_escalation' AND j.state = 'done')`,
  week: `x.status IN ('planned', 'confirmed') AND x.planned_start >= :now
    AND x.planned_start < :now::timestamptz + interval '7 days'`,
};

/** School requests: reading them in the user's scope, cancelling, and the gemeente's decision (submitting: RequestSubmissionService). */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: PortalClock,
    private readonly ledger: LedgerService,
    private readonly writes: BookingWrites,
  ) {}

  /** Today in Europe/Amsterdam (or the configured test date). */
  today(): string {
    return this.clock.today();
  }

  /** Now, on the same clock as `today()` (noon of the test date when one is configured). */
  now(): Date {
    return this.clock.now();
  }

  get leadSchoolDays(): number {
    return this.config.leadSchoolDays;
  }

  /**
   * One page of the requests in the user's scope, newest first, in one prepared statement written out (no query
   * builder: the inbox and the lists are the pages read most): the summary's counts come from per-request
   * subqueries over the page's rows only, the total from a window count over the filtered set, and the times as
   * ISO text, so nothing is parsed into a Date and back.
   */
  async list(user: AuthUser, query: RequestListQueryDto): Promise<Page<BookingRequestSummaryDto>> {
    const params: unknown[] = [];
    const bind: Bind = (value) => `$${params.push(value)}`;
    let nowPlaceholder: string | undefined; // the portal's clock, bound once for every part that reads it
    const now = () => (nowPlaceholder ??= bind(this.clock.now().toISOString()));
    const where: string[] = [];
    if (user.role === 'staff') where.push('false'); // staff see their sessions, not requests
    // The requester's own region column: PostgreSQL then filters each part of the view (schools, clubs, partners,
    // gemeenten) by its gemeente's region instead of reading every requester and joining the region afterwards.
    const scope = schoolScopeCondition(user, bind, 's.region_id');
    if (scope) where.push(scope);
    if (query.status) where.push(`r.status = ${bind(query.status)}`);
    if (query.type) where.push(`o.type = ${bind(query.type)}`);
    if (query.regionId) where.push(`s.region_id = ${bind(query.regionId)}`);
    if (query.attention) {
      // Bound only where the condition uses the clock: PostgreSQL refuses a parameter no part of the text uses.
      let condition = ATTENTION_SQL[query.attention];
      if (condition.includes(':now')) condition = condition.replace(/:now/g, now());
      where.push(`EXISTS (SELECT 1 FROM session x WHERE x.request_id = r.id AND ${condition})`);
    }
    if (query.startsWithinDays !== undefined) {
      where.push(
        `(SELECT min(bw.from_date) FROM booking_window bw WHERE bw.request_id = r.id AND bw.superseded_at IS NULL)
           <= (${bind(this.today())}::date + ${bind(query.startsWithinDays)}::int)`,
      );
    }
    const filtered = `FROM booking_request r
        JOIN requester s ON s.id = r.requester_id
        JOIN offer o ON o.id = r.offer_id
       WHERE ${where.length ? where.join(' AND ') : 'true'}`;
    const filterParams = params.length;
    const rows = await preparedRead<SummaryRow>(
      this.dataSource,
      `SELECT p.id, p.reference, p.status, ${isoText('p.submitted_at')} AS submitted_at, p.school_name,
              p.requester_kind, p.offer_title, p.offer_type, p.total, p.interpreter_language, p.interpreter_arranged,
              g.groups, g.pupils, w.first_window_from, se.planned, se.total_sessions, rp.replace
         FROM (SELECT r.id, r.reference, r.status, r.submitted_at, r.created_at, r.interpreter_language,
                      r.interpreter_arranged, s.name AS school_name, s.kind AS requester_kind, o.title AS offer_title,
                      o.type AS offer_type, count(*) OVER ()::int AS total
              ${filtered}
               ORDER BY r.submitted_at DESC, r.created_at DESC, r.id DESC
               OFFSET ${bind((query.page - 1) * query.pageSize)} LIMIT ${bind(query.pageSize)}) p
         CROSS JOIN LATERAL (SELECT count(*)::int AS groups, coalesce(sum(pupil_count), 0)::int AS pupils
                               FROM booking_group WHERE request_id = p.id) g
         CROSS JOIN LATERAL (SELECT coalesce(min(from_date) FILTER (WHERE superseded_at IS NULL), min(from_date))::text
                                    AS first_window_from FROM booking_window WHERE request_id = p.id) w
         CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE planned_start IS NOT NULL AND status <> 'cancelled')::int AS planned,
                                    count(*) FILTER (WHERE status <> 'cancelled')::int AS total_sessions
                               FROM session WHERE request_id = p.id) se
         CROSS JOIN LATERAL (SELECT count(*)::int AS replace FROM session x
                              WHERE x.request_id = p.id AND x.status IN ('planned', 'confirmed')
                                AND x.planned_end > ${now()}
                                AND EXISTS (SELECT 1 FROM session_assignment a
                                             WHERE a.session_id = x.id AND a.absence_id IS NOT NULL)) rp
        ORDER BY p.submitted_at DESC, p.created_at DESC, p.id DESC`,
      params,
    );
    const total =
      rows[0]?.total ?? (query.page > 1 ? await this.countFiltered(filtered, params.slice(0, filterParams)) : 0);
    return {
      items: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        status: r.status,
        schoolName: r.school_name,
        requesterKind: r.requester_kind,
        offerTitle: r.offer_title,
        offerType: r.offer_type,
        groups: r.groups,
        pupils: r.pupils,
        firstWindowFrom: r.first_window_from ?? '',
        submittedAt: r.submitted_at,
        sessionsPlanned: r.planned,
        sessionsTotal: r.total_sessions,
        sessionsNeedingReplacement: r.replace,
        interpreterLanguage: r.interpreter_language,
        interpreterArranged: r.interpreter_arranged,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * What needs the planner today, in one statement over the requests of their regions: each count uses the same
   * condition as the list filter it links to (`ATTENTION_SQL`).
   */
  async plannerToday(user: AuthUser): Promise<PlannerTodayDto> {
    const scoped = this.dataSource
      .createQueryBuilder()
      .select(['r.id AS id', 'r.status AS status'])
      .from('booking_request', 'r')
      .innerJoin('requester', 's', 's.id = r.requester_id');
    scopeSchools(scoped, user, 's.region_id');
    const [scope, scopeParams] = scoped.getQueryAndParameters();
    const n = scopeParams.length;
    const cond = (a: RequestAttention) => ATTENTION_SQL[a].replace(/:now/g, `$${n + 1}`);
    const [row] = await this.dataSource.query(
      `WITH r AS (${scope})
       SELECT (SELECT count(*) FROM r WHERE r.status = 'submitted')::int AS "newRequests",
              (SELECT count(*) FROM r
                WHERE (SELECT min(bw.from_date) FROM booking_window bw
                        WHERE bw.request_id = r.id AND bw.superseded_at IS NULL) <= ($${n + 2}::date + $${n + 3}::int)
                  AND EXISTS (SELECT 1 FROM session x WHERE x.request_id = r.id AND ${cond('unplanned')}))::int
                AS "nearWithUnplanned",
              (SELECT count(*) FROM r JOIN session x ON x.request_id = r.id WHERE ${cond('unstaffed')})::int
                AS "sessionsWithoutStaff",
              (SELECT to_char(min(x.planned_start AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')
                 FROM r JOIN session x ON x.request_id = r.id WHERE ${cond('unstaffed')}) AS "firstWithoutStaff",
              (SELECT count(*) FROM r JOIN session x ON x.request_id = r.id WHERE ${cond('replacement')})::int
                AS "sessionsNeedingReplacement",
              (SELECT count(*) FROM r WHERE EXISTS (SELECT 1 FROM session x WHERE x.request_id = r.id AND ${cond('escalated')}))::int
                AS "escalations",
              (SELECT count(*) FROM r JOIN session x ON x.request_id = r.id WHERE ${cond('week')})::int
                AS "sessionsThisWeek"`,
      [...scopeParams, this.clock.now().toISOString(), this.today(), NEAR_WINDOW_DAYS],
    );
    return row as PlannerTodayDto;
  }

  /** The filtered count when the page asked for lies past the end (its rows carry no window count). */
  private async countFiltered(filtered: string, params: unknown[]): Promise<number> {
    const [row] = await preparedRead<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n ${filtered}`, params);
    return row?.n ?? 0;
  }

  get(user: AuthUser, id: string): Promise<BookingRequestDto> {
    return this.load(this.dataSource.manager, user, id);
  }

  /** Cancels the request and its remaining sessions; within FREE_CANCELLATION_DAYS of a planned session it is late. */
  async cancel(user: AuthUser, id: string, reason: string): Promise<BookingRequestDto> {
    const current = await this.get(user, id); // 404 outside the user's scope
    if (!(user.role === 'admin' || isOwnRequester(user, current.requester))) {
      throw new ForbiddenException('Alleen de aanvrager zelf of Halt-beheer kan deze aanvraag annuleren');
    }
    return this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      const sessions = await this.writes.lockSessions(m, id);
      const late = this.isLate(sessions);
      await m.query(`UPDATE booking_request SET late_cancellation = $2 WHERE id = $1`, [id, late]);
      await this.writes.transitionRequest(m, request, 'cancel', user.id, reason);
      for (const s of sessions.filter((x) => sessionLifecycle.can(x.status, 'cancel'))) {
        await this.writes.transitionSession(m, s, 'cancel', user.id, reason);
      }
      if (request.packageOrderId) {
        // A late cancellation costs the package its credits (the cancellation policy); otherwise they return.
        if (late) {
          await this.ledger.consume(m, request.packageOrderId, id, undefined, user.id, `Late annulering: ${reason}`);
        } else {
          await this.ledger.release(m, request.packageOrderId, id, user.id, `Geannuleerd: ${reason}`);
        }
      }
      return this.load(m, user, id);
    });
  }

  /** True when one of these sessions is planned within FREE_CANCELLATION_DAYS from now (the cancellation is late). */
  isLate(sessions: readonly { plannedStart: Date | null; status: string }[]): boolean {
    const lateBefore = this.now().getTime() + this.config.freeCancellationDays * 86_400_000;
    return sessions.some((s) => s.plannedStart && s.status !== 'cancelled' && s.plannedStart.getTime() <= lateBefore);
  }

  /**
   * The gemeente decides on a request funded by one of its packages (or Halt does): approving lets it be
   * planned; rejecting (with a reason) cancels its sessions and releases its credits.
   */
  async decide(
    user: AuthUser,
    id: string,
    decision: 'approve' | 'reject',
    reason?: string,
  ): Promise<BookingRequestDto> {
    await this.get(user, id); // 404 outside the user's scope
    return this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      const [order] = request.packageOrderId
        ? await m.query(`SELECT municipality_id FROM package_order WHERE id = $1`, [request.packageOrderId])
        : [];
      const mayDecide =
        user.role === 'admin' || (user.role === 'gemeente' && !!order && order.municipality_id === user.municipalityId);
      if (!mayDecide) {
        throw new ForbiddenException('Alleen de gemeente van het pakket (of Halt) beslist over deze aanvraag');
      }
      await this.writes.transitionRequest(m, request, decision, user.id, reason);
      if (decision === 'reject') {
        const sessions = await this.writes.lockSessions(m, id);
        for (const s of sessions.filter((x) => sessionLifecycle.can(x.status, 'cancel'))) {
          await this.writes.transitionSession(m, s, 'cancel', user.id, reason);
        }
        if (request.packageOrderId) {
          await this.ledger.release(m, request.packageOrderId, id, user.id, `Afgewezen: ${reason ?? ''}`.trim());
        }
      }
      return this.load(m, user, id);
    });
  }

  /**
   * Requests the user may see: a school, club or wijkpartner its own, a gemeente those of its schools, clubs and
   * partners and its own, planners their regions' (by the requester's gemeente), admins all.
   */
  private scoped(m: EntityManager, user: AuthUser) {
    const qb = m
      .getRepository(BookingRequest)
      .createQueryBuilder('r')
      .innerJoin('requester', 's', 's.id = r.requester_id')
      .innerJoin('municipality', 'm', 'm.id = s.municipality_id')
      .innerJoinAndSelect('r.offer', 'o');
    if (user.role === 'staff') return qb.andWhere('false'); // staff see their sessions, not requests
    return scopeSchools(qb, user);
  }

  /** A request as the user may see it (404 outside their scope), read on `m` (inside a unit of work: its connection). */
  async load(m: EntityManager, user: AuthUser, id: string): Promise<BookingRequestDto> {
    const request = await this.scoped(m, user)
      .leftJoinAndSelect('r.groups', 'g')
      .leftJoinAndSelect('r.windows', 'w')
      .leftJoinAndSelect('r.sessions', 'se')
      .leftJoinAndSelect('se.group', 'sg')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!request) throw new NotFoundException('Aanvraag niet gevonden');
    const [requester] = await m.query(`SELECT name FROM requester WHERE id = $1`, [request.requesterId]);
    request.requesterName = requester?.name ?? '';
    const timeline = await m.getRepository(RequestTransition).find({ where: { requestId: id }, order: { id: 'ASC' } });
    const [order] = request.packageOrderId
      ? await m.query(`SELECT name FROM package_order WHERE id = $1`, [request.packageOrderId])
      : [];
    const assigned: {
      session_id: string;
      staff_id: string;
      name: string;
      pinned: boolean;
      travel_minutes: number;
      unavailable: boolean;
    }[] = await m.query(
      `SELECT a.session_id, a.staff_id, sm.name, a.pinned, a.travel_minutes, a.absence_id IS NOT NULL AS unavailable
           FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id
           JOIN session s ON s.id = a.session_id WHERE s.request_id = $1 ORDER BY sm.name`,
      [id],
    );
    const staff = new Map<string, AssignedStaffDto[]>();
    for (const a of assigned) {
      const list = staff.get(a.session_id) ?? [];
      list.push({
        staffId: a.staff_id,
        name: a.name,
        pinned: a.pinned,
        travelMinutes: a.travel_minutes,
        unavailable: a.unavailable,
      });
      staff.set(a.session_id, list);
    }
    return toRequestDto(request, timeline, user, order?.name ?? null, staff);
  }
}
