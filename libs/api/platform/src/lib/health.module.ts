import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { QueueDashboardController } from './queue-dashboard/queue-dashboard.controller';
import { HealthController } from './health.controller';

/** Health checks, and the ticket endpoint of the queue dashboard. */
@Module({ imports: [TerminusModule], controllers: [HealthController, QueueDashboardController] })
export class HealthModule {}
