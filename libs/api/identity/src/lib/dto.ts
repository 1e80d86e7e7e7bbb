import { PageQueryDto } from '@halt/api/security';
import {
  ACCOUNT_STATUSES,
  type AccountStatus,
  type InviteUserRequest,
  type Role,
  ROLES,
  type SetPasswordRequest,
  type UpdateUserRequest,
} from '@halt/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@halt.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'is verplicht' })
  @MinLength(1, { message: 'is verplicht' })
  @MaxLength(256, { message: 'mag hoogstens 256 tekens zijn' })
  password!: string;
}

export class UpdateMeDto {
  @ApiProperty({ enum: ['nl', 'en'] })
  @IsIn(['nl', 'en'], { message: 'moet nl of en zijn' })
  language!: 'nl' | 'en';
}

/** The portal's password rule (NCSC, NIST 800-63B): length over composition; at most 256 characters. */
export const PASSWORD_MIN_LENGTH = 12;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty({ description: 'The secret of the one-time link (the `token` of its address)' })
  @IsString({ message: 'is verplicht' })
  @MinLength(20, { message: 'is geen geldige link' })
  @MaxLength(100, { message: 'is geen geldige link' })
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString({ message: 'is verplicht' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben` })
  @MaxLength(256, { message: 'mag hoogstens 256 tekens zijn' })
  password!: string;
}

export class PasswordResetDto {
  @ApiProperty({ example: 'naam@school.nl' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;
}

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty({ example: 'naam@school.nl' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;

  @ApiProperty({ example: 'Sanne de Vries' })
  @Transform(trimmed)
  @IsString({ message: 'is verplicht' })
  @MinLength(2, { message: 'moet minstens 2 tekens hebben' })
  @MaxLength(120, { message: 'mag hoogstens 120 tekens zijn' })
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `moet een van ${ROLES.join(', ')} zijn` })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'For role school' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  schoolId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For role gemeente' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For role vereniging (the sportvereniging)' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  clubId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For role wijkpartner' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  partnerId?: string;

  @ApiPropertyOptional({ type: [String], description: 'For roles planner and staff' })
  @IsOptional()
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(20, { message: 'mag hoogstens 20 regio’s hebben' })
  @IsUUID('all', { each: true, message: 'moet een lijst van geldige ids zijn' })
  regionIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet ja of nee zijn' })
  mainContact?: boolean;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'moet nl of en zijn' })
  language?: 'nl' | 'en';
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `moet een van ${ROLES.join(', ')} zijn` })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'moet ja of nee zijn' })
  mainContact?: boolean;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES, { message: `moet een van ${ACCOUNT_STATUSES.join(', ')} zijn` })
  status?: AccountStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `moet een van ${ROLES.join(', ')} zijn` })
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail address' })
  @IsOptional()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn' })
  q?: string;
}
