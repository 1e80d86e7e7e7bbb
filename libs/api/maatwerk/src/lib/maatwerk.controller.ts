import type { MaatwerkQuestionDto, MaatwerkQuestionSummaryDto, Page } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateMaatwerkQuestionDto,
  MaatwerkDecisionDto,
  MaatwerkListQueryDto,
  PlanIntakeDto,
  SendProposalDto,
} from './maatwerk.dto';
import { MaatwerkCommandsService } from './maatwerk-commands.service';
import { MaatwerkReadsService } from './maatwerk-reads.service';

@ApiTags('maatwerk')
@ApiBearerAuth()
@Controller('maatwerk-questions')
export class MaatwerkController {
  constructor(
    private readonly reads: MaatwerkReadsService,
    private readonly commands: MaatwerkCommandsService,
  ) {}

  @Post()
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Ask Halt a maatwerk question',
    description:
      'A school or gemeente describes its situation, target group (counts only), urgency and preferred period without choosing an offer. The question starts as submitted; the planners of its region are notified.',
  })
  submit(@CurrentUser() user: AuthUser, @Body() dto: CreateMaatwerkQuestionDto): Promise<MaatwerkQuestionDto> {
    return this.commands.submit(user, dto);
  }

  @Get()
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner', 'planner', 'admin')
  @ApiOperation({
    summary: 'Maatwerk questions the user may see, a page at a time',
    description:
      'A school or gemeente sees its own questions; planners those of their regions (open ones first, urgent first); admins all. At most 50 a page, with the total.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: MaatwerkListQueryDto): Promise<Page<MaatwerkQuestionSummaryDto>> {
    return this.reads.list(user, query);
  }

  @Get(':id')
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner', 'planner', 'admin')
  @ApiOperation({
    summary: 'One maatwerk question with its intake, proposal and history',
    description: 'A 404 when the question does not exist or belongs to another organisation or region.',
  })
  one(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<MaatwerkQuestionDto> {
    return this.reads.load(user, id);
  }

  @Post(':id/intake')
  @HttpCode(200)
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Plan (or move) the intake conversation',
    description:
      'A Halt advisor plans the intake: a time and an https link for an online conversation or a place. The requester is notified and reminded a day before, through the outbox. A 409 names the state when the question is past its intake.',
  })
  planIntake(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: PlanIntakeDto,
  ): Promise<MaatwerkQuestionDto> {
    return this.commands.planIntake(user, id, dto);
  }

  @Post(':id/proposal')
  @HttpCode(200)
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Send the proposal',
    description:
      'A Halt advisor sends a proposal after the intake: lines of catalogue offers and/or custom sessions, each priced in credits or euro cents, with the totals. For a gemeente the proposal names the school of the gemeente where the sessions take place. The requester is notified.',
  })
  sendProposal(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: SendProposalDto,
  ): Promise<MaatwerkQuestionDto> {
    return this.commands.sendProposal(user, id, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Accept the proposal',
    description:
      'The requester accepts: each line becomes a booking request with its open sessions in the preferred period, in the planners’ inbox, in the same transaction.',
  })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: MaatwerkDecisionDto,
  ): Promise<MaatwerkQuestionDto> {
    return this.commands.accept(user, id, dto);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Decline the proposal',
    description: 'The requester declines the proposal, with an optional reason. Nothing further can happen to it.',
  })
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: MaatwerkDecisionDto,
  ): Promise<MaatwerkQuestionDto> {
    return this.commands.decline(user, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('school', 'gemeente', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Withdraw the question',
    description: 'The requester withdraws its question before it decided on a proposal, with an optional reason.',
  })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: MaatwerkDecisionDto,
  ): Promise<MaatwerkQuestionDto> {
    return this.commands.withdraw(user, id, dto);
  }
}
