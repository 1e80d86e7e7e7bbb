import type { OfferType, SeriesInput, SessionKind } from '@halt/contracts';
import { addDays, compareDates, type LocalDate, type LocalTime, timeToMinutes, weekday } from '../calendar/local-date';
import type { DateWindow, SchoolCalendar } from '../calendar/school-calendar';
import { schoolYearBounds, schoolYearOf } from '../calendar/school-year';

/** What session expansion needs to know of an offer. */
export interface OfferShape {
  type: OfferType;
  durationMinutes: number;
  staffNeeded: number;
  requiredSkill: string;
}

/** One session a request expands into, before it is stored. */
export interface SessionPlan {
  kind: SessionKind;
  sequence: number;
  /** Index into the request's groups, for per-class sessions. */
  groupIndex: number | null;
  durationMinutes: number;
  staffNeeded: number;
  requiredSkill: string;
  windowFrom: LocalDate;
  windowTo: LocalDate;
  /** Fixed date and time of a spreekuur in a series. */
  proposedStart: { date: LocalDate; time: LocalTime } | null;
}

export interface ExpansionInput {
  offer: OfferShape;
  groups: readonly { name: string }[];
  windows: readonly DateWindow[];
  series?: SeriesInput;
  parentMeeting: boolean;
  calendar: SchoolCalendar;
}

export interface ExpansionError {
  field: string;
  message: string;
}

/** Spreekuren (also the intake of a halt-jrb trajectory) and parent meetings, wherever they come from. */
export const SPREEKUUR = { durationMinutes: 120, staffNeeded: 1, requiredSkill: 'spreekuur' } as const;
export const PARENT_MEETING = { durationMinutes: 90, staffNeeded: 1, requiredSkill: 'ouderbijeenkomst' } as const;

const SERIES_TYPES: readonly OfferType[] = ['schoolspreekuur', 'halt-jrb'];

/** Whether an offer of this type is requested as a series (fixed weekday and hour). */
export function needsSeries(type: OfferType): boolean {
  return SERIES_TYPES.includes(type);
}

/** Whether an offer of this type is given to one class at a time: voorlichting, klassendialoog, jongerenrechtbank. */
export function perClass(type: OfferType): boolean {
  return !needsSeries(type) && type !== 'ouderbijeenkomst';
}

/** What {@link sessionCount} needs to know of a request. */
export interface SessionCountInput {
  type: OfferType;
  groupCount: number;
  series?: Pick<SeriesInput, 'count' | 'hearings'>;
  parentMeeting: boolean;
}

/**
 * How many sessions {@link expandSessions} makes of a request it accepts, without needing the school's calendar:
 * the spreekuren of a series (for halt-jrb also the intake and the hearings, at least one), one meeting for an
 * ouderbijeenkomst, else one session per class; plus the parent meeting when asked for. What a package pays for.
 */
export function sessionCount(input: SessionCountInput): number {
  const { type, series } = input;
  const main = needsSeries(type)
    ? (series?.count ?? 0) + (type === 'halt-jrb' ? 1 + (series?.hearings ?? 1) : 0)
    : perClass(type)
      ? input.groupCount
      : 1;
  return main + (input.parentMeeting && type !== 'ouderbijeenkomst' ? 1 : 0);
}

/**
 * Turns a request into its sessions: one per class for a voorlichting, klassendialoog or JRB hearing; one
 * parent meeting; a spreekuur series on a fixed weekday and hour, weekly or fortnightly, skipping days the
 * school is closed; for halt-jrb an intake spreekuur, the spreekuren and at least one hearing, in that order.
 * Returns the sessions, or the problems (field + Dutch message) that make the request impossible.
 */
export function expandSessions(input: ExpansionInput): { sessions: SessionPlan[] } | { errors: ExpansionError[] } {
  const { offer, groups, windows, calendar } = input;
  const spanFrom = windows.map((w) => w.from).sort(compareDates)[0];
  const spanTo =
    windows
      .map((w) => w.to)
      .sort(compareDates)
      .at(-1) ?? spanFrom;
  const sessions: SessionPlan[] = [];
  const push = (plan: Omit<SessionPlan, 'sequence'>) => sessions.push({ ...plan, sequence: sessions.length + 1 });
  const fromOffer = {
    durationMinutes: offer.durationMinutes,
    staffNeeded: offer.staffNeeded,
    requiredSkill: offer.requiredSkill,
  };

  if (needsSeries(offer.type)) {
    const series = input.series;
    if (!series) return { errors: [{ field: 'series', message: 'kies weekdag, tijd en het aantal spreekuren' }] };
    const withIntake = offer.type === 'halt-jrb';
    const dates = seriesDates(series, spanFrom, calendar, series.count + (withIntake ? 1 : 0));
    if ('error' in dates) return { errors: [dates.error] };
    dates.dates.forEach((date, i) =>
      push({
        ...SPREEKUUR,
        kind: withIntake && i === 0 ? 'intake' : 'spreekuur',
        groupIndex: null,
        windowFrom: date,
        windowTo: date,
        proposedStart: { date, time: series.time },
      }),
    );
    if (withIntake) {
      const hearings = series.hearings ?? 1;
      const after = addDays(dates.dates[dates.dates.length - 1], 1);
      const yearEnd = schoolYearBounds(schoolYearOf(spanFrom)).end;
      const hearingTo = compareDates(spanTo, after) > 0 && compareDates(spanTo, yearEnd) <= 0 ? spanTo : yearEnd;
      if (calendar.schoolDaysBetween(after, hearingTo).length === 0) {
        return {
          errors: [
            {
              field: 'series.count',
              message: 'na de spreekuren blijft in dit schooljaar geen schooldag over voor een zitting',
            },
          ],
        };
      }
      for (let h = 0; h < hearings; h++) {
        push({
          ...fromOffer,
          kind: 'hearing',
          groupIndex: null,
          windowFrom: after,
          windowTo: hearingTo,
          proposedStart: null,
        });
      }
    }
  } else if (offer.type === 'ouderbijeenkomst') {
    push({
      ...fromOffer,
      kind: 'parent_meeting',
      groupIndex: null,
      windowFrom: spanFrom,
      windowTo: spanTo,
      proposedStart: null,
    });
  } else {
    const kind: SessionKind = offer.type === 'jongerenrechtbank' ? 'hearing' : 'lesson';
    groups.forEach((_, i) =>
      push({ ...fromOffer, kind, groupIndex: i, windowFrom: spanFrom, windowTo: spanTo, proposedStart: null }),
    );
  }

  if (input.parentMeeting && offer.type !== 'ouderbijeenkomst') {
    push({
      ...PARENT_MEETING,
      kind: 'parent_meeting',
      groupIndex: null,
      windowFrom: spanFrom,
      windowTo: spanTo,
      proposedStart: null,
    });
  }
  return { sessions };
}

/** `count` school days on the series' weekday from `start`, every week or every other week, skipping closed days. */
function seriesDates(
  series: SeriesInput,
  start: LocalDate,
  calendar: SchoolCalendar,
  count: number,
): { dates: LocalDate[] } | { error: ExpansionError } {
  const hours = calendar.hours;
  const startMin = timeToMinutes(series.time);
  if (startMin < timeToMinutes(hours.start) || startMin + SPREEKUUR.durationMinutes > timeToMinutes(hours.end)) {
    return {
      error: {
        field: 'series.time',
        message: `het spreekuur van ${SPREEKUUR.durationMinutes} minuten moet binnen de schooldag (${hours.start}–${hours.end}) vallen`,
      },
    };
  }
  const yearEnd = schoolYearBounds(schoolYearOf(start)).end;
  let date = start;
  while (weekday(date) !== series.weekday) date = addDays(date, 1);
  const step = series.frequency === 'weekly' ? 7 : 14;
  const dates: LocalDate[] = [];
  for (; dates.length < count && compareDates(date, yearEnd) <= 0; date = addDays(date, step)) {
    if (calendar.isSchoolDay(date)) dates.push(date);
  }
  if (dates.length < count) {
    return {
      error: {
        field: 'series.count',
        message: `er passen maar ${dates.length} spreekuren in dit schooljaar op deze weekdag`,
      },
    };
  }
  return { dates };
}
