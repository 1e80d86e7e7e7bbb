import { PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Roles } from '@halt/api/security';
import { Body, Controller, Get, Inject, NotFoundException, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class DemoClockDto {
  @ApiProperty({ example: 60, description: 'Days the portal clock runs ahead of real time (0 = real time)' })
  @IsInt({ message: 'moet een geheel aantal dagen zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(730, { message: 'mag hoogstens 730 zijn' })
  offsetDays!: number;
}

/**
 * Demo clock, for demonstrations and browser tests outside production: an admin moves the portal's clock
 * ahead, e.g. to mark a planned session delivered once its day has come. In production it does not exist.
 */
@ApiTags('demo')
@ApiBearerAuth()
@Controller('demo/clock')
export class DemoClockController {
  constructor(
    private readonly clock: PortalClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'The demo clock',
    description: 'The date the portal takes as today. Demo and test mode only.',
  })
  get(): { offsetDays: number; today: string; now: string } {
    this.available();
    return { offsetDays: this.clock.offsetDays, today: this.clock.today(), now: this.clock.now().toISOString() };
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: 'Run the portal clock ahead by a number of days (not in production)',
    description:
      'Moves the portal’s today ahead by a number of days, to show reminders and evaluations of later dates. Refused in production.',
  })
  set(@Body() dto: DemoClockDto): { offsetDays: number; today: string; now: string } {
    this.available();
    this.clock.setOffsetDays(dto.offsetDays);
    return this.get();
  }

  private available(): void {
    if (this.config.env === 'production') throw new NotFoundException();
  }
}
