import { BookingModule } from '@halt/api/booking';
import { CalendarModule } from '@halt/api/calendar';
import { Module } from '@nestjs/common';
import { MaatwerkController } from './maatwerk.controller';
import { MaatwerkCommandsService } from './maatwerk-commands.service';
import { MaatwerkDemo } from './maatwerk-demo';
import { MaatwerkReadsService } from './maatwerk-reads.service';

/** Maatwerk and advice questions: intake, proposal, the requester's decision; an accepted proposal becomes requests. */
@Module({
  imports: [BookingModule, CalendarModule],
  controllers: [MaatwerkController],
  providers: [MaatwerkReadsService, MaatwerkCommandsService, MaatwerkDemo],
  exports: [MaatwerkReadsService, MaatwerkDemo],
})
export class MaatwerkModule {}
