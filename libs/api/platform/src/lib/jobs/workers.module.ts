import { SessionCleanupService } from '@halt/api/identity';
import { StaffingModule } from '@halt/api/staffing';
import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor';
import { PlanningProcessor } from './planning.processor';

/**
 * The BullMQ processors. The worker app runs them; in embedded mode (one process on PGlite) the API
 * process runs them too.
 */
@Module({
  imports: [StaffingModule],
  providers: [MaintenanceProcessor, PlanningProcessor, SessionCleanupService],
})
export class WorkersModule {}
