import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** No list of the portal has this many pages of 200; a bound keeps the OFFSET a number PostgreSQL takes. */
export const MAX_PAGE = 100_000;

/** At most this many items a page: a page is a screen's worth, and a client pages through the rest. */
export const MAX_PAGE_SIZE = 50;

/** `?page=&pageSize=` of every paged list (1-based, at most MAX_PAGE_SIZE a page, 50 unless asked). */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(MAX_PAGE, { message: `mag hoogstens ${MAX_PAGE} zijn` })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet 1 of meer zijn' })
  @Max(MAX_PAGE_SIZE, { message: `mag hoogstens ${MAX_PAGE_SIZE} zijn` })
  pageSize = MAX_PAGE_SIZE;
}

/** An ILIKE pattern for "contains `text`", with `%`, `_` and `\` in the text taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
