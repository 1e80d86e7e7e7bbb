export * from './lib/calendar.module';
export * from './lib/school-holiday.entity';
export * from './lib/school-closed-day.entity';
export * from './lib/school-holidays.service';
export * from './lib/closed-days.service';
export * from './lib/school-calendar.service';
export * from './lib/date-holidays.provider';
export * from './lib/portal-clock';
