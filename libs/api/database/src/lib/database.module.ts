import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { UnitOfWork } from './unit-of-work';

/** TypeORM on the database the process opened at boot (DATABASE_URL or the embedded PostgreSQL), and the unit of work. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string, poolSize = 10, waitMs = 5000): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url),
          extra: { max: poolSize, connectionTimeoutMillis: waitMs, application_name: 'halt-portaal' },
          autoLoadEntities: true,
        }),
      ],
      providers: [UnitOfWork],
      exports: [UnitOfWork],
    };
  }
}
