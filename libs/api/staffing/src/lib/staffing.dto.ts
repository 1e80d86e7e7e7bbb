import type {
  AssignStaffRequest,
  CreateAbsenceRequest,
  CreatePlanningRunRequest,
  UpdateAvailabilityRequest,
  UpdateStaffRequest,
  WorkingPatternDto,
} from '@halt/contracts';
import { PageQueryDto } from '@halt/api/security';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const DATE = 'moet een datum zijn als 2027-02-15';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = 'moet een tijd zijn als 09:00';
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class GeoPointDto {
  @ApiProperty({ example: 52.09 })
  @IsNumber({}, { message: 'moet een getal zijn' })
  @Min(50.7, { message: 'ligt niet in Nederland' })
  @Max(53.6, { message: 'ligt niet in Nederland' })
  lat!: number;

  @ApiProperty({ example: 5.12 })
  @IsNumber({}, { message: 'moet een getal zijn' })
  @Min(3.3, { message: 'ligt niet in Nederland' })
  @Max(7.3, { message: 'ligt niet in Nederland' })
  lon!: number;
}

export class SkillDto {
  @ApiProperty({ example: 'klassendialoog' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'alleen kleine letters, cijfers en streepjes' })
  @Length(2, 60, { message: 'moet 2 tot 60 tekens lang zijn' })
  skill!: string;

  @ApiProperty({ example: '2028-07-31' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  validUntil!: string;
}

export class UpdateStaffDto implements UpdateStaffRequest {
  @ApiPropertyOptional({ type: GeoPointDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  home?: GeoPointDto;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst van regio’s zijn' })
  @ArrayMinSize(1, { message: 'kies ten minste één regio' })
  @ArrayUnique({ message: 'bevat een regio dubbel' })
  @IsUUID('all', { each: true, message: 'bevat een ongeldige regio' })
  regionIds?: string[];

  @ApiPropertyOptional({ example: 32 })
  @IsOptional()
  @IsInt({ message: 'moet een geheel aantal uren zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(40, { message: 'mag hoogstens 40 zijn' })
  contractHoursPerWeek?: number;

  @ApiPropertyOptional({ example: 4 })
  @IsOptional()
  @IsInt({ message: 'moet een geheel aantal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(8, { message: 'mag hoogstens 8 zijn' })
  maxSessionsPerDay?: number;

  @ApiPropertyOptional({ example: ['nl', 'en'] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst van talen zijn' })
  @ArrayMinSize(1, { message: 'kies ten minste één taal' })
  @ArrayUnique({ message: 'bevat een taal dubbel' })
  @Matches(/^[a-z]{2}$/, { each: true, message: 'gebruik taalcodes als nl, en, ar, tr' })
  languages?: string[];

  @ApiPropertyOptional({ type: [SkillDto] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst van vaardigheden zijn' })
  @ArrayMaxSize(40, { message: 'hoogstens 40 vaardigheden' })
  @ValidateNested({ each: true })
  @Type(() => SkillDto)
  skills?: SkillDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  active?: boolean;
}

export class RecurringAbsenceInputDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsIn([1, 2, 3, 4, 5], { message: 'moet maandag (1) tot en met vrijdag (5) zijn' })
  weekday!: number;

  @ApiProperty({ example: '12:00' })
  @Matches(TIME, { message: TIME_MESSAGE })
  start!: string;

  @ApiProperty({ example: '17:00' })
  @Matches(TIME, { message: TIME_MESSAGE })
  end!: string;
}

export class UpdateAvailabilityDto implements UpdateAvailabilityRequest {
  @ApiProperty({
    type: 'object',
    description: 'Working hours per ISO weekday ("1" = Monday … "5" = Friday); a day without hours is a day off',
    properties: Object.fromEntries(
      ['1', '2', '3', '4', '5'].map((day) => [
        day,
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['start', 'end'],
            properties: { start: { type: 'string', example: '08:30' }, end: { type: 'string', example: '16:30' } },
          },
        },
      ]),
    ),
    additionalProperties: false,
    example: { '1': [{ start: '08:30', end: '16:30' }] },
  })
  @IsObject({ message: 'geef per werkdag de werktijden' })
  workingPattern!: WorkingPatternDto;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 5 },
    uniqueItems: true,
    example: [1, 2],
    description: 'ISO weekdays the specialist prefers, 1 = Monday',
  })
  @IsArray({ message: 'moet een lijst van weekdagen zijn' })
  @ArrayUnique({ message: 'bevat een dag dubbel' })
  @IsIn([1, 2, 3, 4, 5], { each: true, message: 'alleen maandag (1) tot en met vrijdag (5)' })
  preferredWeekdays!: number[];

  @ApiPropertyOptional({ type: [RecurringAbsenceInputDto] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(20, { message: 'hoogstens 20' })
  @ValidateNested({ each: true })
  @Type(() => RecurringAbsenceInputDto)
  recurringAbsences?: RecurringAbsenceInputDto[];
}

export class CreateAbsenceDto implements CreateAbsenceRequest {
  @ApiProperty({ enum: ['leave', 'sick', 'training'] })
  @IsIn(['leave', 'sick', 'training'], { message: 'kies verlof, ziek of training' })
  kind!: 'leave' | 'sick' | 'training';

  @ApiProperty({ example: '2027-02-15' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from!: string;

  @ApiProperty({ example: '2027-02-19' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to!: string;

  @ApiPropertyOptional({ example: '12:00' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime?: string;

  @ApiPropertyOptional({ example: '17:00' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200, { message: 'mag hoogstens 200 tekens zijn' })
  note?: string;
}

/** The best this many candidates unless asked for more (at most MAX_CANDIDATES, like any page). */
export const DEFAULT_CANDIDATES = 20;
export const MAX_CANDIDATES = 50;

export class CandidatesQueryDto {
  @ApiProperty({ example: '2027-02-16' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  date!: string;

  @ApiProperty({ example: '09:00' })
  @Matches(TIME, { message: TIME_MESSAGE })
  time!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CANDIDATES, default: DEFAULT_CANDIDATES })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(MAX_CANDIDATES, { message: `mag hoogstens ${MAX_CANDIDATES} zijn` })
  limit = DEFAULT_CANDIDATES;
}

export class AssignStaffDto implements AssignStaffRequest {
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'kies een of twee medewerkers' })
  @ArrayMinSize(1, { message: 'kies een of twee medewerkers' })
  @ArrayMaxSize(2, { message: 'hoogstens twee medewerkers' })
  @ArrayUnique({ message: 'kies twee verschillende medewerkers' })
  @IsUUID('all', { each: true, message: 'bevat een ongeldige medewerker' })
  staffIds!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  pinned?: boolean;
}

export class CreatePlanningRunDto implements CreatePlanningRunRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies een regio' })
  regionId!: string;

  @ApiProperty({ example: '2027-02-01' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from!: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to!: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(1_000_000, { message: 'mag hoogstens 1000000 zijn' })
  seed?: number;

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt({ message: 'moet een geheel aantal seconden zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(300, { message: 'mag hoogstens 300 zijn' })
  timeLimitSeconds?: number;
}

/** `?q=` (part of a name, a region or a skill) and the page of the specialists list. */
export class StaffQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name, a region or a skill' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn' })
  q?: string;
}

export class RegionQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'kies een regio' })
  regionId?: string;
}
