export const SCHOOL_TYPES = ['PO', 'VO', 'MBO', 'SO', 'VSO'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The three Dutch school-holiday regions. */
export const HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

export interface RegionDto {
  id: string;
  code: string;
  name: string;
}

export interface MunicipalityDto {
  id: string;
  /** CBS code, e.g. GM0363. */
  cbsCode: string;
  name: string;
  regionId: string;
}

export interface SchoolDto {
  id: string;
  name: string;
  /** BRIN number (4 characters) plus optional 2-digit vestiging, e.g. 00AA01. */
  brin: string;
  type: SchoolType;
  street: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  municipalityId: string;
  municipalityName: string;
  holidayRegion: HolidayRegion;
  /** School day, local time HH:mm. */
  dayStart: string;
  dayEnd: string;
}

export interface UpdateSchoolRequest {
  street?: string;
  postcode?: string;
  city?: string;
  dayStart?: string;
  dayEnd?: string;
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
  id: string;
  schoolYear: string;
  name: SchoolHolidayName;
  region: HolidayRegion;
  startDate: string;
  endDate: string;
}

/** A day a school is closed although it is no holiday (study day, a deviating May holiday). */
export interface ClosedDayDto {
  id: string;
  schoolId: string;
  date: string;
  reason: string;
}

/** One day of a school's calendar: can Halt come, and if not, why not (Dutch). */
export interface CalendarDayDto {
  date: string;
  schoolDay: boolean;
  reason?: { code: 'weekend' | 'school_holiday' | 'public_holiday' | 'closed_day'; message: string };
}

export interface SchoolCalendarDto {
  schoolId: string;
  holidayRegion: HolidayRegion;
  dayStart: string;
  dayEnd: string;
  days: CalendarDayDto[];
}
