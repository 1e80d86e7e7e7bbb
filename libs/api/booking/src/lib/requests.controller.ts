import type { BookingRequestDto, BookingRequestSummaryDto, Page } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CancelRequestDto,
  CreateBookingRequestDto,
  GroupDto,
  MoveSessionDto,
  RequestListQueryDto,
  UpdateLanguageNeedsDto,
} from './booking.dto';
import { RequestChangesService } from './request-changes.service';
import { RequestsService } from './requests.service';
import { RequestSubmissionService } from './request-submission.service';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly submission: RequestSubmissionService,
    private readonly changes: RequestChangesService,
  ) {}

  @Post()
  @Roles('school', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Submit a request; the same Idempotency-Key creates it only once',
    description:
      'A school, sportvereniging or wijkpartner requests an offer meant for its kind (400 otherwise) for one or more classes or groups (for a counts-only offer such as Sport en Gedrag: only the number of participants, no names) with the windows in which it can take place, funded by itself or a package of its gemeente. Submitting again with the same Idempotency-Key returns the first result (Idempotent-Replayed: true) instead of a second request.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 letters, digits, - or _' })
  async submit(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateBookingRequestDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BookingRequestDto> {
    if (key !== undefined && !KEY.test(key)) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'Idempotency-Key', message: 'moet 8 tot 128 letters, cijfers, - of _ zijn' }],
      });
    }
    const result = await this.submission.submit(user, dto, key);
    res.status(result.status);
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Get()
  @ApiOperation({
    summary: 'Requests the user may see, newest first, a page at a time',
    description:
      'Booking requests with their state and how many of their sessions are planned, as far as the signed-in user may see them: a school its own, a gemeente those of its schools, planners those of their regions, Halt-beheer all. At most 50 a page (`page`, `pageSize`), with the total.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: RequestListQueryDto): Promise<Page<BookingRequestSummaryDto>> {
    return this.requests.list(user, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One booking request',
    description:
      'A booking request with its classes, windows, sessions, funding and the transitions of its lifecycle, when the signed-in user may see it.',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<BookingRequestDto> {
    return this.requests.get(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel the request and its sessions (the school itself or an admin)',
    description:
      'Cancels the request and its sessions, with a reason (the school itself or an admin). A state that does not allow it is a 409.',
  })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: CancelRequestDto,
  ): Promise<BookingRequestDto> {
    return this.requests.cancel(user, id, dto.reason);
  }

  @Post(':id/sessions/:sessionId/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel one session of the request (a class, one spreekuur); its credits return unless it is late',
    description:
      'Cancels one session of the request, with a reason; its credits return to the package unless the cancellation is late.',
  })
  cancelSession(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Param('sessionId', idPipe) sessionId: string,
    @Body() dto: CancelRequestDto,
  ): Promise<BookingRequestDto> {
    return this.changes.cancelSession(user, id, sessionId, dto.reason);
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask to move a planned session: it goes back to the planner with new windows',
    description: 'The school asks to move a planned session: it goes back to the planner with the new windows.',
  })
  move(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: MoveSessionDto,
  ): Promise<BookingRequestDto> {
    return this.changes.move(user, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: 'The gemeente approves a request funded by its package; it can then be planned',
    description:
      'The gemeente approves a request funded by one of its packages; the request can then be planned. A request in another state is a 409.',
  })
  approve(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<BookingRequestDto> {
    return this.requests.decide(user, id, 'approve');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('gemeente', 'admin')
  @ApiOperation({
    summary: 'The gemeente rejects a funded request (with a reason); its credits are released',
    description:
      'The gemeente rejects a request funded by one of its packages, with a reason; the reserved credits return to the package.',
  })
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: CancelRequestDto,
  ): Promise<BookingRequestDto> {
    return this.requests.decide(user, id, 'reject', dto.reason);
  }

  @Post(':id/groups')
  @ApiOperation({
    summary: 'Add a class to the request; its session goes to the planner',
    description:
      'Adds a class to a request; a new session for it goes to the planner, funded like the rest of the request.',
  })
  addGroup(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: GroupDto,
  ): Promise<BookingRequestDto> {
    return this.changes.addGroup(user, id, dto);
  }

  @Patch(':id/language-needs')
  @Roles('planner', 'admin', 'school', 'vereniging', 'wijkpartner')
  @ApiOperation({
    summary: 'Mark the interpreter arranged ("tolk geregeld"), or set the online parent meeting’s link',
    description:
      'A planner of the request’s region (or an admin) marks the interpreter arranged, so matching no longer asks the specialist to speak the language; the planner or the school itself sets the https link of an online parent meeting, which the parents see on their page and the calendar file carries. A field the request does not ask for is a 400.',
  })
  languageNeeds(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateLanguageNeedsDto,
  ): Promise<BookingRequestDto> {
    return this.changes.updateLanguageNeeds(user, id, dto);
  }
}
