import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type {
  CouncilReportDto,
  CouncilReportOrderDto,
  CouncilReportSchoolDto,
  OfferScoreDto,
  Programme,
  ProgrammeFilter,
  SchoolYearTargetFigureDto,
} from '@halt/contracts';
import { councilReportSummary, schoolYearsOverlapping } from '@halt/domain';
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DashboardsService, programmeCondition } from './dashboards.service';

export const PROGRAMME_NAMES: Record<Programme, string> = { 'preventie-met-gezag': 'Preventie met Gezag' };

/** The overall satisfaction over every offer, weighted by its answers; null without answers. */
function overallAverage(scores: OfferScoreDto[]): { average: number | null; answers: number } {
  let total = 0;
  let answers = 0;
  for (const s of scores) {
    const o = s.scores.overall;
    if (o) {
      total += o.average * o.answers;
      answers += o.answers;
    }
  }
  return { average: answers ? Math.round((total / answers) * 10) / 10 : null, answers };
}

/**
 * The council report of a gemeente for a subsidy (calendar) year. Its figures come from the gemeente dashboard
 * (`DashboardsService.gemeente` over 1 January – 31 December), so the page, the PDF and the dashboard show the same
 * numbers; the report adds the credits of the year's package orders and the school-year targets. A gemeente reads
 * only its own report; Halt-beheer any gemeente's, planners those of their regions (another: 404).
 */
@Injectable()
export class CouncilReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dashboards: DashboardsService,
    private readonly clock: PortalClock,
  ) {}

  async report(
    user: AuthUser,
    year: number,
    municipalityId?: string,
    programme?: ProgrammeFilter,
  ): Promise<CouncilReportDto> {
    const municipality = await this.municipality(user, municipalityId);
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const [dashboard, orderRows, targets] = await Promise.all([
      this.dashboards.gemeenteFigures(period, municipality.id, programme),
      this.dataSource.query(
        `SELECT o.id, o.reference, o.name, o.programme, o.budget_credits, o.consumed_credits, o.reserved_credits
           FROM package_order o
          WHERE o.municipality_id = $1 AND o.subsidy_year = $2 AND o.status NOT IN ('draft', 'cancelled')
            AND ${programmeCondition('o.programme', '$3')}
          ORDER BY o.name, o.reference`,
        [municipality.id, year, programme ?? null],
      ) as Promise<
        {
          id: string;
          reference: string;
          name: string;
          programme: Programme | null;
          budget_credits: number;
          consumed_credits: number;
          reserved_credits: number;
        }[]
      >,
      this.schoolYearTargets(municipality.id, year, programme),
    ]);

    const sessions = new Map<string, { name: string; ordered: number; delivered: number }>();
    const schools = new Map<string, CouncilReportSchoolDto>();
    for (const r of dashboard.rows) {
      const o = sessions.get(r.orderId) ?? { name: r.orderName, ordered: 0, delivered: 0 };
      o.ordered += r.sessionsOrdered;
      o.delivered += r.sessionsDelivered;
      sessions.set(r.orderId, o);
      const s = schools.get(r.schoolId) ?? { schoolId: r.schoolId, school: r.school, sessionsDelivered: 0, pupils: 0 };
      s.sessionsDelivered += r.sessionsDelivered;
      s.pupils += r.pupils;
      schools.set(r.schoolId, s);
    }
    const orders: CouncilReportOrderDto[] = orderRows.map((o) => ({
      orderId: o.id,
      reference: o.reference,
      name: o.name,
      programme: o.programme,
      creditsBudget: o.budget_credits,
      creditsConsumed: o.consumed_credits,
      creditsReserved: o.reserved_credits,
      sessionsOrdered: sessions.get(o.id)?.ordered ?? 0,
      sessionsDelivered: sessions.get(o.id)?.delivered ?? 0,
    }));
    const schoolList = [...schools.values()]
      .filter((s) => s.sessionsDelivered > 0)
      .sort((a, b) => b.pupils - a.pupils || a.school.localeCompare(b.school, 'nl'));
    const totals = {
      creditsBudget: orders.reduce((n, o) => n + o.creditsBudget, 0),
      creditsConsumed: orders.reduce((n, o) => n + o.creditsConsumed, 0),
      sessionsOrdered: dashboard.totals.sessionsOrdered,
      sessionsDelivered: dashboard.totals.sessionsDelivered,
      pupils: dashboard.totals.pupils,
      schools: schoolList.length,
      responses: dashboard.totals.responses,
    };
    const overall = overallAverage(dashboard.scoresPerOffer);
    return {
      year,
      period,
      programme: programme ?? null,
      municipality,
      totals,
      orders,
      schools: schoolList,
      scoresPerOffer: dashboard.scoresPerOffer,
      schoolYearTargets: targets,
      summary: councilReportSummary({
        municipality: municipality.name,
        year,
        programme: programme && programme !== 'none' ? PROGRAMME_NAMES[programme] : null,
        ...totals,
        overall: overall.average,
        responses: overall.answers,
        schoolYearTargets: targets.map((t) => ({
          schoolYear: t.schoolYear,
          haltJrbSchools: t.haltJrbSchools,
          target: t.haltJrbSchoolsTarget,
        })),
      }),
      generatedAt: this.clock.now().toISOString(),
    };
  }

  /** The gemeente whose report is asked for, if the user may read it. */
  private async municipality(user: AuthUser, municipalityId?: string): Promise<CouncilReportDto['municipality']> {
    let id: string;
    if (user.role === 'gemeente') {
      if (!user.municipalityId) throw new ForbiddenException('Geen gemeente bij dit account');
      if (municipalityId && municipalityId !== user.municipalityId) throw new NotFoundException('Gemeente niet gevonden');
      id = user.municipalityId;
    } else if (user.role === 'admin' || user.role === 'planner') {
      if (!municipalityId) {
        throw new BadRequestException({
          message: 'Kies een gemeente',
          errors: [{ field: 'municipalityId', message: 'kies de gemeente van het rapport' }],
        });
      }
      id = municipalityId;
    } else {
      throw new ForbiddenException('Het raadsrapport is er voor gemeenten en Halt');
    }
    const [row]: { id: string; name: string; cbs_code: string; pmg_since: number | null; region_id: string }[] =
      await this.dataSource.query(
        `SELECT id, name, cbs_code, pmg_since, region_id FROM municipality WHERE id = $1`,
        [id],
      );
    if (!row || (user.role === 'planner' && !user.regionIds.includes(row.region_id))) {
      throw new NotFoundException('Gemeente niet gevonden');
    }
    return { id: row.id, name: row.name, cbsCode: row.cbs_code, pmgSince: row.pmg_since };
  }

  /**
   * Per school year that overlaps the subsidy year: the gemeente's schools with a delivered Halt-JRB session in
   * that school year, against Halt's target for it.
   */
  private async schoolYearTargets(
    municipalityId: string,
    year: number,
    programme?: ProgrammeFilter,
  ): Promise<SchoolYearTargetFigureDto[]> {
    const years = schoolYearsOverlapping(year);
    const rows: { school_year: string; schools: number; target: number | null }[] = await this.dataSource.query(
      `SELECT y.school_year, y.start_on, y.end_on,
              (SELECT count(DISTINCT r.school_id)::int
                 FROM session se JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
                 JOIN school sc ON sc.id = r.school_id
                WHERE sc.municipality_id = $1 AND o.type = 'halt-jrb' AND se.status = 'delivered'
                  AND se.delivered_on BETWEEN y.start_on AND y.end_on
                  AND ${programmeCondition('(SELECT po.programme FROM package_order po WHERE po.id = r.package_order_id)', '$3')}
              ) AS schools,
              (SELECT t.halt_jrb_schools FROM school_year_target t WHERE t.school_year = y.school_year) AS target
         FROM jsonb_to_recordset($2::jsonb) AS y(school_year text, start_on date, end_on date)
        ORDER BY y.school_year`,
      [
        municipalityId,
        JSON.stringify(years.map((y) => ({ school_year: y.schoolYear, start_on: y.start, end_on: y.end }))),
        programme ?? null,
      ],
    );
    return years.map((y) => {
      const row = rows.find((r) => r.school_year === y.schoolYear);
      return {
        schoolYear: y.schoolYear,
        from: y.start,
        to: y.end,
        haltJrbSchools: row?.schools ?? 0,
        haltJrbSchoolsTarget: row?.target ?? 0,
      };
    });
  }
}
