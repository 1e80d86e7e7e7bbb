import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Offer } from './offer.entity';
import { LearningLinesController } from './learning-lines.controller';
import { LearningLinesService } from './learning-lines.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';

/** The offer catalogue (aanbod) and its learning lines (leerlijnen). */
@Module({
  imports: [TypeOrmModule.forFeature([Offer]), CalendarModule],
  controllers: [OffersController, LearningLinesController],
  providers: [OffersService, LearningLinesService],
  exports: [OffersService],
})
export class CatalogueModule {}
