import type { AuthUser } from '@halt/api/security';
import type { DashboardPeriod, EvaluationAudience, OfferType, TrendSignalDto, TrendSignalsDto } from '@halt/contracts';
import { redactContactDetails } from '@halt/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const TRENDS_PAGE_SIZE = 50;
/** Most rows one CSV export holds. */
export const TRENDS_EXPORT_MAX = 50_000;

export interface TrendFilter {
  q?: string;
  topic?: string;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Halt's trend journal: open answers to the trends questions, grouped by the offer's topics and month,
 * searchable and exportable. Only Halt staff read them (planners those of their regions), and the text is
 * stripped of contact details when stored and again when shown.
 */
@Injectable()
export class TrendsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser, period: DashboardPeriod, filter: TrendFilter, page = 1): Promise<TrendSignalsDto> {
    const { where, params } = this.where(user, period, filter);
    const [topics, groups, total, items] = await Promise.all([
      this.dataSource.query(
        `SELECT DISTINCT topic ${this.where(user, period, {}).where.replace('WHERE', ', unnest(o.topics) topic WHERE')}
          ORDER BY topic`,
        this.where(user, period, {}).params,
      ) as Promise<{ topic: string }[]>,
      this.dataSource.query(
        `SELECT topic, to_char(t.submitted_on, 'YYYY-MM') AS month, count(*)::int AS answers
           ${where.replace('WHERE', ', unnest(o.topics) topic WHERE')}
          GROUP BY 1, 2 ORDER BY 2, 1`,
        params,
      ) as Promise<{ topic: string; month: string; answers: number }[]>,
      this.dataSource.query(`SELECT count(*)::int AS n ${where}`, params) as Promise<{ n: number }[]>,
      this.items(where, params, TRENDS_PAGE_SIZE, (page - 1) * TRENDS_PAGE_SIZE),
    ]);
    return {
      period,
      topics: topics.map((t) => t.topic),
      page,
      pageSize: TRENDS_PAGE_SIZE,
      total: total[0]?.n ?? 0,
      groups,
      items,
    };
  }

  async export(user: AuthUser, period: DashboardPeriod, filter: TrendFilter): Promise<TrendSignalDto[]> {
    const { where, params } = this.where(user, period, filter);
    return this.items(where, params, TRENDS_EXPORT_MAX, 0);
  }

  private where(user: AuthUser, period: DashboardPeriod, filter: TrendFilter) {
    if (user.role !== 'admin' && user.role !== 'planner') {
      throw new ForbiddenException('Trendsignalen zijn alleen zichtbaar voor Halt-medewerkers');
    }
    const params = [
      period.from,
      period.to,
      user.role === 'planner' ? user.regionIds : null,
      filter.q ? likePattern(filter.q) : null,
      filter.topic || null,
    ];
    const where = `FROM evaluation_trend t JOIN session se ON se.id = t.session_id
                   JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
                   JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
                   JOIN region rg ON rg.id = mu.region_id
                  WHERE t.submitted_on BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR mu.region_id = ANY($3))
                    AND ($4::text IS NULL OR t.text ILIKE $4) AND ($5::text IS NULL OR $5 = ANY(o.topics))`;
    return { where, params };
  }

  private async items(where: string, params: unknown[], limit: number, offset: number): Promise<TrendSignalDto[]> {
    const rows: {
      id: string;
      date: string;
      audience: EvaluationAudience;
      offer_type: OfferType;
      offer: string;
      topics: string[];
      region: string;
      text: string;
    }[] = await this.dataSource.query(
      `SELECT t.id::text, t.submitted_on::text AS date, t.audience, o.type AS offer_type, o.title AS offer, o.topics,
              rg.name AS region, t.text
         ${where}
        ORDER BY t.submitted_on DESC, t.id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      date: r.date,
      audience: r.audience,
      offerType: r.offer_type,
      offer: r.offer,
      topics: r.topics,
      region: r.region,
      text: redactContactDetails(r.text),
    }));
  }
}
