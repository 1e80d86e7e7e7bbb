import { PageQueryDto } from '@halt/api/security';
import { LEVELS, type Level, OFFER_TYPES, type OfferType } from '@halt/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TYPE_MESSAGE = `moet een van ${OFFER_TYPES.join(', ')} zijn`;
const LEVEL_MESSAGE = `bevat een onbekend niveau (kies uit ${LEVELS.join(', ')})`;

/** Filters of the catalogue. */
export class OfferQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OFFER_TYPES })
  @IsOptional()
  @IsIn(OFFER_TYPES, { message: TYPE_MESSAGE })
  type?: OfferType;

  @ApiPropertyOptional({ example: 'online veiligheid' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'mag hoogstens 60 tekens zijn' })
  topic?: string;

  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS, { message: `moet een van ${LEVELS.join(', ')} zijn` })
  level?: Level;

  @ApiPropertyOptional({ description: 'Search in title and description' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(80, { message: 'mag hoogstens 80 tekens zijn' })
  q?: string;
}

/** A new offer (admins). */
export class CreateOfferDto {
  @ApiProperty({ example: 'voorlichting-online-veiligheid' })
  @Matches(/^[a-z0-9][a-z0-9-]{2,79}$/, { message: 'moet 3 tot 80 kleine letters, cijfers of streepjes zijn' })
  code!: string;

  @ApiProperty({ enum: OFFER_TYPES })
  @IsIn(OFFER_TYPES, { message: TYPE_MESSAGE })
  type!: OfferType;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(3, 120, { message: 'moet 3 tot 120 tekens lang zijn' })
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(10, 4000, { message: 'moet 10 tot 4000 tekens lang zijn' })
  description!: string;

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(10, { message: 'mag hoogstens 10 onderwerpen bevatten' })
  @ArrayUnique({ message: 'bevat een onderwerp dubbel' })
  @IsString({ each: true, message: 'moet tekst zijn' })
  @Length(2, 60, { each: true, message: 'elk onderwerp moet 2 tot 60 tekens zijn' })
  topics!: string[];

  @ApiProperty({ enum: LEVELS, isArray: true })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMinSize(1, { message: 'kies ten minste één niveau' })
  @ArrayUnique({ message: 'bevat een niveau dubbel' })
  @IsIn(LEVELS, { each: true, message: LEVEL_MESSAGE })
  levels!: Level[];

  @ApiProperty({ minimum: 15, maximum: 480 })
  @IsInt({ message: 'moet een geheel aantal minuten zijn' })
  @Min(15, { message: 'moet minstens 15 minuten zijn' })
  @Max(480, { message: 'mag hoogstens 480 minuten zijn' })
  durationMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: 400 })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(400, { message: 'mag hoogstens 400 zijn' })
  maxPupilsPerGroup!: number;

  @ApiProperty({ minimum: 1, maximum: 4 })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(4, { message: 'mag hoogstens 4 zijn' })
  staffNeeded!: number;

  @ApiProperty({ example: 'klassendialoog' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,40}$/, { message: 'moet een korte code zijn (kleine letters, cijfers, streepjes)' })
  requiredSkill!: string;

  @ApiProperty({ description: 'Price in euro cents' })
  @IsInt({ message: 'moet een bedrag in centen zijn' })
  @Min(0, { message: 'mag niet negatief zijn' })
  @Max(10_000_000, { message: 'is onwaarschijnlijk hoog' })
  priceEuroCents!: number;

  @ApiProperty()
  @IsInt({ message: 'moet een geheel aantal credits zijn' })
  @Min(0, { message: 'mag niet negatief zijn' })
  @Max(1000, { message: 'is onwaarschijnlijk hoog' })
  priceCredits!: number;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  parentMeetingPossible!: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  onlinePossible!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  active?: boolean;
}

/** A change to an offer (admins); the code is permanent. */
export class UpdateOfferDto extends PartialType(OmitType(CreateOfferDto, ['code'] as const)) {}
