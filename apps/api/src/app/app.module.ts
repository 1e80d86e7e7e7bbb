import { type AppConfig, AppConfigModule } from '@halt/api/config';
import { AuditModule } from '@halt/api/audit';
import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { CatalogueModule } from '@halt/api/catalogue';
import { DatabaseModule, type DatabaseRuntime } from '@halt/api/database';
import { EvaluationsModule } from '@halt/api/evaluations';
import { IdentityModule } from '@halt/api/identity';
import { MaatwerkModule } from '@halt/api/maatwerk';
import { OrganisationModule } from '@halt/api/organisation';
import { PackagesModule } from '@halt/api/packages';
import { PrivacyModule } from '@halt/api/privacy';
import { RemindersModule } from '@halt/api/reminders';
import { StaffingModule } from '@halt/api/staffing';
import { HealthModule, loggingModule, SchedulersModule, WorkersModule } from '@halt/api/platform';
import { QueueModule, queueStoreFor } from '@halt/api/queue';
import { DynamicModule, Module } from '@nestjs/common';
import { DemoModule } from './demo/demo.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database the process opened: DATABASE_URL or the embedded PostgreSQL. */
  database: DatabaseRuntime;
}

/** The HTTP API. In embedded mode it also runs the BullMQ processors (RUN_WORKERS). */
@Module({})
export class AppModule {
  static forRoot({ config, database }: AppModuleOptions): DynamicModule {
    const databaseUrl = database.url;
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        loggingModule(config.logLevel),
        DatabaseModule.forRoot(databaseUrl, config.databasePoolSize, config.databasePoolWaitMs),
        QueueModule.forRoot(queueStoreFor(config, databaseUrl)),
        AuditModule,
        IdentityModule,
        OrganisationModule,
        CatalogueModule,
        CalendarModule,
        PackagesModule,
        EvaluationsModule,
        BookingModule,
        StaffingModule,
        MaatwerkModule,
        RemindersModule,
        PrivacyModule,
        HealthModule,
        SchedulersModule,
        DemoModule,
        ...(config.runWorkers ? [WorkersModule] : []),
      ],
    };
  }
}
