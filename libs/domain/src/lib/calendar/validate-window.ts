import { formatDutchDate } from './dutch-format';
import { isLocalDate, isLocalTime, LocalDate, timeToMinutes } from './local-date';
import { DateWindow, SchoolCalendar } from './school-calendar';
import { schoolYearBounds, schoolYearOf } from './school-year';

/** Field of a {@link DateWindow} an error belongs to. */
export type WindowField = 'from' | 'to' | 'weekdays' | 'earliest' | 'latest';

/** Machine-readable kind of a window error (the `message` is the Dutch text for users). */
export type WindowErrorCode =
  | 'invalid_date'
  | 'invalid_time'
  | 'from_after_to'
  | 'in_past'
  | 'lead_time'
  | 'school_year'
  | 'no_weekdays'
  | 'invalid_weekday'
  | 'earliest_not_before_latest'
  | 'outside_school_day'
  | 'too_short'
  | 'no_possible_day';

/** One problem with a date window. */
export interface WindowFieldError {
  field: WindowField;
  code: WindowErrorCode;
  /** Dutch, e.g. `moet op of na maandag 14 december 2026 liggen (10 schooldagen vooruit)`. */
  message: string;
}

/** Default lead time: a window may start 10 school days after today at the earliest. */
export const DEFAULT_LEAD_SCHOOL_DAYS = 10;

/** What {@link validateWindow} checks a window against. */
export interface WindowValidationContext {
  /** Today's local date (Europe/Amsterdam), passed in so the rule stays pure. */
  today: LocalDate;
  /** School days between today and the earliest allowed start; default {@link DEFAULT_LEAD_SCHOOL_DAYS}. */
  leadSchoolDays?: number;
  /** Length of one session in minutes. */
  durationMinutes: number;
  /** The requesting school's calendar. */
  calendar: SchoolCalendar;
}

/**
 * Checks a preferred date window and returns every problem (empty when the window is fine):
 * valid dates and times; `from` ≤ `to`; not in the past; `from` at least `leadSchoolDays`
 * school days after `today`; `from` and `to` in one school year; at least one weekday (1–7);
 * `earliest` before `latest`; a session of `durationMinutes` fits in the school day; and —
 * only when everything else is right — at least one possible session remains after weekends,
 * school holidays, public holidays and closed days.
 */
export function validateWindow(window: DateWindow, context: WindowValidationContext): WindowFieldError[] {
  const { today, calendar, durationMinutes } = context;
  const lead = context.leadSchoolDays ?? DEFAULT_LEAD_SCHOOL_DAYS;
  if (!isLocalDate(today)) throw new RangeError(`Ongeldige datum voor vandaag: '${today}'`);
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`Duur moet een positief aantal minuten zijn: ${durationMinutes}`);
  }
  const errors: WindowFieldError[] = [];
  const add = (field: WindowField, code: WindowErrorCode, message: string) => errors.push({ field, code, message });

  const fromOk = isLocalDate(window.from);
  const toOk = isLocalDate(window.to);
  if (!fromOk) add('from', 'invalid_date', 'is geen geldige datum');
  if (!toOk) add('to', 'invalid_date', 'is geen geldige datum');

  if (fromOk && toOk) {
    const { from, to } = window;
    if (from > to) add('to', 'from_after_to', 'moet op of na de begindatum liggen');
    if (from < today) {
      add('from', 'in_past', 'ligt in het verleden');
      if (to < today && from <= to) add('to', 'in_past', 'ligt in het verleden');
    } else {
      const firstAllowed = calendar.addSchoolDays(today, lead);
      if (from < firstAllowed) {
        const unit = lead === 1 ? 'schooldag' : 'schooldagen';
        add('from', 'lead_time', `moet op of na ${formatDutchDate(firstAllowed)} liggen (${lead} ${unit} vooruit)`);
      }
    }
    if (from <= to && schoolYearOf(from) !== schoolYearOf(to)) {
      const year = schoolYearOf(from);
      add(
        'to',
        'school_year',
        `moet in hetzelfde schooljaar liggen als de begindatum (schooljaar ${year} loopt tot en met ${formatDutchDate(schoolYearBounds(year).end)})`,
      );
    }
  }

  if (window.weekdays.length === 0) add('weekdays', 'no_weekdays', 'kies ten minste één weekdag');
  else if (window.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    add('weekdays', 'invalid_weekday', 'bevat een ongeldige weekdag (1 = maandag … 7 = zondag)');
  }

  const earliestOk = isLocalTime(window.earliest);
  const latestOk = isLocalTime(window.latest);
  if (!earliestOk) add('earliest', 'invalid_time', 'is geen geldige tijd (UU:MM)');
  if (!latestOk) add('latest', 'invalid_time', 'is geen geldige tijd (UU:MM)');
  if (earliestOk && latestOk) {
    const { start: dayStart, end: dayEnd } = calendar.hours;
    const schoolDay = `${dayStart}–${dayEnd}`;
    if (window.earliest >= window.latest) {
      add('latest', 'earliest_not_before_latest', 'moet later liggen dan de vroegste begintijd');
    } else if (window.latest <= dayStart || window.earliest >= dayEnd) {
      add('earliest', 'outside_school_day', `het tijdvak valt buiten de schooldag (${schoolDay})`);
    } else {
      const start = Math.max(timeToMinutes(window.earliest), timeToMinutes(dayStart));
      const end = Math.min(timeToMinutes(window.latest), timeToMinutes(dayEnd));
      if (end - start < durationMinutes) {
        add(
          'latest',
          'too_short',
          `laat te weinig tijd voor een sessie van ${durationMinutes} minuten binnen de schooldag (${schoolDay})`,
        );
      }
    }
  }

  if (errors.length === 0 && !calendar.fitsSession(window, durationMinutes)) {
    add(
      'from',
      'no_possible_day',
      'er blijft geen mogelijke dag over: alle dagen vallen in vakanties, weekenden of vrije dagen',
    );
  }
  return errors;
}
