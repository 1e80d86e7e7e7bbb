import {
  type CreateEvaluationFormRequest,
  type EvaluationAudience,
  type EvaluationQuestionDto,
  OFFER_TYPES,
  type OfferType,
  PROGRAMME_FILTERS,
  type ProgrammeFilter,
  type ReportSessionRequest,
  type SubmitEvaluationRequest,
  type UpdateAnnualTargetRequest,
} from '@halt/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const DATE = 'moet een datum zijn als 2026-09-01';

/** The OpenAPI schemas of the two kinds of question (`EvaluationQuestionDto` in the contracts). */
const SCALE_QUESTION: SchemaObject = {
  type: 'object',
  required: ['key', 'kind', 'text', 'low', 'high', 'outcome', 'required'],
  properties: {
    key: { type: 'string' },
    kind: { type: 'string', enum: ['scale'] },
    text: { type: 'string' },
    low: { type: 'string' },
    high: { type: 'string' },
    outcome: { type: 'string', enum: ['feel_safer', 'prevent_repair', 'recommend', 'overall'], nullable: true },
    required: { type: 'boolean' },
  },
};
const OPEN_QUESTION: SchemaObject = {
  type: 'object',
  required: ['key', 'kind', 'text', 'trend', 'required'],
  properties: {
    key: { type: 'string' },
    kind: { type: 'string', enum: ['open'] },
    text: { type: 'string' },
    trend: { type: 'boolean' },
    required: { type: 'boolean' },
  },
};

export class CreateEvaluationFormDto implements CreateEvaluationFormRequest {
  @ApiProperty({ enum: ['teacher', 'pupil', 'parent'] })
  @IsIn(['teacher', 'pupil', 'parent'], { message: 'moet docent (teacher), leerling (pupil) of ouder (parent) zijn' })
  audience!: EvaluationAudience;

  @ApiProperty({ enum: OFFER_TYPES })
  @IsIn(OFFER_TYPES, { message: 'is geen soort aanbod' })
  offerType!: OfferType;

  @ApiPropertyOptional({ example: 1, description: 'The version the editor started from; 409 when a newer one exists' })
  @IsOptional()
  @IsInt({ message: 'moet een versienummer zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  basedOnVersion?: number;

  @ApiProperty({ example: 'Wat vond je ervan?' })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(3, 120, { message: 'moet 3 tot 120 tekens lang zijn' })
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @MaxLength(600, { message: 'mag hoogstens 600 tekens zijn' })
  intro!: string;

  @ApiProperty({
    description: 'Scale (1–5) and open questions; keys stay the same across versions',
    type: 'array',
    minItems: 1,
    maxItems: 20,
    items: { oneOf: [SCALE_QUESTION, OPEN_QUESTION] },
  })
  @IsArray({ message: 'moet een lijst van vragen zijn' })
  @ArrayMinSize(1, { message: 'een formulier heeft minstens één vraag' })
  @ArrayMaxSize(20, { message: 'hoogstens 20 vragen' })
  questions!: EvaluationQuestionDto[];
}

export class SubmitEvaluationDto implements SubmitEvaluationRequest {
  @ApiProperty({ format: 'uuid', description: 'The form version the answers were given on' })
  @IsUUID('all', { message: 'is geen formulier' })
  formId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    description: 'A score of 1 to 5 per scale question, by its key',
    example: { feel_safer: 4, prevent_repair: 5, recommend: 4 },
  })
  @IsObject({ message: 'moet per vraag een score van 1 tot 5 zijn' })
  scores!: Record<string, number>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The answer per open question, by its key',
    example: { tip: 'Meer voorbeelden uit de praktijk' },
  })
  @IsOptional()
  @IsObject({ message: 'moet per vraag een tekst zijn' })
  answers?: Record<string, string>;
}

export class ReportSessionDto implements ReportSessionRequest {
  @ApiProperty({ enum: ['delivered', 'no_show'] })
  @IsIn(['delivered', 'no_show'], { message: 'moet gegeven (delivered) of niet doorgegaan (no_show) zijn' })
  outcome!: 'delivered' | 'no_show';

  @ApiPropertyOptional({ example: 27, description: 'Pupils actually reached (required when delivered)' })
  @ValidateIf((d: ReportSessionDto) => d.outcome === 'delivered' || d.pupilsReached !== undefined)
  @IsInt({ message: 'vul het aantal bereikte leerlingen in (een geheel getal)' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(2000, { message: 'mag hoogstens 2000 zijn' })
  pupilsReached?: number;

  @ApiPropertyOptional({ description: 'Why the session did not take place' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(500, { message: 'mag hoogstens 500 tekens zijn' })
  reason?: string;
}

export class PeriodQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (default: 1 January of this year)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE })
  @Length(10, 10, { message: DATE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day (default: 31 December of this year)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE })
  @Length(10, 10, { message: DATE })
  to?: string;
}

const PROGRAMME_FILTER_MESSAGE = 'moet preventie-met-gezag of none (geen programma) zijn';

/** A period and, optionally, one programme (`none`: sessions not funded by a package of a programme). */
export class HaltDashboardQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: PROGRAMME_FILTERS, description: "A programme, or 'none' for work outside one" })
  @IsOptional()
  @IsIn(PROGRAMME_FILTERS, { message: PROGRAMME_FILTER_MESSAGE })
  programme?: ProgrammeFilter;
}

export class GemeenteDashboardQueryDto extends HaltDashboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Admins: one municipality (default: all)' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen gemeente' })
  municipalityId?: string;
}

/** The council report: a subsidy (calendar) year, the gemeente (Halt users) and optionally a programme. */
export class CouncilReportQueryDto {
  @ApiProperty({ type: 'integer', example: 2026, description: 'The subsidy year: a calendar year, 2020–2100' })
  @Transform(toInt)
  @IsInt({ message: 'moet een jaartal zijn, zoals 2026' })
  @Min(2020, { message: 'moet 2020 of later zijn' })
  @Max(2100, { message: 'mag hoogstens 2100 zijn' })
  year!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Halt users: the gemeente (a gemeente user: its own)' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen gemeente' })
  municipalityId?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_FILTERS, description: "A programme, or 'none' for work outside one" })
  @IsOptional()
  @IsIn(PROGRAMME_FILTERS, { message: PROGRAMME_FILTER_MESSAGE })
  programme?: ProgrammeFilter;
}

export class TrendQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ description: 'Words to search for in the answers' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn' })
  q?: string;

  @ApiPropertyOptional({ description: "An offer topic, e.g. 'online'" })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(60, { message: 'mag hoogstens 60 tekens zijn' })
  topic?: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'moet een paginanummer zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(10000, { message: 'mag hoogstens 10000 zijn' })
  page?: number;
}

export class UpdateAnnualTargetDto implements UpdateAnnualTargetRequest {
  @ApiProperty({ example: 200000 })
  @IsInt({ message: 'moet een geheel aantal leerlingen zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(2_000_000, { message: 'mag hoogstens 2000000 zijn' })
  pupils!: number;

  @ApiProperty({ example: 15 })
  @IsInt({ message: 'moet een geheel aantal scholen zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(10_000, { message: 'mag hoogstens 10000 zijn' })
  haltJrbSchools!: number;
}

export class FormListQueryDto {
  @ApiPropertyOptional({ enum: ['teacher', 'pupil', 'parent'] })
  @IsOptional()
  @IsIn(['teacher', 'pupil', 'parent'], { message: 'moet teacher, pupil of parent zijn' })
  audience?: EvaluationAudience;

  @ApiPropertyOptional({ enum: OFFER_TYPES })
  @IsOptional()
  @IsIn(OFFER_TYPES, { message: 'is geen soort aanbod' })
  offerType?: OfferType;
}
