import { type AppConfig, AppConfigModule } from '@halt/api/config';
import { AuditModule } from '@halt/api/audit';
import { DatabaseModule } from '@halt/api/database';
import { loggingModule, SchedulersModule, WorkersModule } from '@halt/api/platform';
import { QueueModule, queueStoreFor } from '@halt/api/queue';
import { DynamicModule, Module } from '@nestjs/common';

/** The worker process: the BullMQ processors on the same database and queue store as the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        loggingModule(config.logLevel),
        DatabaseModule.forRoot(databaseUrl, 5),
        QueueModule.forRoot(queueStoreFor(config, databaseUrl)),
        AuditModule,
        SchedulersModule,
        WorkersModule,
      ],
    };
  }
}
