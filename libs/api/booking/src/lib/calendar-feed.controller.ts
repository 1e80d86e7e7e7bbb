import type { CalendarFeedDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Public, Roles } from '@halt/api/security';
import { Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service';

const TOKEN = /^([A-Za-z0-9_-]{32})\.ics$/;

@ApiTags('calendar feed')
@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('schools/:id/calendar-feed')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Whether the school has a calendar feed',
    description: 'Whether the school has a private calendar feed; the secret URL itself is shown only when it is made.',
  })
  status(@CurrentUser() user: AuthUser, @Param('id', idPipe) schoolId: string): Promise<CalendarFeedDto> {
    return this.feeds.status(user, schoolId);
  }

  @Post('schools/:id/calendar-feed')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Make a new private feed URL (revokes the previous one); the URL is shown only now',
    description:
      'Makes a new private iCalendar feed of the school’s sessions; the previous feed URL stops working at once.',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) schoolId: string,
    @Req() req: Request,
  ): Promise<CalendarFeedDto> {
    return this.feeds.create(user, schoolId, `${req.protocol}://${req.get('host')}`);
  }

  @Delete('schools/:id/calendar-feed')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke the calendar feed',
    description: 'Revokes the school’s private calendar feed; its URL stops working.',
  })
  revoke(@CurrentUser() user: AuthUser, @Param('id', idPipe) schoolId: string): Promise<void> {
    return this.feeds.revoke(user, schoolId);
  }

  @Get('staff/me/calendar-feed')
  @Roles('staff')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Whether the specialist has a calendar feed of their own sessions',
    description:
      'Whether the signed-in specialist has a private calendar feed of the sessions they are on; the secret URL itself is shown only when it is made.',
  })
  staffStatus(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.feeds.staffStatus(user);
  }

  @Post('staff/me/calendar-feed')
  @Roles('staff')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Make a new private feed URL of the specialist’s sessions (revokes the previous one); shown only now',
    description:
      'Makes a new private iCalendar feed of the sessions the signed-in specialist is on; the previous feed URL stops working at once. The secret is stored only as a hash.',
  })
  createStaff(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<CalendarFeedDto> {
    return this.feeds.createForStaff(user, `${req.protocol}://${req.get('host')}`);
  }

  @Delete('staff/me/calendar-feed')
  @Roles('staff')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke the specialist’s calendar feed',
    description: 'Revokes the signed-in specialist’s private calendar feed; its URL stops working.',
  })
  revokeStaff(@CurrentUser() user: AuthUser): Promise<void> {
    return this.feeds.revokeForStaff(user);
  }

  /** Read by calendar apps, which cannot sign in: the secret in the URL is the credential. */
  @Public()
  @Get('public/calendar-feeds/:file')
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary: 'A school’s or a specialist’s calendar feed (by its secret URL)',
    description:
      'Public (the secret in the file name is the key): the school’s sessions, or the sessions a specialist is on, as an iCalendar feed for calendar apps. A revoked or unknown feed is a 404.',
  })
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = TOKEN.exec(file);
    if (!match) throw new NotFoundException('Agenda niet gevonden');
    const body = await this.feeds.feed(match[1]);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  }
}
