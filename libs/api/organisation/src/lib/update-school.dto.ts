import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What a school contact (or an admin) may change about a school location. */
export class UpdateSchoolDto {
  @ApiPropertyOptional({ example: 'Schoolstraat 1' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 120, { message: 'moet 2 tot 120 tekens lang zijn' })
  street?: string;

  @ApiPropertyOptional({ example: '1012 AB' })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .toUpperCase()
          .replace(/\s+/g, '')
          .replace(/^(\d{4})([A-Z]{2})$/, '$1 $2')
      : value,
  )
  @Matches(/^[1-9]\d{3} [A-Z]{2}$/, { message: 'moet een Nederlandse postcode zijn, bijvoorbeeld 1012 AB' })
  postcode?: string;

  @ApiPropertyOptional({ example: 'Amsterdam' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'moet tekst zijn' })
  @Length(2, 80, { message: 'moet 2 tot 80 tekens lang zijn' })
  city?: string;

  @ApiPropertyOptional({ example: '08:30', description: 'Start of the school day, HH:mm local time' })
  @IsOptional()
  @Matches(TIME, { message: 'moet een tijd zijn als 08:30' })
  dayStart?: string;

  @ApiPropertyOptional({ example: '16:00', description: 'End of the school day, HH:mm local time' })
  @IsOptional()
  @Matches(TIME, { message: 'moet een tijd zijn als 16:00' })
  dayEnd?: string;
}
