import { type AuthUser, CurrentUser, idPipe, Public, PublicFormThrottle, Roles } from '@halt/api/security';
import type {
  EvaluationFormDto,
  MySessionDto,
  PublicEvaluationDto,
  SessionEvaluationDto,
  SubmitEvaluationResponse,
} from '@halt/contracts';
import { addDays } from '@halt/domain';
import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PortalClock } from '@halt/api/calendar';
import {
  CreateEvaluationFormDto,
  FormListQueryDto,
  PeriodQueryDto,
  ReportSessionDto,
  SubmitEvaluationDto,
} from './evaluations.dto';
import { DashboardsService } from './dashboards.service';
import { EvaluationsService } from './evaluations.service';
import { EvaluationFormsService } from './forms.service';

@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('evaluation-forms')
export class EvaluationFormsController {
  constructor(private readonly forms: EvaluationFormsService) {}

  @Get()
  @Roles('admin', 'planner')
  @ApiOperation({
    summary: 'Every version of every question set, newest first, with its number of answers',
    description:
      'All versions of the evaluation forms per audience (pupil, teacher, parent) and offer type, with how many answers each has. Admins and planners.',
  })
  list(@Query() q: FormListQueryDto): Promise<EvaluationFormDto[]> {
    return this.forms.list(q);
  }

  @Get(':id')
  @Roles('admin', 'planner')
  @ApiOperation({ summary: 'One form version', description: 'One version of an evaluation form with its questions.' })
  get(@Param('id', idPipe) id: string): Promise<EvaluationFormDto> {
    return this.forms.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'A new version of a question set; earlier versions and their answers stay as they are',
    description:
      'Publishes a new version of a form: scale (1–5) and open questions with stable keys. Answers are stored per version, so results stay comparable. Admins.',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEvaluationFormDto): Promise<EvaluationFormDto> {
    return this.forms.create(user, dto);
  }
}

/**
 * The anonymous side: pupils and parents with the class code, teachers with their link. No sign-in, no
 * cookies, nothing about the person stored; a per-IP limit of its own (a class shares one school IP).
 */
@ApiTags('evaluations')
@Public()
@PublicFormThrottle()
@Controller('public')
export class PublicEvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get('evaluations/:code')
  @ApiOperation({
    summary: 'The form behind a class code',
    description:
      'Public (no sign-in): the form of the session behind a class code, while it is open. Limited per client.',
  })
  byCode(@Param('code') code: string): Promise<PublicEvaluationDto> {
    return this.evaluations.byCode(code);
  }

  @Post('evaluations/:code')
  @ApiOperation({
    summary: 'An anonymous answer with a class code (at most the pupils reached, until it closes)',
    description:
      'Public (no sign-in): stores one anonymous answer for the session of the class code; at most as many answers as pupils reached, until the code closes. Limited per client.',
  })
  answer(@Param('code') code: string, @Body() dto: SubmitEvaluationDto): Promise<SubmitEvaluationResponse> {
    return this.evaluations.submitWithCode(code, dto);
  }

  @Get('teacher-evaluations/:token')
  @ApiOperation({
    summary: "The teacher's form behind the link in the evaluation e-mail",
    description: 'Public (no sign-in): the teacher’s form behind the personal link of the evaluation e-mail.',
  })
  byTeacherToken(@Param('token') token: string): Promise<PublicEvaluationDto> {
    return this.evaluations.byTeacherToken(token);
  }

  @Post('teacher-evaluations/:token')
  @ApiOperation({
    summary: "The teacher's answer (once per session)",
    description: 'Public (no sign-in): stores the teacher’s answer, once per session.',
  })
  answerAsTeacher(@Param('token') token: string, @Body() dto: SubmitEvaluationDto): Promise<SubmitEvaluationResponse> {
    return this.evaluations.submitAsTeacher(token, dto);
  }
}

@ApiTags('evaluations')
@ApiBearerAuth()
@Controller()
export class SessionEvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly dashboards: DashboardsService,
    private readonly clock: PortalClock,
  ) {}

  @Get('sessions/:id/evaluation')
  @Roles('school', 'staff', 'planner', 'admin')
  @ApiOperation({
    summary: "A delivered session's class code, its address and the teacher's link",
    description: 'For a delivered session: the class code pupils use, the address of the form and the teacher’s link.',
  })
  forSession(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<SessionEvaluationDto> {
    return this.evaluations.forSession(user, id);
  }

  @Get('sessions/:id/evaluation/qr.svg')
  @Roles('school', 'staff', 'planner', 'admin')
  @ApiProduces('image/svg+xml')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({
    summary: 'QR code of the class code address',
    description: 'An SVG image of a QR code of the address pupils open to answer, for the screen in the classroom.',
  })
  qr(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<string> {
    return this.evaluations.qrSvg(user, id);
  }

  @Post('sessions/:id/report')
  @Roles('staff', 'planner', 'admin')
  @ApiOperation({
    summary: 'Report a session that took place: delivered with the pupils reached, or a no-show',
    description:
      'The specialist (or a planner) reports how a session went: delivered with the number of pupils reached, or a no-show. Delivered opens the evaluation.',
  })
  report(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: ReportSessionDto,
  ): Promise<MySessionDto> {
    return this.evaluations.report(user, id, dto);
  }

  @Get('staff/me/sessions')
  @Roles('staff')
  @ApiOperation({
    summary: "A specialist's own sessions in a period (default: 60 days back and ahead)",
    description: 'The sessions a specialist is assigned to in a period, with school, offer, time and colleagues.',
  })
  mySessions(@CurrentUser() user: AuthUser, @Query() q: PeriodQueryDto): Promise<MySessionDto[]> {
    const today = this.clock.today();
    const period = this.dashboards.period({ from: q.from ?? addDays(today, -60), to: q.to ?? addDays(today, 60) });
    return this.evaluations.mySessions(user, period.from, period.to);
  }
}
