import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service';
import { PackageFundingService } from './package-funding.service';
import { PackageOrderCommandsService } from './package-order-commands.service';
import { PackageOrderReadsService } from './package-order-reads.service';
import { PackageTemplatesService } from './package-templates.service';
import { PackagesController } from './packages.controller';

/** Gemeente package orders, their credit ledger and results. */
@Module({
  imports: [CalendarModule],
  controllers: [PackagesController],
  providers: [
    PackageTemplatesService,
    PackageOrderReadsService,
    PackageOrderCommandsService,
    PackageFundingService,
    LedgerService,
  ],
  exports: [PackageFundingService, LedgerService],
})
export class PackagesModule {}
