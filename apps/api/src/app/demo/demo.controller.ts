import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { DemoLoginsDto } from '@halt/contracts';
import { Public } from '@halt/api/security';
import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DemoSeedService } from './demo-seed.service';

@ApiTags('demo')
@Controller('public')
export class DemoController {
  constructor(
    private readonly demo: DemoSeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The demo log-ins for the login page; only in development with the demo seed, never in production. */
  @Public()
  @Get('demo-logins')
  @ApiOperation({
    summary: 'Demo sign-ins',
    description: 'Public, demo mode only: the demo users per role to sign in with. Absent in production.',
  })
  logins(): DemoLoginsDto {
    if (this.config.env === 'production' || !this.config.seedDemo) throw new NotFoundException();
    return this.demo.logins();
  }
}
