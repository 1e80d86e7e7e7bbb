import { HOLIDAY_REGIONS, type HolidayRegion } from '@halt/contracts';
import { PageQueryDto } from '@halt/api/security';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REGION_MESSAGE = 'moet noord, midden of zuid zijn';

/** A new Halt region, keyed by its code. */
export class CreateRegionDto {
  @ApiProperty({ example: 'midden', pattern: '^[a-z][a-z0-9-]{1,30}$' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @Matches(/^[a-z][a-z0-9-]{1,30}$/, {
    message: 'moet 2 tot 31 kleine letters, cijfers of streepjes zijn en met een letter beginnen, zoals midden',
  })
  code!: string;

  @ApiProperty({ example: 'Midden-Nederland', minLength: 2, maxLength: 80 })
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 80, { message: 'moet 2 tot 80 tekens lang zijn' })
  name!: string;
}

/** A new gemeente, keyed by its CBS code. */
export class CreateMunicipalityDto {
  @ApiProperty({ example: 'GM1966', pattern: '^GM[0-9]{4}$' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^GM[0-9]{4}$/, { message: 'moet een CBS-code zijn: GM en vier cijfers, zoals GM0363' })
  cbsCode!: string;

  @ApiProperty({ example: 'Het Hogeland', minLength: 2, maxLength: 80 })
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 80, { message: 'moet 2 tot 80 tekens lang zijn' })
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  regionId!: string;

  @ApiProperty({ enum: HOLIDAY_REGIONS })
  @IsIn(HOLIDAY_REGIONS, { message: REGION_MESSAGE })
  holidayRegion!: HolidayRegion;

  @ApiPropertyOptional({ minimum: 50.7, maximum: 53.6, description: 'Latitude of the centre' })
  @IsOptional()
  @IsNumber({}, { message: 'moet een getal zijn' })
  @Min(50.7, { message: 'ligt niet in Nederland (50,7 tot 53,6)' })
  @Max(53.6, { message: 'ligt niet in Nederland (50,7 tot 53,6)' })
  latitude?: number;

  @ApiPropertyOptional({ minimum: 3.3, maximum: 7.3, description: 'Longitude of the centre' })
  @IsOptional()
  @IsNumber({}, { message: 'moet een getal zijn' })
  @Min(3.3, { message: 'ligt niet in Nederland (3,3 tot 7,3)' })
  @Max(7.3, { message: 'ligt niet in Nederland (3,3 tot 7,3)' })
  longitude?: number;
}

/** Rename, move to another region, or change the holiday region. */
export class UpdateMunicipalityDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 80 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 80, { message: 'moet 2 tot 80 tekens lang zijn' })
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  regionId?: string;

  @ApiPropertyOptional({ enum: HOLIDAY_REGIONS })
  @IsOptional()
  @IsIn(HOLIDAY_REGIONS, { message: REGION_MESSAGE })
  holidayRegion?: HolidayRegion;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 2000,
    maximum: 2100,
    description: 'The year the gemeente joined Preventie met Gezag; null: it does not take part',
  })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsInt({ message: 'moet een jaartal zijn' })
  @Min(2000, { message: 'moet 2000 of later zijn' })
  @Max(2100, { message: 'mag hoogstens 2100 zijn' })
  pmgSince?: number | null;
}

export class RetireMunicipalityDto {
  @ApiProperty({ format: 'uuid', description: 'The gemeente it merged into' })
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  successorId!: string;
}

export class SchoolHolidayRegionDto {
  @ApiProperty({ enum: HOLIDAY_REGIONS, nullable: true, description: 'null: follow the gemeente' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(HOLIDAY_REGIONS, { message: REGION_MESSAGE })
  override!: HolidayRegion | null;
}

/** `?includeRetired=true` also lists retired gemeenten (admins' history); pickers leave it out. */
export class MunicipalityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Also list retired gemeenten' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'moet true of false zijn' })
  includeRetired?: boolean;
}

export class SchoolImportDto {
  @ApiProperty({
    description: "The CSV file's text in DUO's layout of school locations (see docs/organisations.md)",
    maxLength: 1_000_000,
  })
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(1_000_000, { message: 'is groter dan 1 MB' })
  csv!: string;
}
