import { SessionCleanupService } from '@halt/api/identity';
import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor';

/**
 * The BullMQ processors. The worker app runs them; in embedded mode (one process on PGlite) the API
 * process runs them too.
 */
@Module({
  providers: [MaintenanceProcessor, SessionCleanupService],
})
export class WorkersModule {}
