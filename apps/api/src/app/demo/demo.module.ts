import { MaatwerkModule } from '@halt/api/maatwerk';
import { CalendarModule } from '@halt/api/calendar';
import { IdentityModule } from '@halt/api/identity';
import { Module } from '@nestjs/common';
import { DemoClockController } from './demo-clock.controller';
import { DemoController } from './demo.controller';
import { DemoActivitySeedService } from './demo-activity-seed.service';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [IdentityModule, CalendarModule, MaatwerkModule],
  controllers: [DemoController, DemoClockController],
  providers: [DemoSeedService, DemoActivitySeedService],
  exports: [DemoSeedService, DemoActivitySeedService],
})
export class DemoModule {}
