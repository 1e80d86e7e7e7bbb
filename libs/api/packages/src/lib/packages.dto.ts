import { PageQueryDto } from '@halt/api/security';
import {
  type AmendBudgetRequest,
  type FieldError,
  type CreatePackageOrderRequest,
  OFFER_TYPES,
  PROGRAMME_FILTERS,
  PROGRAMMES,
  type Programme,
  type ProgrammeFilter,
  type OfferType,
  type PackageTemplateInput,
  type ReasonRequest,
} from '@halt/contracts';
import { BadRequestException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = 'moet een datum zijn als 2027-03-31';
const PROGRAMME_MESSAGE = 'moet preventie-met-gezag of leeg zijn';
export const PROGRAMME_FILTER_MESSAGE = 'moet preventie-met-gezag of none (geen programma) zijn';

export class PackageOfferInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies een aanbod' })
  offerId!: string;

  @ApiPropertyOptional({ description: 'Credits per session; default the catalogue price' })
  @IsOptional()
  @IsInt({ message: 'moet een geheel aantal credits zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(100, { message: 'mag hoogstens 100 zijn' })
  credits?: number;
}

/** Named apart from the contracts' `PackageTemplateDto` (the response) in the OpenAPI document. */
@ApiSchema({ name: 'PackageTemplateInputDto' })
export class PackageTemplateDto implements PackageTemplateInput {
  @ApiProperty({ example: 'basispakket-voorlichtingen' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'alleen kleine letters, cijfers en streepjes' })
  @Length(3, 60, { message: 'moet 3 tot 60 tekens lang zijn' })
  code!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  name!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @MaxLength(1000, { message: 'mag hoogstens 1000 tekens zijn' })
  description!: string;

  @ApiProperty()
  @IsInt({ message: 'moet een geheel aantal credits zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(100000, { message: 'mag hoogstens 100000 zijn' })
  defaultCredits!: number;

  @ApiProperty({ type: [PackageOfferInputDto] })
  @IsArray({ message: 'kies ten minste één aanbod' })
  @ArrayMaxSize(50, { message: 'hoogstens 50 aanbiedingen' })
  @ValidateNested({ each: true })
  @Type(() => PackageOfferInputDto)
  offers!: PackageOfferInputDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  active?: boolean;

  @ApiPropertyOptional({ enum: PROGRAMMES, nullable: true, description: 'The programme; null: none' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(PROGRAMMES, { message: PROGRAMME_MESSAGE })
  programme?: Programme | null;
}

/** Named apart from the contracts' `PackageOrderDto` (the response) in the OpenAPI document. */
@ApiSchema({ name: 'CreatePackageOrderDto' })
export class PackageOrderDto implements CreatePackageOrderRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'kies een pakket' })
  templateId?: string;

  @ApiProperty({ example: 'Voorlichtingen 2027' })
  @Transform(trim)
  @IsString({ message: 'is verplicht' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  name!: string;

  @ApiProperty({ example: 2027 })
  @IsInt({ message: 'moet een jaartal zijn' })
  @Min(2024, { message: 'moet 2024 of later zijn' })
  @Max(2040, { message: 'mag hoogstens 2040 zijn' })
  subsidyYear!: number;

  @ApiProperty({ example: 34 })
  @IsInt({ message: 'moet een geheel aantal credits zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(100000, { message: 'mag hoogstens 100000 zijn' })
  budgetCredits!: number;

  @ApiPropertyOptional({ type: [PackageOfferInputDto] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst van aanbiedingen zijn' })
  @ArrayMaxSize(50, { message: 'hoogstens 50 aanbiedingen' })
  @ValidateNested({ each: true })
  @Type(() => PackageOfferInputDto)
  offers?: PackageOfferInputDto[];

  @ApiPropertyOptional({ example: { voorlichting: 34 } })
  @IsOptional()
  @IsObject({ message: 'moet per soort aanbod een aantal credits zijn' })
  quotas?: Partial<Record<OfferType, number>>;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  allSchools!: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'moet een lijst van scholen zijn' })
  @ArrayUnique({ message: 'bevat een school dubbel' })
  @ArrayMaxSize(500, { message: 'hoogstens 500 scholen' })
  @IsUUID('all', { each: true, message: 'bevat een ongeldige school' })
  schoolIds?: string[];

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  requiresApproval!: boolean;

  @ApiProperty({ example: '2027-10-31' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  orderDeadline!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'mag hoogstens 2000 tekens zijn' })
  notes?: string;

  @ApiPropertyOptional({ enum: PROGRAMMES, nullable: true, description: 'The programme; null: none' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(PROGRAMMES, { message: PROGRAMME_MESSAGE })
  programme?: Programme | null;
}

/** The quota keys must be offer types with whole, non-negative credits; checked in the service with field names. */
/** The 400 of a package template or order with its field errors. */
export const invalidInput = (errors: FieldError[]) =>
  new BadRequestException({ message: 'Controleer de invoer', errors });

export function quotaErrors(quotas: Record<string, unknown> | undefined): { field: string; message: string }[] {
  return Object.entries(quotas ?? {}).flatMap(([type, credits]) => {
    if (!(OFFER_TYPES as readonly string[]).includes(type)) {
      return [{ field: `quotas.${type}`, message: `is geen soort aanbod (${OFFER_TYPES.join(', ')})` }];
    }
    if (typeof credits !== 'number' || !Number.isInteger(credits) || credits < 0 || credits > 100000) {
      return [{ field: `quotas.${type}`, message: 'moet een geheel aantal credits van 0 tot 100000 zijn' }];
    }
    return [];
  });
}

export class AmendBudgetDto implements AmendBudgetRequest {
  @ApiProperty({ example: 10, description: 'Positive raises, negative lowers the budget' })
  @IsInt({ message: 'moet een geheel aantal credits zijn' })
  @NotEquals(0, { message: 'mag niet 0 zijn' })
  @Min(-100000, { message: 'mag hoogstens 100000 lager zijn' })
  @Max(100000, { message: 'mag hoogstens 100000 hoger zijn' })
  delta!: number;

  @ApiProperty({ example: 'Extra subsidie na raadsbesluit' })
  @Transform(trim)
  @IsString({ message: 'vul een reden in' })
  @Length(3, 500, { message: 'moet 3 tot 500 tekens lang zijn' })
  reason!: string;
}

export class ReasonDto implements ReasonRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'vul een reden in' })
  @Length(3, 500, { message: 'moet 3 tot 500 tekens lang zijn' })
  reason!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(3, 500, { message: 'moet 3 tot 500 tekens lang zijn' })
  reason?: string;
}

export class YearQueryDto {
  @ApiPropertyOptional({ example: 2027 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een jaartal zijn' })
  @Min(2020, { message: 'moet 2020 of later zijn' })
  @Max(2100, { message: 'mag hoogstens 2100 zijn' })
  year?: number;
}

/** `?year=` and the page of the package-order list. */
export class OrderListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2027, minimum: 2020, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een jaartal zijn' })
  @Min(2020, { message: 'moet 2020 of later zijn' })
  @Max(2100, { message: 'mag hoogstens 2100 zijn' })
  year?: number;

  @ApiPropertyOptional({ enum: PROGRAMME_FILTERS, description: "A programme, or 'none' for packages outside one" })
  @IsOptional()
  @IsIn(PROGRAMME_FILTERS, { message: PROGRAMME_FILTER_MESSAGE })
  programme?: ProgrammeFilter;
}

export class FundingQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies een aanbod' })
  offerId!: string;

  @ApiPropertyOptional({ description: 'Number of sessions the request would have' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel aantal sessies zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(200, { message: 'mag hoogstens 200 zijn' })
  sessions?: number;
}
