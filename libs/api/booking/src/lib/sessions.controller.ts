import type { BookingRequestDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import { Body, ConflictException, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DeliverSessionDto } from './booking.dto';
import { calendarFile } from './calendar-file';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post(':id/deliver')
  @HttpCode(200)
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'Mark a session that took place as delivered, with the pupils reached (staff use POST …/report)',
    description:
      'A planner or admin records that a session took place, with the pupils reached. Specialists use POST /api/sessions/{id}/report.',
  })
  deliver(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: DeliverSessionDto,
  ): Promise<BookingRequestDto> {
    return this.sessions.deliver(user, id, dto);
  }

  @Get(':id/calendar.ics')
  @ApiProduces('text/calendar')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The session as an iCalendar file (once it has a time)',
    description:
      'An iCalendar (.ics) file of a session, for the school’s or specialist’s own calendar, once the session has a date and time.',
  })
  async ics(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string, @Res() res: Response): Promise<void> {
    const session = await this.sessions.find(this.dataSource.manager, user, id);
    if (!session.plannedStart) throw new ConflictException('Deze sessie heeft nog geen datum en tijd');
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="halt-sessie-${session.request?.reference ?? id}-${session.sequence}.ics"`,
    );
    res.send(calendarFile([session], 'Halt-sessie'));
  }
}
