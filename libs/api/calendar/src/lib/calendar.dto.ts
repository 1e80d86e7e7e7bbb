import { HOLIDAY_REGIONS, type HolidayRegion, SCHOOL_HOLIDAY_NAMES, type SchoolHolidayName } from '@halt/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

const DATE_MESSAGE = 'moet een datum zijn als 2026-12-21';
const YEAR = /^(\d{4})-(\d{4})$/;

export class HolidayQueryDto {
  @ApiPropertyOptional({ example: '2026-2027' })
  @IsOptional()
  @Matches(YEAR, { message: 'moet een schooljaar zijn als 2026-2027' })
  schoolYear?: string;

  @ApiPropertyOptional({ enum: HOLIDAY_REGIONS })
  @IsOptional()
  @IsIn(HOLIDAY_REGIONS, { message: 'moet noord, midden of zuid zijn' })
  region?: HolidayRegion;
}

export class CreateSchoolHolidayDto {
  @ApiProperty({ example: '2027-2028' })
  @Matches(YEAR, { message: 'moet een schooljaar zijn als 2027-2028' })
  schoolYear!: string;

  @ApiProperty({ enum: SCHOOL_HOLIDAY_NAMES })
  @IsIn(SCHOOL_HOLIDAY_NAMES, { message: `moet een van ${SCHOOL_HOLIDAY_NAMES.join(', ')} zijn` })
  name!: SchoolHolidayName;

  @ApiProperty({ enum: HOLIDAY_REGIONS })
  @IsIn(HOLIDAY_REGIONS, { message: 'moet noord, midden of zuid zijn' })
  region!: HolidayRegion;

  @ApiProperty({ example: '2027-10-16' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  startDate!: string;

  @ApiProperty({ example: '2027-10-24' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  endDate!: string;
}

export class UpdateSchoolHolidayDto extends PartialType(CreateSchoolHolidayDto) {}

export class CreateClosedDayDto {
  @ApiProperty({ example: '2027-02-03' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  date!: string;

  @ApiProperty({ example: 'Studiedag' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'is verplicht' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  reason!: string;
}

export class CalendarQueryDto {
  @ApiProperty({ example: '2026-10-01' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  from!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  to!: string;
}
