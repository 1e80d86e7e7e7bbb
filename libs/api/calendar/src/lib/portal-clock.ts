import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { instantToZoned, type LocalDate, zonedDateTimeToInstant } from '@halt/domain';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';

/**
 * The portal's idea of "now" and "today" (Europe/Amsterdam), in one place. Tests pin it with CLOCK_TODAY
 * (noon of that day); outside production it can be moved forward by whole days, so a demo or a browser test
 * can walk a session through its life (plan it, then mark it delivered once "its day has come").
 */
@Injectable()
export class PortalClock {
  private offsetMs = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    const base = this.config.clockToday ? zonedDateTimeToInstant(this.config.clockToday, '12:00') : new Date();
    return new Date(base.getTime() + this.offsetMs);
  }

  today(): LocalDate {
    return this.config.clockToday && this.offsetMs === 0 ? this.config.clockToday : instantToZoned(this.now()).date;
  }

  /** Days the clock runs ahead of the real (or pinned) time. */
  get offsetDays(): number {
    return this.offsetMs / 86_400_000;
  }

  /** Moves the clock forward (or back to 0); refused in production. */
  setOffsetDays(days: number): void {
    if (this.config.env === 'production') throw new ForbiddenException('De klok kan in productie niet verzet worden');
    this.offsetMs = days * 86_400_000;
  }
}
