import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { IdentityModule } from '@halt/api/identity';
import { MessagePrivacyModule } from '@halt/api/reminders';
import { Module } from '@nestjs/common';
import { PersonErasureService } from './person-erasure.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyController } from './privacy.controller';
import { RetentionService } from './retention.service';

/** The retention periods, for the maintenance worker (which runs without the HTTP side of identity). */
@Module({
  imports: [BookingModule, CalendarModule, MessagePrivacyModule],
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}

/**
 * Privacy (AVG) across the areas: a person's data for download, erasure on request and the retention periods.
 * Reads through its read model (`personal-data.queries.ts`); every write goes through the owning area's writer
 * (identity's `AccountErasure`, booking's `ContactPrivacy`, reminders' `MessagePrivacy`, audit's
 * `AuditMaintenance`).
 */
@Module({
  imports: [IdentityModule, BookingModule, MessagePrivacyModule, RetentionModule],
  controllers: [PrivacyController],
  providers: [PersonalDataService, PersonErasureService],
  exports: [RetentionModule],
})
export class PrivacyModule {}
