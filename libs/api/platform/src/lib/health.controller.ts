import { QueueRegistry } from '@halt/api/queue';
import { Public } from '@halt/api/security';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';

/** Liveness and readiness: the database and the queue store (Redis or BullMQ's PostgreSQL backend). */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queues: QueueRegistry,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Health of the API',
    description:
      'Public: whether the database and the queue store answer. 200 when both are up; 503 (problem details with the failing part) when one is down.',
  })
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('queue');
        try {
          await this.queues.backend.ping();
          return indicator.up({ store: this.queues.backend.store });
        } catch (e) {
          return indicator.down({ store: this.queues.backend.store, message: (e as Error).message });
        }
      },
    ]);
  }
}
