import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AnnualTargetDto,
  CouncilReportDto,
  CreateEvaluationFormRequest,
  DashboardPeriod,
  EvaluationFormDto,
  GemeenteDashboardDto,
  HaltDashboardDto,
  MunicipalityDto,
  Page,
  ProgrammeFilter,
  SchoolDashboardDto,
  TrendSignalsDto,
} from '@halt/contracts';
import { firstValueFrom } from 'rxjs';

/** The tables of Halt's dashboard that download as CSV. */
export type HaltCsvTable = 'months' | 'offer-types' | 'regions' | 'scores' | 'ageing';
export type GemeenteCsvTable = 'rows' | 'scores';
export type SchoolCsvTable = 'sessions' | 'scores';

/** What the trends page asks for: a period, a search text, a topic and a page (50 answers each). */
export interface TrendQuery extends DashboardPeriod {
  q: string;
  topic: string;
  page: number;
}

const periodParams = (p: DashboardPeriod) => new HttpParams().set('from', p.from).set('to', p.to);
const programmeParams = (p: DashboardPeriod, programme: ProgrammeFilter | '') =>
  programme ? periodParams(p).set('programme', programme) : periodParams(p);

function trendParams(query: TrendQuery, paged: boolean): HttpParams {
  let params = periodParams(query);
  if (query.q) params = params.set('q', query.q);
  if (query.topic) params = params.set('topic', query.topic);
  return paged ? params.set('page', query.page) : params;
}

/**
 * The dashboards of Halt, gemeenten and schools, the trend signals and the evaluation forms. CSV files are
 * fetched as text (they need the access token) and saved by the page.
 */
@Injectable({ providedIn: 'root' })
export class DashboardsApi {
  private readonly http = inject(HttpClient);

  halt(period: DashboardPeriod): Promise<HaltDashboardDto> {
    return firstValueFrom(this.http.get<HaltDashboardDto>('/api/dashboards/halt', { params: periodParams(period) }));
  }

  haltCsv(table: HaltCsvTable, period: DashboardPeriod): Promise<string> {
    return this.csv(`/api/dashboards/halt/${table}.csv`, periodParams(period));
  }

  /** A gemeente's dashboard of a period, for one programme (or `none`) when `programme` is set. */
  gemeente(period: DashboardPeriod, programme: ProgrammeFilter | '' = ''): Promise<GemeenteDashboardDto> {
    return firstValueFrom(
      this.http.get<GemeenteDashboardDto>('/api/dashboards/gemeente', { params: programmeParams(period, programme) }),
    );
  }

  gemeenteCsv(table: GemeenteCsvTable, period: DashboardPeriod, programme: ProgrammeFilter | '' = ''): Promise<string> {
    return this.csv(`/api/dashboards/gemeente/${table}.csv`, programmeParams(period, programme));
  }

  /** The council report of a subsidy year (a gemeente: its own; Halt: the gemeente asked for). */
  councilReport(params: Record<string, string>): Promise<CouncilReportDto> {
    return firstValueFrom(this.http.get<CouncilReportDto>('/api/dashboards/gemeente/report', { params }));
  }

  /** The same report as a PDF made on the server. */
  councilReportPdf(params: Record<string, string>): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/dashboards/gemeente/report.pdf', { params, responseType: 'blob' }));
  }

  /** The gemeenten a Halt user may choose (by name, at most 50; planners: their regions'). */
  async municipalities(): Promise<MunicipalityDto[]> {
    const page = await firstValueFrom(
      this.http.get<Page<MunicipalityDto>>('/api/municipalities', { params: { pageSize: 50 } }),
    );
    return page.items;
  }

  school(period: DashboardPeriod): Promise<SchoolDashboardDto> {
    return firstValueFrom(
      this.http.get<SchoolDashboardDto>('/api/dashboards/school', { params: periodParams(period) }),
    );
  }

  schoolCsv(table: SchoolCsvTable, period: DashboardPeriod): Promise<string> {
    return this.csv(`/api/dashboards/school/${table}.csv`, periodParams(period));
  }

  trends(query: TrendQuery): Promise<TrendSignalsDto> {
    return firstValueFrom(this.http.get<TrendSignalsDto>('/api/trends', { params: trendParams(query, true) }));
  }

  /** All answers that match, not only one page. */
  trendsCsv(query: TrendQuery): Promise<string> {
    return this.csv('/api/trends.csv', trendParams(query, false));
  }

  /** Every version of every form, for all audiences and offer types. */
  forms(): Promise<EvaluationFormDto[]> {
    return firstValueFrom(this.http.get<EvaluationFormDto[]>('/api/evaluation-forms'));
  }

  /** Saves a new version; earlier versions and their answers stay as they are. A 400 names each wrong field. */
  createForm(body: CreateEvaluationFormRequest): Promise<EvaluationFormDto> {
    return firstValueFrom(this.http.post<EvaluationFormDto>('/api/evaluation-forms', body));
  }

  private csv(url: string, params: HttpParams): Promise<string> {
    return firstValueFrom(this.http.get(url, { params, responseType: 'text' }));
  }

  setTarget(year: number, body: { pupils: number; haltJrbSchools: number }): Promise<AnnualTargetDto> {
    return firstValueFrom(this.http.put<AnnualTargetDto>(`/api/annual-targets/${year}`, body));
  }
}
