import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditEvent } from './audit-event.entity';
import { AuditMaintenance } from './audit-maintenance';
import { AuditService } from './audit.service';

/**
 * The append-only audit trail: every create, update and delete on an audited table (written by the database's
 * audit trigger inside the unit of work) and every sign-in, failed sign-in and sign-out.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditService, AuditMaintenance],
  exports: [AuditService, AuditMaintenance],
})
export class AuditModule {}
