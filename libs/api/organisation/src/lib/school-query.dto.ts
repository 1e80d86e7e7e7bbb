import { PageQueryDto } from '@halt/api/security';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `?q=` (part of the name, BRIN or place) and the page of the school list. */
export class SchoolQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name, the BRIN number or the place' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(100, { message: 'mag hoogstens 100 tekens zijn' })
  q?: string;
}
