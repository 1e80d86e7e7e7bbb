import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

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

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(200, { message: 'mag hoogstens 200 zijn' })
  pageSize = 50;
}
