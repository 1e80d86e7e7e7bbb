import type { Uuid, IsoDate, ClockTime } from './scalars';
export const SCHOOL_TYPES = ['PO', 'VO', 'MBO', 'SO', 'VSO'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The three Dutch school-holiday regions. */
export const HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

export interface RegionDto {
  id: Uuid;
  code: string;
  name: string;
}

export interface MunicipalityDto {
  id: Uuid;
  /** CBS code, e.g. GM0363. */
  cbsCode: string;
  name: string;
  regionId: Uuid;
}

export interface SchoolDto {
  id: Uuid;
  name: string;
  /** BRIN number (4 characters) plus optional 2-digit vestiging, e.g. 00AA01. */
  brin: string;
  type: SchoolType;
  street: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  municipalityId: Uuid;
  municipalityName: string;
  holidayRegion: HolidayRegion;
  /** School day, local time HH:mm. */
  dayStart: ClockTime;
  dayEnd: ClockTime;
}

export interface UpdateSchoolRequest {
  street?: string;
  postcode?: string;
  city?: string;
  dayStart?: ClockTime;
  dayEnd?: ClockTime;
}

export const SCHOOL_HOLIDAY_NAMES = [
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'meivakantie',
  'zomervakantie',
] as const;
export type SchoolHolidayName = (typeof SCHOOL_HOLIDAY_NAMES)[number];

/** A school-holiday period of one region, first and last day inclusive. */
export interface SchoolHolidayDto {
  id: Uuid;
  schoolYear: string;
  name: SchoolHolidayName;
  region: HolidayRegion;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** A school year ahead and the holiday regions that have no school-holiday period on record for it. */
export interface HolidayCoverageDto {
  schoolYear: string;
  missingRegions: HolidayRegion[];
}

/** A day a school is closed although it is no holiday (study day, a deviating May holiday). */
export interface ClosedDayDto {
  id: Uuid;
  schoolId: Uuid;
  date: IsoDate;
  reason: string;
}

/** One day of a school's calendar: can Halt come, and if not, why not (Dutch). */
export interface CalendarDayDto {
  date: IsoDate;
  schoolDay: boolean;
  reason?: { code: 'weekend' | 'school_holiday' | 'public_holiday' | 'closed_day'; message: string };
}

export interface SchoolCalendarDto {
  schoolId: Uuid;
  holidayRegion: HolidayRegion;
  dayStart: ClockTime;
  dayEnd: ClockTime;
  days: CalendarDayDto[];
}
