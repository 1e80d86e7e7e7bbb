import {
  LEVELS,
  type Level,
  MAATWERK_URGENCIES,
  type MaatwerkLineKind,
  type MaatwerkPriceUnit,
  type MaatwerkState,
  type MaatwerkUrgency,
} from '@halt/contracts';
import { PageQueryDto } from '@halt/api/security';
import { MAATWERK_STATES } from '@halt/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = 'moet een datum zijn als 2027-02-15';

export class MaatwerkContactDto {
  @ApiProperty({ example: 'Sanne de Wit' })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  name!: string;

  @ApiProperty({ example: 'jeugd@utrecht.gemeente.example', format: 'email' })
  @Transform(trim)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(200, { message: 'mag hoogstens 200 tekens lang zijn' })
  email!: string;

  @ApiPropertyOptional({ example: '030 123 45 67' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Matches(/^[0-9+()\-\s]{6,20}$/, { message: 'moet een telefoonnummer zijn (cijfers, spaties, +, -)' })
  phone?: string;
}

export class CreateMaatwerkQuestionDto {
  @ApiProperty({ example: 'Overlast rond het winkelcentrum', minLength: 3, maxLength: 120 })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(3, 120, { message: 'moet 3 tot 120 tekens lang zijn' })
  title!: string;

  @ApiProperty({
    description: 'The situation, without names of pupils or young people.',
    minLength: 10,
    maxLength: 4000,
  })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(10, 4000, { message: 'moet 10 tot 4000 tekens lang zijn' })
  situation!: string;

  @ApiProperty({ enum: LEVELS, isArray: true, maxItems: 5, uniqueItems: true })
  @IsArray({ message: 'moet een lijst van niveaus zijn' })
  @ArrayMaxSize(5, { message: 'hoogstens 5 niveaus' })
  @ArrayUnique({ message: 'bevat een niveau dubbel' })
  @IsIn(LEVELS, { each: true, message: `alleen ${LEVELS.join(', ')}` })
  levels!: Level[];

  @ApiPropertyOptional({ example: '12–14 jaar', maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(60, { message: 'mag hoogstens 60 tekens lang zijn' })
  ages?: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  @IsInt({ message: 'moet een geheel aantal groepen zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(100, { message: 'mag hoogstens 100 zijn' })
  groupCount!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5000 })
  @IsInt({ message: 'moet een geheel aantal deelnemers zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(5000, { message: 'mag hoogstens 5000 zijn' })
  participantCount!: number;

  @ApiProperty({ enum: MAATWERK_URGENCIES })
  @IsIn(MAATWERK_URGENCIES, { message: `moet een van ${MAATWERK_URGENCIES.join(', ')} zijn` })
  urgency!: MaatwerkUrgency;

  @ApiProperty({ example: '2027-02-01', format: 'date' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  preferredFrom!: string;

  @ApiProperty({ example: '2027-04-30', format: 'date' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  preferredTo!: string;

  @ApiProperty({ type: MaatwerkContactDto })
  @IsObject({ message: 'is verplicht' })
  @ValidateNested()
  @Type(() => MaatwerkContactDto)
  contact!: MaatwerkContactDto;
}

export class PlanIntakeDto {
  @ApiProperty({ example: '2027-01-12T09:00:00.000Z', format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'moet een tijdstip zijn als 2027-01-12T09:00:00Z' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'moet een tijdstip zijn als 2027-01-12T09:00:00Z',
  })
  startsAt!: string;

  @ApiProperty({ enum: ['online', 'location'] })
  @IsIn(['online', 'location'], { message: 'moet online of location zijn' })
  mode!: 'online' | 'location';

  @ApiPropertyOptional({ example: 'https://meet.halt.example/intake-42', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'moet een https-link zijn' })
  @MaxLength(500, { message: 'mag hoogstens 500 tekens lang zijn' })
  link?: string;

  @ApiPropertyOptional({ example: 'Stadskantoor, kamer 4.12', minLength: 3, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(3, 200, { message: 'moet 3 tot 200 tekens lang zijn' })
  place?: string;
}

export class ProposalLineDto {
  @ApiProperty({ enum: ['offer', 'custom'] })
  @IsIn(['offer', 'custom'], { message: 'moet offer of custom zijn' })
  kind!: MaatwerkLineKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'moet een geldig aanbod zijn' })
  offerId?: string;

  @ApiProperty({ minLength: 3, maxLength: 120 })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(3, 120, { message: 'moet 3 tot 120 tekens lang zijn' })
  title!: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @MaxLength(2000, { message: 'mag hoogstens 2000 tekens lang zijn' })
  description!: string;

  @ApiProperty({ type: 'integer', minimum: 15, maximum: 480 })
  @IsInt({ message: 'moet een geheel aantal minuten zijn' })
  @Min(15, { message: 'moet minstens 15 minuten zijn' })
  @Max(480, { message: 'mag hoogstens 480 minuten zijn' })
  durationMinutes!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 40 })
  @IsInt({ message: 'moet een geheel aantal sessies zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(40, { message: 'mag hoogstens 40 zijn' })
  sessionCount!: number;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, { message: `moet een van ${LEVELS.join(', ')} zijn` })
  level!: Level;

  @ApiProperty({ enum: ['credits', 'euro'] })
  @IsIn(['credits', 'euro'], { message: 'moet credits of euro zijn' })
  priceUnit!: MaatwerkPriceUnit;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000000, description: 'Credits, or euro cents' })
  @IsInt({ message: 'moet een geheel getal zijn (euro in centen)' })
  @Min(0, { message: 'mag niet negatief zijn' })
  @Max(10000000, { message: 'mag hoogstens 10000000 zijn' })
  price!: number;
}

export class SendProposalDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(2000, { message: 'mag hoogstens 2000 tekens lang zijn' })
  note?: string;

  @ApiProperty({ type: [ProposalLineDto], minItems: 1, maxItems: 20 })
  @IsArray({ message: 'voeg ten minste één regel toe' })
  @ArrayMinSize(1, { message: 'voeg ten minste één regel toe' })
  @ArrayMaxSize(20, { message: 'hoogstens 20 regels' })
  @ValidateNested({ each: true })
  @Type(() => ProposalLineDto)
  lines!: ProposalLineDto[];
}

export class MaatwerkDecisionDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(500, { message: 'mag hoogstens 500 tekens lang zijn' })
  reason?: string;
}

export class MaatwerkListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MAATWERK_STATES })
  @IsOptional()
  @IsIn(MAATWERK_STATES, { message: `moet een van ${MAATWERK_STATES.join(', ')} zijn` })
  status?: MaatwerkState;
}
