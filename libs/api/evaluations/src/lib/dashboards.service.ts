import { UnitOfWork } from '@halt/api/database';
import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type {
  AgeingBucketDto,
  AnnualTargetDto,
  DashboardPeriod,
  EvaluationOutcome,
  GemeenteDashboardDto,
  HaltDashboardDto,
  OfferScoreDto,
  OfferType,
  OutcomeScores,
  ProgrammeFilter,
  SchoolDashboardDto,
} from '@halt/contracts';
import { addDays, isLocalDate } from '@halt/domain';
import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PeriodQueryDto } from './evaluations.dto';

interface ScoreRow {
  key: string;
  outcome: EvaluationOutcome;
  answers: number;
  total: number;
}

/** One offer's sessions and, per outcome, its summed score counters (outcome null: no answers at all). */
interface OfferScoreRow {
  offer_id: string;
  offer: string;
  offer_type: OfferType;
  outcome: EvaluationOutcome | null;
  sessions: number;
  answers: number;
  total: number;
}

/** Rounds an average score to one decimal. */
const average = (total: number, answers: number) => Math.round((total / answers) * 10) / 10;

/** Folds per-outcome counters into averages per key (a session, an offer, an order-and-school). */
function scoresByKey(rows: ScoreRow[]): Map<string, OutcomeScores> {
  const out = new Map<string, OutcomeScores>();
  for (const r of rows) {
    const scores = out.get(r.key) ?? {};
    scores[r.outcome] = { average: average(r.total, r.answers), answers: r.answers };
    out.set(r.key, scores);
  }
  return out;
}

/**
 * A school sees a session's pupil (or parent) scores only from this many answers on: with fewer, a teacher who
 * watched the class answer could tell whose scores they are. The teacher's own scores are always shown.
 */
export const MIN_ANONYMOUS_ANSWERS = 5;

/**
 * SQL that keeps the rows of one programme: `order` is the package order's programme column (null for unfunded
 * work), `param` the filter (null: everything; 'none': outside every programme).
 */
export const programmeCondition = (column: string, param: string) =>
  `(${param}::text IS NULL OR ${column} IS NOT DISTINCT FROM nullif(${param}::text, 'none'))`;

/** The programme of a request's funding package (null when it is paid by the school or has no programme). */
const REQUEST_PROGRAMME = `(SELECT po.programme FROM package_order po WHERE po.id = r.package_order_id)`;

const AGEING_BUCKETS: [string, number, number][] = [
  ['0-13', 0, 13],
  ['14-27', 14, 27],
  ['28-55', 28, 55],
  ['56+', 56, Number.MAX_SAFE_INTEGER],
];

/**
 * The figures of the dashboards, read from the delivered sessions (by the day they took place, indexed) and
 * the per-session score counters, so no query scans the answers themselves. Each role sees only its own:
 * Halt-beheer everything, planners their regions, a gemeente its orders, a school its sessions.
 */
@Injectable()
export class DashboardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: PortalClock,
  ) {}

  /** The period asked for, or this calendar year; refused when it runs backwards or spans more than 5 years. */
  period(q: PeriodQueryDto): DashboardPeriod {
    const year = this.clock.today().slice(0, 4);
    const from = q.from ?? `${year}-01-01`;
    const to = q.to ?? `${year}-12-31`;
    const errors = [];
    if (!isLocalDate(from)) errors.push({ field: 'from', message: 'bestaat niet' });
    if (!isLocalDate(to)) errors.push({ field: 'to', message: 'bestaat niet' });
    if (!errors.length && to < from) errors.push({ field: 'to', message: 'ligt voor de begindatum' });
    if (!errors.length && to > addDays(from, 5 * 366))
      errors.push({ field: 'to', message: 'een periode is hoogstens 5 jaar' });
    if (errors.length) throw new BadRequestException({ message: 'Controleer de periode', errors });
    return { from, to };
  }

  async halt(user: AuthUser, period: DashboardPeriod, programme?: ProgrammeFilter): Promise<HaltDashboardDto> {
    if (user.role !== 'admin' && user.role !== 'planner') {
      throw new ForbiddenException('Het Halt-dashboard is er voor Halt-beheer en planners');
    }
    const regions = user.role === 'planner' ? user.regionIds : null;
    const params = [period.from, period.to, regions, programme ?? null];
    const base = `FROM session se JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
                  JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
                 WHERE se.delivered_on BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR mu.region_id = ANY($3))
                   AND ${programmeCondition(REQUEST_PROGRAMME, '$4')}`;
    const [facts, schools, scores, ageing, targets] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(se.delivered_on, 'YYYY-MM') AS month, o.type AS offer_type, mu.region_id, rg.name AS region,
                count(*) FILTER (WHERE se.status = 'delivered')::int AS sessions,
                count(*) FILTER (WHERE se.status = 'no_show')::int AS no_shows,
                coalesce(sum(se.pupils_reached) FILTER (WHERE se.status = 'delivered'), 0)::int AS pupils,
                coalesce(sum(c.answers + c.teacher_answered::int), 0)::int AS responses
           ${base.replace('JOIN municipality mu ON mu.id = sc.municipality_id', 'JOIN municipality mu ON mu.id = sc.municipality_id JOIN region rg ON rg.id = mu.region_id LEFT JOIN evaluation_code c ON c.session_id = se.id')}
          GROUP BY 1, 2, 3, 4`,
        params,
      ) as Promise<
        {
          month: string;
          offer_type: OfferType;
          region_id: string;
          region: string;
          sessions: number;
          no_shows: number;
          pupils: number;
          responses: number;
        }[]
      >,
      this.dataSource.query(
        `SELECT count(DISTINCT r.school_id)::int AS schools,
                count(DISTINCT r.school_id) FILTER (WHERE o.type = 'halt-jrb')::int AS halt_jrb
           ${base} AND se.status = 'delivered'`,
        params,
      ) as Promise<{ schools: number; halt_jrb: number }[]>,
      this.offerScores(`${base} AND se.status = 'delivered'`, params),
      this.dataSource.query(
        `SELECT (($5::date - (r.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date))::int AS age, count(*)::int AS requests
           FROM booking_request r JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
          WHERE r.status IN ('submitted', 'approved', 'change_requested') AND r.submitted_at IS NOT NULL
            AND ($3::uuid[] IS NULL OR mu.region_id = ANY($3)) AND ${programmeCondition(REQUEST_PROGRAMME, '$4')}
            AND EXISTS (SELECT 1 FROM session se WHERE se.request_id = r.id AND se.status = 'open')
            AND $1::date IS NOT NULL AND $2::date IS NOT NULL
          GROUP BY 1`,
        [...params, this.clock.today()],
      ) as Promise<{ age: number; requests: number }[]>,
      this.dataSource.query(`SELECT pupils, halt_jrb_schools FROM annual_target WHERE year = $1`, [
        Number(period.to.slice(0, 4)),
      ]) as Promise<{ pupils: number; halt_jrb_schools: number }[]>,
    ]);

    const sum = <K extends string>(key: (f: (typeof facts)[number]) => K) => {
      const m = new Map<K, { sessions: number; pupils: number }>();
      for (const f of facts) {
        const v = m.get(key(f)) ?? { sessions: 0, pupils: 0 };
        v.sessions += f.sessions;
        v.pupils += f.pupils;
        m.set(key(f), v);
      }
      return m;
    };
    const pupils = facts.reduce((s, f) => s + f.pupils, 0);
    const target = targets[0] ?? { pupils: 0, halt_jrb_schools: 0 };
    const regionNames = new Map(facts.map((f) => [f.region_id, f.region]));
    return {
      period,
      totals: {
        sessions: facts.reduce((s, f) => s + f.sessions, 0),
        pupils,
        schools: schools[0]?.schools ?? 0,
        responses: facts.reduce((s, f) => s + f.responses, 0),
        noShows: facts.reduce((s, f) => s + f.no_shows, 0),
      },
      targets: {
        pupils: target.pupils,
        pupilsShare: target.pupils ? Math.round((pupils / target.pupils) * 1000) / 1000 : 0,
        haltJrbSchools: schools[0]?.halt_jrb ?? 0,
        haltJrbSchoolsTarget: target.halt_jrb_schools,
      },
      perMonth: [...sum((f) => f.month)]
        .map(([month, v]) => ({ month, ...v }))
        .sort((a, b) => a.month.localeCompare(b.month)),
      perOfferType: [...sum((f) => f.offer_type)]
        .map(([offerType, v]) => ({ offerType, ...v }))
        .sort((a, b) => b.pupils - a.pupils),
      perRegion: [...sum((f) => f.region_id)]
        .map(([regionId, v]) => ({ regionId, region: regionNames.get(regionId) ?? '', ...v }))
        .sort((a, b) => a.region.localeCompare(b.region, 'nl')),
      scoresPerOffer: scores,
      unplannedAgeing: AGEING_BUCKETS.map(([bucket, lo, hi]): AgeingBucketDto => ({
        bucket,
        requests: ageing.filter((a) => a.age >= lo && a.age <= hi).reduce((s, a) => s + a.requests, 0),
      })),
    };
  }

  async targets(): Promise<AnnualTargetDto[]> {
    const rows: { year: number; pupils: number; halt_jrb_schools: number }[] = await this.dataSource.query(
      `SELECT year, pupils, halt_jrb_schools FROM annual_target ORDER BY year`,
    );
    return rows.map((r) => ({ year: r.year, pupils: r.pupils, haltJrbSchools: r.halt_jrb_schools }));
  }

  /** Sets (or adds) the targets of a calendar year. */
  async setTarget(year: number, pupils: number, haltJrbSchools: number): Promise<AnnualTargetDto> {
    await this.uow.run(async (m) => {
      await m.query(
        `INSERT INTO annual_target (year, pupils, halt_jrb_schools) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET pupils = EXCLUDED.pupils, halt_jrb_schools = EXCLUDED.halt_jrb_schools,
                                        updated_at = now()`,
        [year, pupils, haltJrbSchools],
      );
    });
    return { year, pupils, haltJrbSchools };
  }

  /**
   * A gemeente's orders per school: sessions ordered (not cancelled, taking place in the period or not yet
   * planned) against delivered in the period, pupils reached and the evaluation scores.
   */
  async gemeente(
    user: AuthUser,
    period: DashboardPeriod,
    municipalityId?: string,
    programme?: ProgrammeFilter,
  ): Promise<GemeenteDashboardDto> {
    let municipality: string | null;
    if (user.role === 'gemeente') municipality = user.municipalityId ?? null;
    else if (user.role === 'admin') municipality = municipalityId ?? null;
    else throw new ForbiddenException('Het gemeentedashboard is er voor gemeenten en Halt-beheer');
    if (user.role === 'gemeente' && !municipality) throw new ForbiddenException('Geen gemeente bij dit account');
    return this.gemeenteFigures(period, municipality, programme);
  }

  /**
   * The gemeente dashboard's figures of one gemeente (null: all), read without a check of who asks: the callers
   * (`gemeente`, the council report) check that first.
   */
  async gemeenteFigures(
    period: DashboardPeriod,
    municipality: string | null,
    programme?: ProgrammeFilter,
  ): Promise<GemeenteDashboardDto> {
    // One statement: the sessions of the gemeente's orders are read once (from covering indexes on the orders'
    // requests and their sessions), then counted per order and school, and their score counters summed per
    // order-and-school and per offer. Rows with the same order and school name come in the order of their ids.
    const [{ order_rows: rows, scores: scoreRows, offers: offerRows }]: {
      order_rows: {
        order_id: string;
        order_name: string;
        school_id: string;
        school: string;
        ordered: number;
        delivered: number;
        pupils: number;
        responses: number;
      }[];
      scores: ScoreRow[];
      offers: OfferScoreRow[];
    }[] = await this.dataSource.query(
      `WITH s AS MATERIALIZED (
         SELECT r.package_order_id AS order_id, r.requester_id AS school_id, r.offer_id, se.id, se.status, se.pupils_reached,
                se.status <> 'cancelled' AND coalesce(se.delivered_on, (se.planned_start AT TIME ZONE 'Europe/Amsterdam')::date,
                                                      se.window_from) BETWEEN $1 AND $2 AS ordered,
                se.delivered_on BETWEEN $1 AND $2 AS in_period
           FROM package_order po JOIN booking_request r ON r.package_order_id = po.id JOIN session se ON se.request_id = r.id
          WHERE ($3::uuid IS NULL OR po.municipality_id = $3) AND ${programmeCondition('po.programme', '$4')}),
       d AS MATERIALIZED (SELECT s.id, s.order_id, s.school_id, s.offer_id FROM s WHERE s.status = 'delivered' AND s.in_period),
       sc AS MATERIALIZED (
         SELECT d.order_id, d.school_id, d.offer_id, es.audience, es.outcome, es.answers, es.total
           FROM d JOIN evaluation_score es ON es.session_id = d.id)
       SELECT
         (SELECT coalesce(json_agg(x ORDER BY x.order_name, x.school, x.order_id, x.school_id), '[]')
            FROM (SELECT g.order_id, po.name AS order_name, g.school_id, rq.name AS school, g.ordered, g.delivered, g.pupils,
                         g.responses
                    FROM (SELECT order_id, school_id, count(*) FILTER (WHERE ordered)::int AS ordered,
                                 count(*) FILTER (WHERE status = 'delivered' AND in_period)::int AS delivered,
                                 coalesce(sum(pupils_reached) FILTER (WHERE status = 'delivered' AND in_period), 0)::int AS pupils,
                                 coalesce(sum((SELECT c.answers + c.teacher_answered::int FROM evaluation_code c
                                                WHERE c.session_id = s.id)) FILTER (WHERE in_period), 0)::int AS responses
                            FROM s GROUP BY order_id, school_id HAVING count(*) FILTER (WHERE ordered) > 0) g
                    JOIN package_order po ON po.id = g.order_id JOIN requester rq ON rq.id = g.school_id) x) AS order_rows,
         (SELECT coalesce(json_agg(y ORDER BY y.key, y.outcome), '[]')
            FROM (SELECT order_id || '/' || school_id AS key, outcome, sum(answers)::int AS answers, sum(total)::int AS total
                    FROM sc GROUP BY order_id, school_id, outcome) y) AS scores,
         (SELECT coalesce(json_agg(z ORDER BY z.offer, z.offer_id, z.outcome), '[]')
            FROM (SELECT o.id AS offer_id, o.title AS offer, o.type AS offer_type, x.sessions, y.outcome,
                         coalesce(y.answers, 0)::int AS answers, coalesce(y.total, 0)::int AS total
                    FROM (SELECT offer_id, count(*)::int AS sessions FROM d GROUP BY offer_id) x
                    JOIN offer o ON o.id = x.offer_id
                    LEFT JOIN (SELECT offer_id, outcome, sum(answers) AS answers, sum(total) AS total FROM sc
                                GROUP BY offer_id, outcome) y ON y.offer_id = x.offer_id) z) AS offers`,
      [period.from, period.to, municipality, programme ?? null],
    );
    const offerScores = toOfferScores(offerRows);
    const scores = scoresByKey(scoreRows);
    const mapped = rows.map((r) => ({
      orderId: r.order_id,
      orderName: r.order_name,
      schoolId: r.school_id,
      school: r.school,
      sessionsOrdered: r.ordered,
      sessionsDelivered: r.delivered,
      pupils: r.pupils,
      responses: r.responses,
      scores: scores.get(`${r.order_id}/${r.school_id}`) ?? {},
    }));
    return {
      period,
      totals: {
        sessionsOrdered: mapped.reduce((s, r) => s + r.sessionsOrdered, 0),
        sessionsDelivered: mapped.reduce((s, r) => s + r.sessionsDelivered, 0),
        pupils: mapped.reduce((s, r) => s + r.pupils, 0),
        responses: mapped.reduce((s, r) => s + r.responses, 0),
      },
      rows: mapped,
      scoresPerOffer: offerScores,
    };
  }

  /** A school's own delivered (and no-show) sessions in the period, with their evaluations. */
  async school(user: AuthUser, period: DashboardPeriod): Promise<SchoolDashboardDto> {
    if (user.role !== 'school' || !user.schoolId) throw new ForbiddenException('Dit overzicht is er voor scholen');
    const params = [period.from, period.to, user.schoolId];
    const base = `FROM session se JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
                 WHERE r.school_id = $3 AND se.delivered_on BETWEEN $1 AND $2`;
    const [rows, scoreRows, offerScores] = await Promise.all([
      this.dataSource.query(
        `SELECT se.id, se.request_id, r.reference, o.title AS offer, o.type AS offer_type, g.name AS group_name,
                se.delivered_on::text AS date, se.status, coalesce(se.pupils_reached, 0) AS pupils,
                coalesce(c.answers, 0) + coalesce(c.teacher_answered::int, 0) AS responses,
                coalesce(c.teacher_answered, false) AS teacher_answered
           ${base.replace('JOIN offer o ON o.id = r.offer_id', 'JOIN offer o ON o.id = r.offer_id LEFT JOIN booking_group g ON g.id = se.group_id LEFT JOIN evaluation_code c ON c.session_id = se.id')}
          ORDER BY se.delivered_on DESC, r.reference, se.sequence`,
        params,
      ) as Promise<
        {
          id: string;
          request_id: string;
          reference: string;
          offer: string;
          offer_type: OfferType;
          group_name: string | null;
          date: string;
          status: 'delivered' | 'no_show';
          pupils: number;
          responses: number;
          teacher_answered: boolean;
        }[]
      >,
      this.dataSource.query(
        `SELECT es.session_id::text AS key, es.outcome, sum(es.answers)::int AS answers, sum(es.total)::int AS total
           FROM evaluation_score es JOIN session se ON se.id = es.session_id JOIN booking_request r ON r.id = se.request_id
          WHERE r.school_id = $3 AND se.delivered_on BETWEEN $1 AND $2
            AND (es.audience = 'teacher' OR es.answers >= $4)
          GROUP BY 1, 2`,
        [...params, MIN_ANONYMOUS_ANSWERS],
      ) as Promise<ScoreRow[]>,
      this.offerScores(`${base} AND se.status = 'delivered'`, params, MIN_ANONYMOUS_ANSWERS),
    ]);
    const scores = scoresByKey(scoreRows);
    const sessions = rows.map((r) => ({
      sessionId: r.id,
      requestId: r.request_id,
      reference: r.reference,
      offer: r.offer,
      offerType: r.offer_type,
      groupName: r.group_name,
      date: r.date,
      status: r.status,
      pupils: Number(r.pupils),
      responses: Number(r.responses),
      teacherAnswered: r.teacher_answered,
      scores: scores.get(r.id) ?? {},
    }));
    return {
      period,
      totals: {
        sessions: sessions.filter((s) => s.status === 'delivered').length,
        pupils: sessions.reduce((s, r) => s + r.pupils, 0),
        responses: sessions.reduce((s, r) => s + r.responses, 0),
      },
      sessions,
      scoresPerOffer: offerScores,
    };
  }

  /**
   * Average scores per offer over the sessions `from` selects (a FROM … WHERE clause on `se`, `r` and `o`);
   * pupil and parent counters of a session count only from `minAnonymous` answers on.
   */
  private async offerScores(from: string, params: unknown[], minAnonymous = 0): Promise<OfferScoreDto[]> {
    const rows: OfferScoreRow[] = await this.dataSource.query(
      `WITH s AS NOT MATERIALIZED (SELECT se.id, r.offer_id ${from})
       SELECT o.id AS offer_id, o.title AS offer, o.type AS offer_type, x.sessions, y.outcome,
              coalesce(y.answers, 0)::int AS answers, coalesce(y.total, 0)::int AS total
         FROM (SELECT offer_id, count(*)::int AS sessions FROM s GROUP BY offer_id) x
         JOIN offer o ON o.id = x.offer_id
         LEFT JOIN (SELECT s.offer_id, es.outcome, sum(es.answers) AS answers, sum(es.total) AS total
                      FROM s JOIN evaluation_score es ON es.session_id = s.id
                       AND (es.audience = 'teacher' OR es.answers >= ${Math.trunc(minAnonymous)})
                     GROUP BY s.offer_id, es.outcome) y ON y.offer_id = x.offer_id
        ORDER BY o.title, y.outcome`,
      params,
    );
    return toOfferScores(rows);
  }
}

/** Per offer (in the rows' order, by title): its sessions and, per outcome with answers, the average. */
function toOfferScores(rows: OfferScoreRow[]): OfferScoreDto[] {
  const byOffer = new Map<string, OfferScoreDto>();
  for (const r of rows) {
    const entry = byOffer.get(r.offer_id) ?? {
      offerId: r.offer_id,
      offer: r.offer,
      offerType: r.offer_type,
      sessions: 0,
      responses: 0,
      scores: {},
    };
    entry.sessions = r.sessions;
    if (r.outcome !== null && r.answers > 0) {
      entry.scores[r.outcome] = { average: average(r.total, r.answers), answers: r.answers };
      entry.responses = Math.max(entry.responses, r.answers);
    }
    byOffer.set(r.offer_id, entry);
  }
  return [...byOffer.values()];
}
