import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** No list of the portal has this many pages of 200; a bound keeps the OFFSET a number PostgreSQL takes. */
export const MAX_PAGE = 100_000;

/** `?page=&pageSize=` of every paged list (1-based, at most 200 a page). */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(MAX_PAGE, { message: `mag hoogstens ${MAX_PAGE} zijn` })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(200, { message: 'mag hoogstens 200 zijn' })
  pageSize = 50;
}
