import { LoginDelays, SessionCleanupService } from '@halt/api/identity';
import { RetentionModule } from '@halt/api/privacy';
import { RemindersModule } from '@halt/api/reminders';
import { StaffingModule } from '@halt/api/staffing';
import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor';
import { PlanningProcessor } from './planning.processor';
import { RemindersProcessor } from './reminders.processor';

/**
 * The BullMQ processors. The worker app runs them; in embedded mode (`npm start`, one process) the API
 * process runs them too.
 */
@Module({
  imports: [StaffingModule, RemindersModule, RetentionModule],
  providers: [MaintenanceProcessor, PlanningProcessor, RemindersProcessor, SessionCleanupService, LoginDelays],
})
export class WorkersModule {}
