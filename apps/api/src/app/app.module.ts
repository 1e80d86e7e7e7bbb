import { type AppConfig, AppConfigModule } from '@halt/api/config';
import { AuditModule } from '@halt/api/audit';
import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { CatalogueModule } from '@halt/api/catalogue';
import { DatabaseModule, type DatabaseRuntime } from '@halt/api/database';
import { IdentityModule } from '@halt/api/identity';
import { OrganisationModule } from '@halt/api/organisation';
import { HealthModule, loggingModule, SchedulersModule, WorkersModule } from '@halt/api/platform';
import { QueueModule, queueStoreFor } from '@halt/api/queue';
import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DemoModule } from './demo/demo.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database the process opened: DATABASE_URL or the embedded PGlite. */
  database: DatabaseRuntime;
}

const DATABASE_RUNTIME = Symbol('DATABASE_RUNTIME');

/** Stops the embedded PGlite after everything else has shut down (the root module's hooks run last). */
@Injectable()
class DatabaseRuntimeCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_RUNTIME) private readonly database: DatabaseRuntime) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.stop();
  }
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
        DatabaseModule.forRoot(databaseUrl),
        QueueModule.forRoot(queueStoreFor(config, database)),
        AuditModule,
        IdentityModule,
        OrganisationModule,
        CatalogueModule,
        CalendarModule,
        BookingModule,
        HealthModule,
        SchedulersModule,
        DemoModule,
        ...(config.runWorkers ? [WorkersModule] : []),
      ],
      providers: [{ provide: DATABASE_RUNTIME, useValue: database }, DatabaseRuntimeCloser],
    };
  }
}
