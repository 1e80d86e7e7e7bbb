import { PortalClock } from '@halt/api/calendar';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import type {
  FundingOptionDto,
  PackageOrderDto as PackageOrderView,
  PackageOrderSummaryDto,
  PackageResultsDto,
  PackageTemplateDto as PackageTemplateView,
} from '@halt/contracts';
import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { toCsv } from './csv';
import {
  AmendBudgetDto,
  FundingQueryDto,
  OptionalReasonDto,
  PackageOrderDto,
  PackageTemplateDto,
  ReasonDto,
  YearQueryDto,
} from './packages.dto';
import { PackageFundingService } from './package-funding.service';
import { PackageOrderCommandsService } from './package-order-commands.service';
import { PackageOrderReadsService } from './package-order-reads.service';
import { PackageTemplatesService } from './package-templates.service';

const KIND_LABELS: Record<string, string> = {
  budget: 'Budget',
  amend: 'Wijziging',
  reserve: 'Gereserveerd',
  release: 'Vrijgegeven',
  consume: 'Verbruikt',
};

@ApiTags('packages')
@ApiBearerAuth()
@Controller()
export class PackagesController {
  constructor(
    private readonly packageTemplates: PackageTemplatesService,
    private readonly orders: PackageOrderReadsService,
    private readonly orderCommands: PackageOrderCommandsService,
    private readonly funding: PackageFundingService,
    private readonly clock: PortalClock,
  ) {}

  @Get('package-templates')
  @Roles('gemeente', 'admin')
  templates(): Promise<PackageTemplateView[]> {
    return this.packageTemplates.templates();
  }

  @Post('package-templates')
  @Roles('admin')
  createTemplate(@Body() dto: PackageTemplateDto): Promise<PackageTemplateView> {
    return this.packageTemplates.saveTemplate(dto);
  }

  @Patch('package-templates/:id')
  @Roles('admin')
  updateTemplate(@Param('id', idPipe) id: string, @Body() dto: PackageTemplateDto): Promise<PackageTemplateView> {
    return this.packageTemplates.saveTemplate(dto, id);
  }

  @Get('package-orders')
  @Roles('gemeente', 'admin')
  @ApiOperation({ summary: "A gemeente's own orders, or all orders for Halt; optionally of one subsidy year" })
  list(@CurrentUser() user: AuthUser, @Query() q: YearQueryDto): Promise<PackageOrderSummaryDto[]> {
    return this.orders.list(user, q.year);
  }

  @Get('package-orders/results')
  @Roles('gemeente', 'admin')
  @ApiOperation({ summary: 'Sessions ordered and delivered, pupils reached and credits used per school and offer' })
  async results(@CurrentUser() user: AuthUser, @Query() q: YearQueryDto): Promise<PackageResultsDto> {
    return this.orders.results(user, q.year ?? Number(this.clock.today().slice(0, 4)));
  }

  @Get('package-orders/results.csv')
  @Roles('gemeente', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async resultsCsv(@CurrentUser() user: AuthUser, @Query() q: YearQueryDto): Promise<string> {
    const r = await this.orders.results(user, q.year ?? Number(this.clock.today().slice(0, 4)));
    return toCsv(
      ['School', 'Aanbod', 'Soort', 'Sessies besteld', 'Sessies uitgevoerd', 'Leerlingen bereikt', 'Credits verbruikt'],
      r.rows.map((x) => [
        x.schoolName,
        x.offerTitle,
        x.offerType,
        x.sessionsOrdered,
        x.sessionsDelivered,
        x.pupilsReached,
        x.creditsConsumed,
      ]),
    );
  }

  @Post('package-orders')
  @Roles('gemeente')
  @ApiOperation({ summary: 'Make a draft order (from a template or custom); `order` sends it to Halt' })
  create(@CurrentUser() user: AuthUser, @Body() dto: PackageOrderDto): Promise<PackageOrderView> {
    return this.orderCommands.create(user, dto);
  }

  @Get('package-orders/:id')
  @Roles('gemeente', 'admin')
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orders.get(user, id);
  }

  @Get('package-orders/:id/ledger.csv')
  @Roles('gemeente', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async ledgerCsv(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<string> {
    const o = await this.orders.get(user, id);
    return toCsv(
      ['Datum', 'Soort', 'Aanvraag', 'School', 'Credits', 'Beschikbaar na', 'Reden'],
      o.ledger.map((e) => [
        e.at,
        KIND_LABELS[e.kind] ?? e.kind,
        e.request?.reference ?? '',
        e.request?.schoolName ?? '',
        e.credits,
        e.availableAfter,
        e.reason ?? '',
      ]),
    );
  }

  @Patch('package-orders/:id')
  @Roles('gemeente')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: PackageOrderDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.update(user, id, dto);
  }

  @Post('package-orders/:id/order')
  @HttpCode(200)
  @Roles('gemeente')
  order(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'order');
  }

  @Post('package-orders/:id/accept')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Halt accepts the order; it becomes active at once' })
  accept(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'accept');
  }

  @Post('package-orders/:id/return')
  @HttpCode(200)
  @Roles('admin')
  returnOrder(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'return', dto.reason);
  }

  @Post('package-orders/:id/cancel')
  @HttpCode(200)
  @Roles('gemeente', 'admin')
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'cancel', dto.reason);
  }

  @Post('package-orders/:id/close')
  @HttpCode(200)
  @Roles('admin')
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'close', dto.reason);
  }

  @Post('package-orders/:id/amendments')
  @HttpCode(200)
  @Roles('gemeente', 'admin')
  @ApiOperation({ summary: 'Raise or lower the budget; never below what is already reserved or consumed' })
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: AmendBudgetDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.amend(user, id, dto.delta, dto.reason);
  }

  @Get('schools/:id/funding-options')
  @Roles('school', 'admin')
  @ApiOperation({ summary: 'Packages the school may draw on for an offer, with what is left' })
  fundingOptions(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Query() q: FundingQueryDto,
  ): Promise<FundingOptionDto[]> {
    return this.funding.fundingOptions(user, schoolId, q.offerId, q.sessions);
  }
}
