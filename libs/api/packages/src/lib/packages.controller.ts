import { PortalClock } from '@halt/api/calendar';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import type {
  FundingOptionDto,
  PackageOrderDto as PackageOrderView,
  PackageOrderPageDto,
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
  OrderListQueryDto,
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
  @ApiOperation({
    summary: 'Package templates',
    description: 'The package templates gemeenten order from, with their offers and credits. Gemeenten and admins.',
  })
  templates(): Promise<PackageTemplateView[]> {
    return this.packageTemplates.templates();
  }

  @Post('package-templates')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a package template (admins)',
    description: 'Adds a package template with its offers and credits. Admins only.',
  })
  createTemplate(@Body() dto: PackageTemplateDto): Promise<PackageTemplateView> {
    return this.packageTemplates.saveTemplate(dto);
  }

  @Patch('package-templates/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a package template (admins)',
    description: 'Changes a package template; orders made from it keep what they were made with. Admins only.',
  })
  updateTemplate(@Param('id', idPipe) id: string, @Body() dto: PackageTemplateDto): Promise<PackageTemplateView> {
    return this.packageTemplates.saveTemplate(dto, id);
  }

  @Get('package-orders')
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: "A gemeente's own orders, or all orders for Halt; optionally of one subsidy year",
    description:
      'Package orders with their state and budget (credits reserved, consumed and left), newest year first, at most 50 a page (`page`, `pageSize`) with the total, and the budget totals over all the orders found that count (not drafts, not cancelled). A gemeente sees its own orders, admins all.',
  })
  list(@CurrentUser() user: AuthUser, @Query() q: OrderListQueryDto): Promise<PackageOrderPageDto> {
    return this.orders.list(user, q);
  }

  @Get('package-orders/results')
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: 'Sessions ordered and delivered, pupils reached and credits used per school and offer',
    description:
      'What the gemeente’s packages have delivered, per school and offer: sessions ordered and delivered, pupils reached and credits used. Gemeenten (their own) and admins.',
  })
  async results(@CurrentUser() user: AuthUser, @Query() q: YearQueryDto): Promise<PackageResultsDto> {
    return this.orders.results(user, q.year ?? Number(this.clock.today().slice(0, 4)));
  }

  @Get('package-orders/results.csv')
  @Roles('gemeente', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'The results as CSV',
    description: 'The same figures as GET /api/package-orders/results, as a CSV file.',
  })
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
  @ApiOperation({
    summary: 'Make a draft order (from a template or custom); `order` sends it to Halt',
    description:
      'A gemeente makes a draft package order from a template or with its own offers; it is sent to Halt with POST /api/package-orders/{id}/order.',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: PackageOrderDto): Promise<PackageOrderView> {
    return this.orderCommands.create(user, dto);
  }

  @Get('package-orders/:id')
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: 'One package order',
    description: 'A package order with its offers, budget, ledger, funded requests and its transitions.',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orders.get(user, id);
  }

  @Get('package-orders/:id/ledger.csv')
  @Roles('gemeente', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'The order’s ledger as CSV',
    description:
      'Every ledger entry of a package order (credits granted, reserved, released, consumed), as a CSV file.',
  })
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
  @ApiOperation({
    summary: 'Change a draft order (gemeente)',
    description: 'Changes a draft package order of the gemeente (its offers and credits).',
  })
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
  @ApiOperation({
    summary: 'Send the order to Halt (gemeente)',
    description:
      'The gemeente sends a draft or returned order to Halt, which accepts or returns it. A state that does not allow it is a 409.',
  })
  order(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'order');
  }

  @Post('package-orders/:id/accept')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Halt accepts the order; it becomes active at once',
    description: 'Halt accepts an ordered package: its credits become the budget schools can draw on. Admins only.',
  })
  accept(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<PackageOrderView> {
    return this.orderCommands.transition(user, id, 'accept');
  }

  @Post('package-orders/:id/return')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Return the order to the gemeente (admins)',
    description:
      'Halt sends an ordered package back to the gemeente with a reason, to change it and order again. Admins only.',
  })
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
  @ApiOperation({
    summary: 'Cancel a package order',
    description:
      'Cancels a package order, with a reason (the gemeente or an admin). A state that does not allow it is a 409.',
  })
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
  @ApiOperation({
    summary: 'Close a package order (admins)',
    description: 'Closes a package order. A state that does not allow it is a 409. Admins only.',
  })
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
  @ApiOperation({
    summary: 'Raise or lower the budget; never below what is already reserved or consumed',
    description:
      'Changes the budget of an active package order by a number of credits, with a reason; the ledger records it. A budget below what is reserved or consumed is a 409.',
  })
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: AmendBudgetDto,
  ): Promise<PackageOrderView> {
    return this.orderCommands.amend(user, id, dto.delta, dto.reason);
  }

  @Get('schools/:id/funding-options')
  @Roles('school', 'vereniging', 'wijkpartner', 'admin')
  @ApiOperation({
    summary: 'Packages the requester may draw on for an offer, with what is left',
    description:
      'The packages a school, sportvereniging or wijkpartner (its id in the path) may draw on for an offer, with the credits left, for the funding choice in a request. Clubs and wijkpartners draw on the packages of their own gemeente.',
  })
  fundingOptions(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Query() q: FundingQueryDto,
  ): Promise<FundingOptionDto[]> {
    return this.funding.fundingOptions(user, schoolId, q.offerId, q.sessions);
  }
}
