import type { Uuid, IsoDate, ClockTime, Integer } from './scalars';
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

/** A new Halt region (admins): a stable short code and its name. */
export interface CreateRegionRequest {
  /** Lower case letters, digits and dashes, e.g. `midden`. */
  code: string;
  name: string;
}

export interface MunicipalityDto {
  id: Uuid;
  /** CBS code, e.g. GM0363. */
  cbsCode: string;
  name: string;
  regionId: Uuid;
  /** The gemeente's school-holiday region; its schools follow it unless they have an override. */
  holidayRegion: HolidayRegion;
  /** Retired (merged into `successorId`): kept for history, no longer offered in pickers. */
  retired: boolean;
  successorId: Uuid | null;
  /** The year the gemeente joined Preventie met Gezag; null when it does not take part. */
  pmgSince: Integer | null;
}

export interface CreateMunicipalityRequest {
  /** CBS code, GM and four digits. */
  cbsCode: string;
  name: string;
  regionId: Uuid;
  holidayRegion: HolidayRegion;
  /** The gemeente's centre, where imported schools without coordinates are placed. */
  latitude?: number;
  longitude?: number;
}

export interface UpdateMunicipalityRequest {
  name?: string;
  regionId?: Uuid;
  holidayRegion?: HolidayRegion;
  /** The year it joined Preventie met Gezag; null: it no longer takes part. */
  pmgSince?: Integer | null;
}

export interface RetireMunicipalityRequest {
  /** The gemeente it merged into. */
  successorId: Uuid;
}

export interface RetireMunicipalityResultDto {
  municipality: MunicipalityDto;
  /** How many schools moved to the successor. */
  schoolsMoved: number;
}

/** A region with its (current) gemeenten, for the admin's overview. */
export interface RegionWithMunicipalitiesDto extends RegionDto {
  municipalities: MunicipalityDto[];
}

export interface SchoolHolidayRegionRequest {
  /** The school's own holiday region, or null to follow its gemeente. */
  override: HolidayRegion | null;
}

/** A CSV in DUO's layout of school locations, as text. */
export interface SchoolImportRequest {
  csv: string;
}

export const SCHOOL_IMPORT_OUTCOMES = ['new', 'changed', 'unchanged', 'refused'] as const;
export type SchoolImportOutcome = (typeof SCHOOL_IMPORT_OUTCOMES)[number];

/** What importing one line of the file would do. */
export interface SchoolImportRowDto {
  /** Line number in the file (the header is line 1). */
  line: number;
  /** BRIN + vestigingsnummer as read (may be empty when refused). */
  brin: string;
  name: string;
  outcome: SchoolImportOutcome;
  /** For `changed`: which fields (name, type, street, postcode, city, municipality). */
  changedFields: string[];
  /** For `refused`: why, in Dutch. */
  reason: string | null;
}

export interface SchoolImportCountsDto {
  new: number;
  changed: number;
  unchanged: number;
  refused: number;
}

export interface SchoolImportPreviewDto {
  counts: SchoolImportCountsDto;
  /** Every line of the file, in file order. */
  rows: SchoolImportRowDto[];
}

export interface SchoolImportResultDto {
  /** What was written: new schools created, changed ones updated, refused lines skipped. */
  counts: SchoolImportCountsDto;
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
  /** The effective holiday region: the override, or else the gemeente's. */
  holidayRegion: HolidayRegion;
  /** An admin's deviation from the gemeente's holiday region, or null. */
  holidayRegionOverride: HolidayRegion | null;
  /** `municipality`: the coordinates are the gemeente's centre (imported without coordinates), not the address. */
  locationPrecision: 'address' | 'municipality';
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

/** Kinds of wijkpartner (neighbourhood partner). */
export const PARTNER_KINDS = ['jongerenwerk', 'wijkteam', 'anders'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  jongerenwerk: 'Jongerenwerk',
  wijkteam: 'Wijkteam',
  anders: 'Anders',
};

/** A sportvereniging (sports club) as requester. */
export interface SportsClubDto {
  id: Uuid;
  name: string;
  /** KNVB club number (relatiecode): four letters, two digits, one letter, e.g. `BBCD12E`. */
  knvbNumber: string;
  street: string;
  /** `1234 AB`. */
  postcode: string;
  place: string;
  municipalityId: Uuid;
  municipalityName: string;
  latitude: number;
  longitude: number;
}

export interface SportsClubRequest {
  name: string;
  knvbNumber: string;
  street: string;
  postcode: string;
  place: string;
  municipalityId: Uuid;
  latitude: number;
  longitude: number;
}

/** A wijkpartner (youth work, neighbourhood team) as requester. */
export interface NeighbourhoodPartnerDto {
  id: Uuid;
  name: string;
  kind: PartnerKind;
  street: string;
  postcode: string;
  place: string;
  municipalityId: Uuid;
  municipalityName: string;
  latitude: number;
  longitude: number;
}

export interface NeighbourhoodPartnerRequest {
  name: string;
  kind: PartnerKind;
  street: string;
  postcode: string;
  place: string;
  municipalityId: Uuid;
  latitude: number;
  longitude: number;
}
