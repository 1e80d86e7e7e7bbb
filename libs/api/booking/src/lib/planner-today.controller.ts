import type { PlannerTodayDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestsService } from './requests.service';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('planner')
export class PlannerTodayController {
  constructor(private readonly requests: RequestsService) {}

  @Get('today')
  @Roles('planner', 'admin')
  @ApiOperation({
    summary: 'What needs the planner today: counts that match the filtered request lists',
    description:
      'In the planner’s regions (an admin: everywhere), counted in one statement: new requests; requests whose first window starts within 14 days and that still have sessions without a date; planned sessions ahead without a specialist; sessions whose specialist became unavailable (an absence); and sessions in the coming seven days. Each count matches a filter of GET /api/requests (`status=submitted`, `attention=unplanned&startsWithinDays=14`, `attention=unstaffed`, `attention=replacement`, `attention=week`).',
  })
  today(@CurrentUser() user: AuthUser): Promise<PlannerTodayDto> {
    return this.requests.plannerToday(user);
  }
}
