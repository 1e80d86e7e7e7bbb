import { IdentityModule } from '@halt/api/identity';
import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [IdentityModule],
  controllers: [DemoController],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
