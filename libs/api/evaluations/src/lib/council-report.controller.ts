import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import type { CouncilReportDto } from '@halt/contracts';
import type { Response } from 'express';
import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { councilReportFileName } from '@halt/domain';
import { councilReportPdf } from './council-report.pdf';
import { CouncilReportService } from './council-report.service';
import { CouncilReportQueryDto } from './evaluations.dto';

/** The council report (raadsrapportage) of a gemeente per subsidy year: as JSON for the page and as a PDF. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboards/gemeente')
export class CouncilReportController {
  constructor(private readonly reports: CouncilReportService) {}

  @Get('report')
  @Roles('gemeente', 'admin', 'planner')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "A gemeente's council report for a subsidy year",
    description:
      'For a subsidy year (a calendar year): ordered against delivered per package order, pupils reached per school, evaluation scores, the school-year targets against the two school years that overlap it, and a short Dutch summary. A gemeente gets its own; Halt-beheer any gemeente (municipalityId), planners those of their regions.',
  })
  report(@CurrentUser() user: AuthUser, @Query() q: CouncilReportQueryDto): Promise<CouncilReportDto> {
    return this.reports.report(user, q.year, q.municipalityId, q.programme);
  }

  @Get('report.pdf')
  @Roles('gemeente', 'admin', 'planner')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The council report as a PDF',
    description: 'The report of GET /api/dashboards/gemeente/report as an A4 PDF made on the server.',
  })
  async pdf(@CurrentUser() user: AuthUser, @Query() q: CouncilReportQueryDto, @Res() res: Response): Promise<void> {
    const report = await this.reports.report(user, q.year, q.municipalityId, q.programme);
    const pdf = await councilReportPdf(report);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${councilReportFileName(report.municipality.name, report.year)}"`,
    );
    res.send(pdf);
  }
}
