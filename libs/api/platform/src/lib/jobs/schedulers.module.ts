import { Module } from '@nestjs/common';
import { MaintenanceScheduler } from './maintenance.scheduler';

/** Producers of scheduled jobs. */
@Module({ providers: [MaintenanceScheduler], exports: [MaintenanceScheduler] })
export class SchedulersModule {}
