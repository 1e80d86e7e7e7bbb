import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';

/** TypeORM on the database the process opened at boot (DATABASE_URL or the embedded PostgreSQL). */
@Module({})
export class DatabaseModule {
  static forRoot(url: string, poolSize = 10): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url),
          extra: { max: poolSize, connectionTimeoutMillis: 10_000, application_name: 'halt-portaal' },
          autoLoadEntities: true,
        }),
      ],
    };
  }
}
