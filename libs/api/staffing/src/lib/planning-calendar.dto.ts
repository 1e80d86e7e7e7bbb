import { PageQueryDto } from '@halt/api/security';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = 'moet een datum zijn als 2027-02-15';

/** The longest period the calendar shows at once: six weeks (a month view with its edges). */
export const MAX_CALENDAR_DAYS = 42;

export class PlanningCalendarQueryDto {
  @ApiProperty({ example: '2027-02-15', description: 'First day (inclusive).' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from!: string;

  @ApiProperty({ example: '2027-02-19', description: `Last day (inclusive), at most ${MAX_CALENDAR_DAYS} days on.` })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this region (one of the planner’s).' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige regio' })
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the sessions of this specialist.' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige medewerker' })
  staffId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the sessions at this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige school' })
  schoolId?: string;
}

export class UnplannedSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this region (one of the planner’s).' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige regio' })
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the sessions at this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige school' })
  schoolId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the sessions of this request.' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen geldige aanvraag' })
  requestId?: string;
}

/** The longest period of a load overview: thirteen weeks. */
export const MAX_LOAD_DAYS = 91;

export class StaffLoadQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The specialist.' })
  @IsUUID('all', { message: 'is geen geldige medewerker' })
  staffId!: string;

  @ApiProperty({ example: '2027-02-15', description: 'First day (inclusive).' })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from!: string;

  @ApiProperty({ example: '2027-03-14', description: `Last day (inclusive), at most ${MAX_LOAD_DAYS} days on.` })
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to!: string;
}
