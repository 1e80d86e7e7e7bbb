import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, issueDashboardTicket } from './dashboard-ticket';

const TTL_SECONDS = 15 * 60;

/**
 * The queue dashboard is a server-rendered page a browser opens without the portal's bearer token: an admin
 * first asks for a 15-minute ticket, which arrives as an httpOnly cookie valid only on the dashboard's path.
 */
@ApiTags('queues')
@ApiBearerAuth()
@Controller('admin/queue-dashboard')
export class QueueDashboardController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Open the queue dashboard at /admin/queues (admins; a 15-minute cookie)',
    description: 'Sets a short-lived cookie for the job-queue dashboard (Bull Board) at /admin/queues. Admins only.',
  })
  open(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): { url: string; expiresIn: number } {
    res.cookie(DASHBOARD_COOKIE, issueDashboardTicket(this.config.jwtSecret, user.id, TTL_SECONDS), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: DASHBOARD_PATH,
      maxAge: TTL_SECONDS * 1000,
    });
    return { url: DASHBOARD_PATH, expiresIn: TTL_SECONDS };
  }
}
