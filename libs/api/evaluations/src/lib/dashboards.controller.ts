import { toCsv } from '@halt/api/packages';
import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import type {
  AnnualTargetDto,
  GemeenteDashboardDto,
  HaltDashboardDto,
  OfferScoreDto,
  OutcomeScores,
  SchoolDashboardDto,
  TrendSignalsDto,
} from '@halt/contracts';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  PipeTransform,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DashboardsService } from './dashboards.service';
import {
  GemeenteDashboardQueryDto,
  HaltDashboardQueryDto,
  PeriodQueryDto,
  TrendQueryDto,
  UpdateAnnualTargetDto,
} from './evaluations.dto';

/** A calendar year in the path, 2000–2100, or a 400 naming the field. */
const yearPipe: PipeTransform<string, number> = {
  transform(value: string): number {
    if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'year', message: 'moet een jaartal van 2000 tot en met 2100 zijn' }],
      });
    }
    return Number(value);
  },
};
import { TrendsService } from './trends.service';

const OUTCOMES = ['feel_safer', 'prevent_repair', 'recommend', 'overall'] as const;
const OUTCOME_HEADERS = [
  'Voelt zich veiliger',
  'Weet schade te voorkomen of herstellen',
  'Raadt het aan',
  'Tevredenheid',
];
/** Averages with a decimal comma would break the comma-separated file: a point, as spreadsheets read it. */
const scoreCells = (s: OutcomeScores) => OUTCOMES.map((o) => (s[o] ? s[o].average.toFixed(1) : ''));

function offerScoresCsv(rows: OfferScoreDto[]): string {
  return toCsv(
    ['Aanbod', 'Soort', 'Sessies', 'Antwoorden', ...OUTCOME_HEADERS],
    rows.map((r) => [r.offer, r.offerType, r.sessions, r.responses, ...scoreCells(r.scores)]),
  );
}

const HALT_TABLES: Record<string, (d: HaltDashboardDto) => string> = {
  months: (d) =>
    toCsv(
      ['Maand', 'Sessies', 'Leerlingen'],
      d.perMonth.map((r) => [r.month, r.sessions, r.pupils]),
    ),
  'offer-types': (d) =>
    toCsv(
      ['Soort aanbod', 'Sessies', 'Leerlingen'],
      d.perOfferType.map((r) => [r.offerType, r.sessions, r.pupils]),
    ),
  regions: (d) =>
    toCsv(
      ['Regio', 'Sessies', 'Leerlingen'],
      d.perRegion.map((r) => [r.region, r.sessions, r.pupils]),
    ),
  scores: (d) => offerScoresCsv(d.scoresPerOffer),
  ageing: (d) =>
    toCsv(
      ['Dagen sinds indienen', 'Aanvragen'],
      d.unplannedAgeing.map((r) => [r.bucket, r.requests]),
    ),
};

const GEMEENTE_TABLES: Record<string, (d: GemeenteDashboardDto) => string> = {
  rows: (d) =>
    toCsv(
      ['Pakket', 'School', 'Sessies besteld', 'Sessies gegeven', 'Leerlingen', 'Antwoorden', ...OUTCOME_HEADERS],
      d.rows.map((r) => [
        r.orderName,
        r.school,
        r.sessionsOrdered,
        r.sessionsDelivered,
        r.pupils,
        r.responses,
        ...scoreCells(r.scores),
      ]),
    ),
  scores: (d) => offerScoresCsv(d.scoresPerOffer),
};

const SCHOOL_TABLES: Record<string, (d: SchoolDashboardDto) => string> = {
  sessions: (d) =>
    toCsv(
      ['Datum', 'Aanvraag', 'Aanbod', 'Klas', 'Status', 'Leerlingen', 'Antwoorden', 'Docent', ...OUTCOME_HEADERS],
      d.sessions.map((r) => [
        r.date,
        r.reference,
        r.offer,
        r.groupName ?? '',
        r.status === 'delivered' ? 'gegeven' : 'niet doorgegaan',
        r.pupils,
        r.responses,
        r.teacherAnswered ? 'ja' : 'nee',
        ...scoreCells(r.scores),
      ]),
    ),
  scores: (d) => offerScoresCsv(d.scoresPerOffer),
};

function table<T>(tables: Record<string, (d: T) => string>, name: string): (d: T) => string {
  const render = Object.hasOwn(tables, name) ? tables[name] : undefined;
  if (!render) throw new NotFoundException(`Geen tabel '${name}'; kies uit ${Object.keys(tables).join(', ')}`);
  return render;
}

/** Dashboards per role, each table also as CSV (UTF-8 with BOM, for spreadsheets). */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller()
export class DashboardsController {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly trends: TrendsService,
  ) {}

  @Get('dashboards/halt')
  @Roles('admin', 'planner')
  @ApiOperation({
    summary: 'Delivered, pupils, targets, scores and ageing for Halt (planners: their regions)',
    description:
      'Halt’s figures of a period: sessions delivered per month, offer type and region, pupils reached against the annual targets, evaluation scores and ageing of open requests.',
  })
  halt(@CurrentUser() user: AuthUser, @Query() q: HaltDashboardQueryDto): Promise<HaltDashboardDto> {
    return this.dashboards.halt(user, this.dashboards.period(q), q.programme);
  }

  @Get('dashboards/halt/:table.csv')
  @Roles('admin', 'planner')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'A table of the Halt dashboard as CSV',
    description: 'One table of GET /api/dashboards/halt (named by {table}) as a CSV file.',
  })
  async haltCsv(
    @CurrentUser() user: AuthUser,
    @Param('table') name: string,
    @Query() q: HaltDashboardQueryDto,
  ): Promise<string> {
    const render = table(HALT_TABLES, name);
    return render(await this.dashboards.halt(user, this.dashboards.period(q), q.programme));
  }

  @Get('annual-targets')
  @Roles('admin', 'planner')
  @ApiOperation({
    summary: "Halt's targets per calendar year (pupils reached, schools with halt-jrb)",
    description: 'The annual targets per calendar year: pupils to reach and schools with a halt-jrb.',
  })
  targets(): Promise<AnnualTargetDto[]> {
    return this.dashboards.targets();
  }

  @Put('annual-targets/:year')
  @Roles('admin')
  @ApiOperation({
    summary: 'Set the targets of a calendar year',
    description: 'Sets the targets of one calendar year. Admins only.',
  })
  setTarget(@Param('year', yearPipe) year: number, @Body() dto: UpdateAnnualTargetDto): Promise<AnnualTargetDto> {
    return this.dashboards.setTarget(year, dto.pupils, dto.haltJrbSchools);
  }

  @Get('dashboards/gemeente')
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: "A gemeente's orders per school: ordered against delivered, pupils, scores",
    description:
      'For a gemeente: per school, what its packages ordered against what was delivered, the pupils reached and the evaluation scores.',
  })
  gemeente(@CurrentUser() user: AuthUser, @Query() q: GemeenteDashboardQueryDto): Promise<GemeenteDashboardDto> {
    return this.dashboards.gemeente(user, this.dashboards.period(q), q.municipalityId, q.programme);
  }

  @Get('dashboards/gemeente/:table.csv')
  @Roles('gemeente', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'A table of the gemeente dashboard as CSV',
    description: 'One table of GET /api/dashboards/gemeente (named by {table}) as a CSV file.',
  })
  async gemeenteCsv(
    @CurrentUser() user: AuthUser,
    @Param('table') name: string,
    @Query() q: GemeenteDashboardQueryDto,
  ): Promise<string> {
    const render = table(GEMEENTE_TABLES, name);
    return render(await this.dashboards.gemeente(user, this.dashboards.period(q), q.municipalityId, q.programme));
  }

  @Get('dashboards/school')
  @Roles('school')
  @ApiOperation({
    summary: "A school's own sessions and their evaluations",
    description: 'For a school: its own sessions of a period with their state and evaluation results.',
  })
  school(@CurrentUser() user: AuthUser, @Query() q: PeriodQueryDto): Promise<SchoolDashboardDto> {
    return this.dashboards.school(user, this.dashboards.period(q));
  }

  @Get('dashboards/school/:table.csv')
  @Roles('school')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'A table of the school dashboard as CSV',
    description: 'One table of GET /api/dashboards/school (named by {table}) as a CSV file.',
  })
  async schoolCsv(
    @CurrentUser() user: AuthUser,
    @Param('table') name: string,
    @Query() q: PeriodQueryDto,
  ): Promise<string> {
    const render = table(SCHOOL_TABLES, name);
    return render(await this.dashboards.school(user, this.dashboards.period(q)));
  }

  @Get('trends')
  @Roles('admin', 'planner')
  @ApiOperation({
    summary: 'Open answers about trends among young people, by topic and month (Halt staff only)',
    description: 'Open answers marked as trends, grouped by topic and month, searchable by words. Halt staff only.',
  })
  trendList(@CurrentUser() user: AuthUser, @Query() q: TrendQueryDto): Promise<TrendSignalsDto> {
    return this.trends.list(user, this.dashboards.period(q), { q: q.q, topic: q.topic }, q.page ?? 1);
  }

  @Get('trends.csv')
  @Roles('admin', 'planner')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'The trend signals as CSV',
    description: 'The trend signals of GET /api/trends as a CSV file.',
  })
  async trendCsv(@CurrentUser() user: AuthUser, @Query() q: TrendQueryDto): Promise<string> {
    const items = await this.trends.export(user, this.dashboards.period(q), { q: q.q, topic: q.topic });
    return toCsv(
      ['Datum', 'Van', 'Soort aanbod', 'Aanbod', "Thema's", 'Regio', 'Antwoord'],
      items.map((t) => [t.date, t.audience, t.offerType, t.offer, t.topics.join(' '), t.region, t.text]),
    );
  }
}
