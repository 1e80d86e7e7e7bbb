import { PortalClock, SchoolCalendarService } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { HolidayRegion } from '@halt/contracts';
import type { LocalDate } from '@halt/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { currentYearActivity, currentYearSpan } from './activity/current-year';
import { type ActivityResult, generateActivity } from './activity/generate-activity';

/**
 * The lived-in demo: on a portal nobody used yet (no requests, no package orders), the current school year's
 * activity as of the portal's clock — requests in every state, planned and delivered sessions with their
 * specialists, package orders with their ledger, class codes, evaluations and trends — made by the activity
 * generator in one transaction. Runs after the demo organisations and users (`DemoSeedService`).
 */
@Injectable()
export class DemoActivitySeedService {
  private readonly log = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: PortalClock,
    private readonly calendars: SchoolCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Generates the year when the portal is unused; null when there is activity already (nothing changes). */
  async seed(): Promise<ActivityResult | null> {
    if (await this.inUse()) return null;
    const started = performance.now();
    const today = this.clock.today();
    const { from, to } = currentYearSpan(today);
    const options = currentYearActivity({
      now: this.clock.now(),
      today,
      isSchoolDay: await this.schoolDays(from, to),
      freeCancellationDays: this.config.freeCancellationDays,
      evaluationOpenDays: this.config.evaluationOpenDays,
    });
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      const result = await generateActivity(client, { ...options, log: (line) => this.log.debug(line) });
      if (result) {
        const rows = Object.fromEntries(result.counts);
        this.log.log(
          `demo activity of ${from} – ${today}: ${rows['booking_request']} requests, ${rows['session']} sessions, ` +
            `${rows['evaluation_response']} evaluation answers (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
      return result;
    } finally {
      await runner.release();
    }
  }

  private async inUse(): Promise<boolean> {
    const [row]: { used: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM booking_request) OR EXISTS (SELECT 1 FROM package_order) AS used`,
    );
    return row.used;
  }

  /** Each holiday region's school days, from the portal's own calendar of a school in that region. */
  private async schoolDays(
    from: LocalDate,
    to: LocalDate,
  ): Promise<Partial<Record<HolidayRegion, (date: LocalDate) => boolean>>> {
    const schools: { id: string; region: HolidayRegion }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (holiday_region) id, holiday_region AS region FROM school ORDER BY holiday_region, brin`,
    );
    const calendars = await this.calendars.calendarsFor(
      schools.map((s) => s.id),
      from,
      to,
    );
    const out: Partial<Record<HolidayRegion, (date: LocalDate) => boolean>> = {};
    for (const s of schools) {
      const calendar = calendars.get(s.id);
      if (calendar) out[s.region] = (date) => calendar.isSchoolDay(date);
    }
    return out;
  }
}
