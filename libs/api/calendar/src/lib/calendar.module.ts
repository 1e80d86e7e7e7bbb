import { OrganisationModule } from '@halt/api/organisation';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarController } from './calendar.controller';
import { ClosedDaysService } from './closed-days.service';
import { PortalClock } from './portal-clock';
import { SchoolClosedDay } from './school-closed-day.entity';
import { SchoolHoliday } from './school-holiday.entity';
import { SchoolHolidaysService } from './school-holidays.service';
import { SchoolCalendarService } from './school-calendar.service';

/** School holidays per region and each school's closed days. */
@Module({
  imports: [TypeOrmModule.forFeature([SchoolHoliday, SchoolClosedDay]), OrganisationModule],
  controllers: [CalendarController],
  providers: [SchoolHolidaysService, ClosedDaysService, SchoolCalendarService, PortalClock],
  exports: [SchoolHolidaysService, ClosedDaysService, SchoolCalendarService, PortalClock],
})
export class CalendarModule {}
