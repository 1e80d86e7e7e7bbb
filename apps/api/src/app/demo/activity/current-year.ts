import { HOLIDAY_REGIONS, type HolidayRegion } from '@halt/contracts';
import { addDays, type LocalDate, schoolYearBounds, schoolYearOf } from '@halt/domain';
import type { ActivityOptions } from './generate-activity';
import { schoolDaysBetween } from './school-days';

/** Halt's work starts a few weeks into the school year (the summer holiday ends late August in the south). */
const FIRST_DAY_AFTER_START = 24;
/** How far ahead sessions are planned. */
const PLANNED_AHEAD_DAYS = 42;
/** Sessions a school day, over all regions: a real region's autumn, spread over the demo's six. */
const SESSIONS_PER_SCHOOL_DAY = 6;

/** The clock and the calendars the current school year is generated for. */
export interface CurrentYearInput {
  now: Date;
  today: LocalDate;
  /** Per holiday region, whether a date is a school day there (the portal's school calendar). */
  isSchoolDay: Partial<Record<HolidayRegion, (date: LocalDate) => boolean>>;
  freeCancellationDays: number;
  evaluationOpenDays: number;
}

/** The first and last day sessions of the current school year are placed on: from late August to six weeks ahead. */
export function currentYearSpan(today: LocalDate): { from: LocalDate; to: LocalDate; subsidyYears: [number, number] } {
  const { start, end } = schoolYearBounds(schoolYearOf(today));
  const ahead = addDays(today, PLANNED_AHEAD_DAYS);
  const first = Number(start.slice(0, 4));
  return {
    from: addDays(start, FIRST_DAY_AFTER_START),
    to: ahead < end ? ahead : end,
    subsidyYears: [first, first + 1],
  };
}

/**
 * What the demo seed generates: the school year (1 August – 31 July) that holds today, on the school days of each
 * holiday region, with package orders for the two subsidy years it touches, about 60 schools (the demo schools with
 * a log-in the busiest), a few dozen requests waiting to be planned, and as many sessions as a real region's
 * autumn has per school day.
 */
export function currentYearActivity(input: CurrentYearInput): Omit<ActivityOptions, 'log'> {
  const { from, to, subsidyYears } = currentYearSpan(input.today);
  const days = Object.fromEntries(
    HOLIDAY_REGIONS.map((r) => {
      const isSchoolDay = input.isSchoolDay[r];
      return [r, isSchoolDay ? schoolDaysBetween(from, to, isSchoolDay) : []];
    }),
  ) as Record<HolidayRegion, LocalDate[]>;
  const dates = new Set(Object.values(days).flat());
  return {
    seed: 1,
    now: input.now,
    today: input.today,
    years: [{ share: 1, days }],
    orderYears: subsidyYears,
    sessions: SESSIONS_PER_SCHOOL_DAY * dates.size,
    responses: 0,
    pupilRate: 0.7,
    schools: 60,
    unplanned: 45,
    packageShare: 0.45,
    noShowShare: 0.04,
    // within the school day, as the portal plans every session
    parentMeetingTime: '14:30',
    evaluationOpenDays: input.evaluationOpenDays,
    livedIn: { freeCancellationDays: input.freeCancellationDays },
  };
}
