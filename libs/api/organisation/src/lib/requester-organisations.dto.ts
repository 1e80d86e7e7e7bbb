import { PARTNER_KINDS, type PartnerKind } from '@halt/contracts';
import { PageQueryDto } from '@halt/api/security';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** What a sportvereniging and a wijkpartner both have: a name, an address in a gemeente and coordinates. */
class OrganisationAddressDto {
  @ApiProperty({ example: 'Voetbalvereniging Domstad Boys', minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  name!: string;

  @ApiProperty({ example: 'Sportpark Voordorp 3', maxLength: 120 })
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  street!: string;

  @ApiProperty({ example: '3563 AA', pattern: '^[1-9][0-9]{3} [A-Z]{2}$' })
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .trim()
          .toUpperCase()
          .replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2')
      : value,
  )
  @Matches(/^[1-9][0-9]{3} [A-Z]{2}$/, { message: 'moet een postcode zijn als 3563 AA' })
  postcode!: string;

  @ApiProperty({ example: 'Utrecht', maxLength: 80 })
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 80, { message: 'moet 2 tot 80 tekens lang zijn' })
  place!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'kies een gemeente' })
  municipalityId!: string;

  @ApiProperty({ minimum: 50.7, maximum: 53.6 })
  @IsNumber({}, { message: 'moet een breedtegraad zijn, zoals 52.09' })
  @Min(50.7, { message: 'ligt niet in Nederland (50.7 tot 53.6)' })
  @Max(53.6, { message: 'ligt niet in Nederland (50.7 tot 53.6)' })
  latitude!: number;

  @ApiProperty({ minimum: 3.3, maximum: 7.3 })
  @IsNumber({}, { message: 'moet een lengtegraad zijn, zoals 5.12' })
  @Min(3.3, { message: 'ligt niet in Nederland (3.3 tot 7.3)' })
  @Max(7.3, { message: 'ligt niet in Nederland (3.3 tot 7.3)' })
  longitude!: number;
}

/** A new sportvereniging (admins). */
export class CreateSportsClubDto extends OrganisationAddressDto {
  @ApiProperty({ example: 'BBDM12U', pattern: '^[A-Z]{4}[0-9]{2}[A-Z]$', description: 'KNVB club number' })
  @Transform(upper)
  @Matches(/^[A-Z]{4}[0-9]{2}[A-Z]$/, {
    message: 'moet een KNVB-clubnummer zijn: vier letters, twee cijfers en een letter, zoals BBDM12U',
  })
  knvbNumber!: string;
}

export class UpdateSportsClubDto extends PartialType(CreateSportsClubDto) {}

/** A new wijkpartner (admins). */
export class CreateNeighbourhoodPartnerDto extends OrganisationAddressDto {
  @ApiProperty({ enum: PARTNER_KINDS })
  @IsIn(PARTNER_KINDS, { message: 'moet jongerenwerk, wijkteam of anders zijn' })
  kind!: PartnerKind;
}

export class UpdateNeighbourhoodPartnerDto extends PartialType(CreateNeighbourhoodPartnerDto) {}

/** Filters of the club and partner lists. */
export class RequesterOrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig gemeente-id zijn' })
  municipalityId?: string;

  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(80, { message: 'mag hoogstens 80 tekens zijn' })
  q?: string;
}
