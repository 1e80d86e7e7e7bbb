import {
  LEVELS,
  type Level,
  OFFER_TYPES,
  type OfferType,
  REQUEST_ATTENTION,
  type RequestAttention,
} from '@halt/contracts';
import { PageQueryDto } from '@halt/api/security';
import { BOOKING_REQUEST_STATES } from '@halt/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
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
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class GroupDto {
  @ApiPropertyOptional({
    example: '2B',
    description: 'The class; required, except for an offer with participants as counts only, where it must be left out',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(1, 20, { message: 'moet 1 tot 20 tekens lang zijn' })
  name?: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, { message: `moet een van ${LEVELS.join(', ')} zijn` })
  level!: Level;

  @ApiProperty({ minimum: 1, maximum: 400 })
  @IsInt({ message: 'moet een geheel aantal leerlingen zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(400, { message: 'mag hoogstens 400 zijn' })
  pupilCount!: number;
}

export class WindowDto {
  @ApiProperty({ example: '2027-02-01' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from!: string;

  @ApiProperty({ example: '2027-02-26' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 5 },
    minItems: 1,
    uniqueItems: true,
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays, 1 = Monday',
  })
  @IsArray({ message: 'kies ten minste één weekdag' })
  @ArrayMinSize(1, { message: 'kies ten minste één weekdag' })
  @ArrayUnique({ message: 'bevat een weekdag dubbel' })
  @IsIn([1, 2, 3, 4, 5], { each: true, message: 'alleen maandag (1) tot en met vrijdag (5)' })
  weekdays!: number[];

  @ApiProperty({ example: '08:30' })
  @Matches(TIME, { message: 'moet een tijd zijn als 08:30' })
  earliest!: string;

  @ApiProperty({ example: '12:00' })
  @Matches(TIME, { message: 'moet een tijd zijn als 12:00' })
  latest!: string;
}

export class SeriesDto {
  @ApiProperty({ enum: ['weekly', 'fortnightly'] })
  @IsIn(['weekly', 'fortnightly'], { message: 'moet wekelijks (weekly) of tweewekelijks (fortnightly) zijn' })
  frequency!: 'weekly' | 'fortnightly';

  @ApiProperty({ minimum: 1, maximum: 40 })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(40, { message: 'mag hoogstens 40 zijn' })
  count!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsIn([1, 2, 3, 4, 5], { message: 'moet maandag (1) tot en met vrijdag (5) zijn' })
  weekday!: number;

  @ApiProperty({ example: '13:00' })
  @Matches(TIME, { message: 'moet een tijd zijn als 13:00' })
  time!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(5, { message: 'mag hoogstens 5 zijn' })
  hearings?: number;
}

export class ContactDto {
  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  name!: string;

  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'moet een telefoonnummer zijn, bijvoorbeeld 030 123 45 67' })
  phone?: string;
}

export class LanguageNeedsDto {
  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  interpreter!: boolean;

  @ApiPropertyOptional({ example: 'Arabisch' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 40, { message: 'moet 2 tot 40 tekens lang zijn' })
  interpreterLanguage?: string;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  onlineParentMeeting!: boolean;
}

/** What the planner arranged for the request's language needs, or the online meeting's link. */
export class UpdateLanguageNeedsDto {
  @ApiPropertyOptional({ description: '"Tolk geregeld": an interpreter is arranged (planners)' })
  @IsOptional()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  interpreterArranged?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://meet.example.nl/ouderavond-2b',
    description: 'The https link of the online parent meeting; null removes it',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet een link zijn' })
  @MaxLength(500, { message: 'mag hoogstens 500 tekens lang zijn' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_valid_protocol: true },
    { message: 'moet een https-link zijn, bijvoorbeeld https://meet.example.nl/ouderavond' },
  )
  meetingLink?: string | null;
}

/** A school's request, as the wizard submits it. */
export class CreateBookingRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies een aanbod' })
  offerId!: string;

  @ApiProperty({ type: [GroupDto] })
  @IsArray({ message: 'moet een lijst van klassen zijn' })
  @ArrayMaxSize(30, { message: 'hoogstens 30 klassen per aanvraag' })
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];

  @ApiProperty({ type: [WindowDto] })
  @IsArray({ message: 'geef ten minste één periode op' })
  @ArrayMinSize(1, { message: 'geef ten minste één periode op' })
  @ArrayMaxSize(5, { message: 'hoogstens 5 periodes' })
  @ValidateNested({ each: true })
  @Type(() => WindowDto)
  windows!: WindowDto[];

  @ApiPropertyOptional({ type: SeriesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeriesDto)
  series?: SeriesDto;

  @ApiProperty({ example: 'Lokaal 2.14, hoofdgebouw' })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(2, 200, { message: 'moet 2 tot 200 tekens lang zijn' })
  location!: string;

  @ApiProperty({ type: ContactDto })
  @ValidateNested()
  @Type(() => ContactDto)
  contact!: ContactDto;

  @ApiProperty({ type: LanguageNeedsDto })
  @ValidateNested()
  @Type(() => LanguageNeedsDto)
  languageNeeds!: LanguageNeedsDto;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  parentMeeting!: boolean;

  @ApiProperty({ enum: ['school', 'package'] })
  @IsIn(['school', 'package'], { message: 'kies "school" (de school betaalt) of "package" (een gemeentepakket)' })
  funding!: 'school' | 'package';

  @ApiPropertyOptional({ format: 'uuid', description: 'The gemeente package to draw on, with funding `package`' })
  @IsOptional()
  @IsUUID('all', { message: 'kies een pakket van uw gemeente' })
  packageOrderId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'mag hoogstens 2000 tekens zijn' })
  notes?: string;
}

export class CancelRequestDto {
  @ApiProperty({ example: 'Toetsweek verschoven' })
  @Transform(trim)
  @IsString({ message: 'vul een reden in' })
  @Length(3, 500, { message: 'moet 3 tot 500 tekens lang zijn' })
  reason!: string;
}

export class RequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OFFER_TYPES })
  @IsOptional()
  @IsIn(OFFER_TYPES, { message: `moet een van ${OFFER_TYPES.join(', ')} zijn` })
  type?: OfferType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only requests of schools in this region' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig regio-id zijn' })
  regionId?: string;

  @ApiPropertyOptional({ description: 'Urgency: only requests whose first window starts within this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel aantal dagen zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(365, { message: 'mag hoogstens 365 zijn' })
  startsWithinDays?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(BOOKING_REQUEST_STATES, { message: 'is geen bekende status' })
  status?: string;

  @ApiPropertyOptional({
    enum: REQUEST_ATTENTION,
    description:
      'What needs the planner: `replacement` (a session ahead whose specialist became unavailable), `unstaffed` (a planned session ahead without a specialist), `unplanned` (a session without a date), `week` (a session in the coming seven days)',
  })
  @IsOptional()
  @IsIn(REQUEST_ATTENTION, { message: `moet een van ${REQUEST_ATTENTION.join(', ')} zijn` })
  attention?: RequestAttention;
}

export class PlanSessionDto {
  @ApiProperty({ example: '2027-02-16' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  date!: string;

  @ApiProperty({ example: '09:00' })
  @Matches(TIME, { message: 'moet een tijd zijn als 09:00' })
  time!: string;
}

export class MoveSessionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies de sessie die moet verschuiven' })
  sessionId!: string;

  @ApiProperty({ type: [WindowDto] })
  @IsArray({ message: 'geef ten minste één nieuwe periode op' })
  @ArrayMinSize(1, { message: 'geef ten minste één nieuwe periode op' })
  @ArrayMaxSize(5, { message: 'hoogstens 5 periodes' })
  @ValidateNested({ each: true })
  @Type(() => WindowDto)
  windows!: WindowDto[];

  @ApiProperty({ example: 'Excursie op die dag' })
  @Transform(trim)
  @IsString({ message: 'vul een reden in' })
  @Length(3, 500, { message: 'moet 3 tot 500 tekens lang zijn' })
  reason!: string;
}

export class DeliverSessionDto {
  @ApiProperty({ example: 27, description: 'Pupils actually reached' })
  @IsInt({ message: 'moet een geheel aantal leerlingen zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(2000, { message: 'mag hoogstens 2000 zijn' })
  pupilsReached!: number;
}
