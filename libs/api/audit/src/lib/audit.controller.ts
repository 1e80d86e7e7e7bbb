import { AUDIT_ACTIONS, type AuditAction, AuditEventDto, Page } from '@halt/contracts';
import { PageQueryDto, Roles } from '@halt/api/security';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditService } from './audit.service';

export class AuditQueryDto extends PageQueryDto {
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
  @ApiOperation({
    summary: 'The audit trail, newest first (admins only)',
    description:
      'Pages through the audit trail: every change with who made it (a user or a system job), the entity, the action and the request id; filters by entity, action and actor. Admins only.',
  })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.audit.list(query);
  }
}
