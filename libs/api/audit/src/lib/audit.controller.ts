import { AUDIT_ACTIONS, type AuditAction, AuditEventDto, Page } from '@halt/contracts';
import { Roles } from '@halt/api/security';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AuditService } from './audit.service';

export class AuditQueryDto {
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

  @ApiPropertyOptional({ example: 'School' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'mag hoogstens 60 tekens zijn' })
  entity?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `moet een van ${AUDIT_ACTIONS.join(', ')} zijn` })
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldig id zijn' })
  actorId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The audit trail, newest first (admins only)' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.audit.list(query);
  }
}
