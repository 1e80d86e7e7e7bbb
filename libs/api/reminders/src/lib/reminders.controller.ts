import { type AuthUser, CurrentUser, idPipe, PageQueryDto, Roles } from '@halt/api/security';
import type { MessageLogDto, NotificationsDto, Page, ReminderRuleDto } from '@halt/contracts';
import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { NotificationsService } from './notifications.service';
import { ReminderRulesService } from './reminder-rules.service';

export class UpdateReminderRuleDto {
  @ApiProperty({ example: 14 })
  @IsInt({ message: 'moet een geheel aantal zijn' })
  @Min(0, { message: 'moet 0 of meer zijn' })
  @Max(60, { message: 'mag hoogstens 60 zijn' })
  offsetAmount!: number;

  @ApiProperty({ example: '08:00' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'moet een tijd zijn als 08:00' })
  sendTime!: string;

  @ApiProperty()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  enabled!: boolean;
}

export class MessageLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['sending', 'sent', 'failed'] })
  @IsOptional()
  @IsIn(['sending', 'sent', 'failed'], { message: 'moet sending, sent of failed zijn' })
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  recipient?: string;

}

const RULE_KINDS = [
  'school_before_14d',
  'school_before_2d',
  'staff_day_before',
  'parent_meeting_invite_7d',
  'evaluation_day_after',
  'planner_unplanned_escalation',
  'planner_staff_lost',
  'planner_daily_digest',
];

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly rules: ReminderRulesService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get('reminder-rules')
  @Roles('admin')
  @ApiOperation({
    summary: 'Reminder rules (admins)',
    description:
      'When each kind of reminder and message goes out (days before or after a session), and whether it is on.',
  })
  listRules(): Promise<ReminderRuleDto[]> {
    return this.rules.list();
  }

  @Put('reminder-rules/:kind')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change when a reminder goes out, or switch it off; changes apply to reminders scheduled from now on',
    description:
      'Changes the timing of a kind of reminder, or switches it off. Reminders already scheduled keep their time. Admins only.',
  })
  updateRule(
    @CurrentUser() user: AuthUser,
    @Param('kind') kind: string,
    @Body() dto: UpdateReminderRuleDto,
  ): Promise<ReminderRuleDto> {
    if (!RULE_KINDS.includes(kind)) throw new NotFoundException('Onbekende herinnering');
    return this.rules.update(kind, dto, user.id);
  }

  @Get('message-log')
  @Roles('admin')
  @ApiOperation({
    summary: 'Every message per recipient: sent, failed with the reason, or being sent',
    description:
      'Every e-mail per recipient with its state: sent, failed with the reason, or being sent, newest first, at most 50 a page (`page`, `pageSize`) with the total. Admins only.',
  })
  messageLog(@Query() q: MessageLogQueryDto): Promise<Page<MessageLogDto>> {
    return this.notifications.messageLog(q);
  }

  @Get('notifications')
  @ApiOperation({
    summary: 'The signed-in user’s notifications, newest first, with the unread count',
    description: 'The notifications of the signed-in user, newest first, with the number unread.',
  })
  mine(@CurrentUser() user: AuthUser): Promise<NotificationsDto> {
    return this.notifications.mine(user);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark all notifications read',
    description: 'Marks every notification of the signed-in user as read.',
  })
  readAll(@CurrentUser() user: AuthUser): Promise<NotificationsDto> {
    return this.notifications.markRead(user, null);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark a notification read',
    description: 'Marks one notification of the signed-in user as read.',
  })
  read(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<NotificationsDto> {
    return this.notifications.markRead(user, id);
  }
}
