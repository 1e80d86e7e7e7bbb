import { UnitOfWork } from '@halt/api/database';
import { SessionsService } from '@halt/api/booking';
import { PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { AuthUser } from '@halt/api/security';
import type {
  EvaluationAudience,
  MySessionDto,
  OfferType,
  PublicEvaluationDto,
  SessionEvaluationDto,
  SubmitEvaluationResponse,
} from '@halt/contracts';
import { acceptAnswer, acceptsAnswer, instantToZoned, normaliseClassCode } from '@halt/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as QRCode from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { type EvaluationCodeRow, ensureEvaluationCode, toSessionEvaluation } from './evaluation-code';
import { ReportSessionDto, SubmitEvaluationDto } from './evaluations.dto';
import { EvaluationFormsService } from './forms.service';

interface CodeContext extends EvaluationCodeRow {
  offer_title: string;
  offer_type: OfferType;
  school_name: string;
  group_name: string | null;
  planned_start: Date;
}

const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const THANKS: Record<EvaluationAudience, string> = {
  pupil: 'Bedankt! Je antwoorden zijn anoniem opgeslagen.',
  parent: 'Bedankt! Uw antwoorden zijn anoniem opgeslagen.',
  teacher: 'Bedankt voor uw evaluatie. Halt gebruikt uw antwoorden om de lessen te verbeteren.',
};

/**
 * Answers to the evaluations: anonymous pupils and parents with the class code, the teacher with the link
 * from the evaluation e-mail or the school area. An answer is stored with the form version, the day and
 * nothing else about the person; the per-session score counters change in the same transaction.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly forms: EvaluationFormsService,
    private readonly sessions: SessionsService,
    private readonly clock: PortalClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ——— public: class codes and teacher links ———

  async byCode(input: string): Promise<PublicEvaluationDto> {
    const row = await this.codeContext(this.dataSource.manager, 'code', this.code(input));
    return this.publicView(row, row.audience, acceptsAnswer(this.limits(row, row.answers, row.answer_limit)));
  }

  async byTeacherToken(token: string): Promise<PublicEvaluationDto> {
    const row = await this.codeContext(this.dataSource.manager, 'teacher_token', this.token(token));
    return this.publicView(row, 'teacher', this.teacherAccepts(row));
  }

  submitWithCode(input: string, dto: SubmitEvaluationDto): Promise<SubmitEvaluationResponse> {
    const code = this.code(input);
    return this.uow.run(async (m) => {
      const row = await this.codeContext(m, 'code', code, true);
      const accepts = acceptsAnswer(this.limits(row, row.answers, row.answer_limit));
      if (!accepts.ok) throw new ConflictException({ message: accepts.refusal.message, conflict: accepts.refusal });
      await this.store(m, row, row.audience, dto);
      await m.query(`UPDATE evaluation_code SET answers = answers + 1 WHERE session_id = $1`, [row.session_id]);
      return { thanks: THANKS[row.audience] };
    });
  }

  submitAsTeacher(token: string, dto: SubmitEvaluationDto): Promise<SubmitEvaluationResponse> {
    const valid = this.token(token);
    return this.uow.run(async (m) => {
      const row = await this.codeContext(m, 'teacher_token', valid, true);
      const accepts = this.teacherAccepts(row);
      if (!accepts.ok) throw new ConflictException({ message: accepts.refusal.message, conflict: accepts.refusal });
      await this.store(m, row, 'teacher', dto);
      await m.query(`UPDATE evaluation_code SET teacher_answered = true WHERE session_id = $1`, [row.session_id]);
      return { thanks: THANKS.teacher };
    });
  }

  // ——— signed in: a session's code, staff's own sessions, reporting ———

  /** The class code and teacher link of a delivered session, for the school, its staff and Halt. */
  async forSession(user: AuthUser, id: string): Promise<SessionEvaluationDto> {
    if (user.role === 'gemeente') throw new ForbiddenException('Klascodes zijn er voor de school en Halt');
    const session = await this.sessions.find(this.dataSource.manager, user, id);
    if (session.status !== 'delivered') {
      throw new ConflictException({
        message: 'Een klascode is er pas als de sessie als gegeven is gemeld',
        conflict: { session: id, state: session.status },
      });
    }
    const row = await this.uow.run((m) => ensureEvaluationCode(m, id, this.config.evaluationOpenDays));
    if (!row) throw new ConflictException('Deze sessie heeft geen klascode');
    return toSessionEvaluation(this.config.publicUrl, row, this.clock.now());
  }

  async qrSvg(user: AuthUser, id: string): Promise<string> {
    const evaluation = await this.forSession(user, id);
    return QRCode.toString(evaluation.classCodeUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  }

  /** A specialist's own sessions in a period (Amsterdam dates, inclusive). */
  async mySessions(user: AuthUser, from: string, to: string): Promise<MySessionDto[]> {
    if (user.role !== 'staff') throw new ForbiddenException('Alleen preventiemedewerkers hebben een eigen sessielijst');
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT se.id FROM session se
         JOIN session_assignment a ON a.session_id = se.id JOIN staff_member sm ON sm.id = a.staff_id
        WHERE sm.user_id = $1 AND se.planned_start IS NOT NULL
          AND (se.planned_start AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3
        ORDER BY se.planned_start`,
      [user.id, from, to],
    );
    return this.describe(ids.map((r) => r.id));
  }

  /** Staff (or a planner) report a session that took place: delivered with the pupils reached, or a no-show. */
  async report(user: AuthUser, id: string, dto: ReportSessionDto): Promise<MySessionDto> {
    await this.sessions.report(
      user,
      id,
      dto.outcome === 'delivered'
        ? { outcome: 'delivered', pupilsReached: dto.pupilsReached ?? 0 }
        : { outcome: 'no_show', reason: dto.reason },
      (m) => ensureEvaluationCode(m, id, this.config.evaluationOpenDays).then(() => undefined),
    );
    const [session] = await this.describe([id]);
    return session;
  }

  // ——— helpers ———

  private async describe(ids: string[]): Promise<MySessionDto[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: string;
      request_id: string;
      reference: string;
      offer_title: string;
      offer_type: OfferType;
      school_name: string;
      location: string;
      group_name: string | null;
      pupil_count: number | null;
      status: MySessionDto['status'];
      planned_start: Date;
      planned_end: Date;
      pupils_reached: number | null;
    }[] = await this.dataSource.query(
      `SELECT se.id, se.request_id, r.reference, o.title AS offer_title, o.type AS offer_type, sc.name AS school_name,
              r.location, g.name AS group_name, g.pupil_count, se.status, se.planned_start, se.planned_end, se.pupils_reached
         FROM session se JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
         JOIN requester sc ON sc.id = r.requester_id LEFT JOIN booking_group g ON g.id = se.group_id
        WHERE se.id = ANY($1::uuid[]) ORDER BY se.planned_start`,
      [ids],
    );
    // The codes in one query; a delivered session without one (reported through the planner's …/deliver)
    // gets it now.
    const codes: EvaluationCodeRow[] = await this.dataSource.query(
      `SELECT * FROM evaluation_code WHERE session_id = ANY($1::uuid[])`,
      [ids],
    );
    const codeOf = new Map(codes.map((c) => [c.session_id, c]));
    const now = this.clock.now();
    const out: MySessionDto[] = [];
    for (const r of rows) {
      const code =
        r.status === 'delivered'
          ? (codeOf.get(r.id) ??
            (await this.uow.run((m) => ensureEvaluationCode(m, r.id, this.config.evaluationOpenDays))))
          : null;
      out.push({
        id: r.id,
        requestId: r.request_id,
        reference: r.reference,
        offerTitle: r.offer_title,
        offerType: r.offer_type,
        schoolName: r.school_name,
        location: r.location,
        groupName: r.group_name,
        pupilCount: r.pupil_count,
        status: r.status,
        plannedStart: new Date(r.planned_start).toISOString(),
        plannedEnd: new Date(r.planned_end).toISOString(),
        pupilsReached: r.pupils_reached,
        toReport:
          (r.status === 'planned' || r.status === 'confirmed') && new Date(r.planned_start).getTime() <= now.getTime(),
        evaluation: code ? toSessionEvaluation(this.config.publicUrl, code, now) : null,
      });
    }
    return out;
  }

  private code(input: string): string {
    const code = normaliseClassCode(input);
    if (!code) throw new NotFoundException('Deze klascode bestaat niet; controleer de 8 tekens');
    return code;
  }

  private token(token: string): string {
    if (!TOKEN.test(token)) throw new NotFoundException('Deze link is niet (meer) geldig');
    return token;
  }

  private async codeContext(
    m: EntityManager,
    by: 'code' | 'teacher_token',
    value: string,
    lock = false,
  ): Promise<CodeContext> {
    const [row]: CodeContext[] = await m.query(
      `SELECT c.*, o.title AS offer_title, o.type AS offer_type, sc.name AS school_name, g.name AS group_name,
              se.planned_start
         FROM evaluation_code c JOIN session se ON se.id = c.session_id
         JOIN booking_request r ON r.id = se.request_id JOIN offer o ON o.id = r.offer_id
         JOIN requester sc ON sc.id = r.requester_id LEFT JOIN booking_group g ON g.id = se.group_id
        WHERE c.${by} = $1 ${lock ? 'FOR UPDATE OF c' : ''}`,
      [value],
    );
    if (!row) {
      throw new NotFoundException(
        by === 'code' ? 'Deze klascode bestaat niet; controleer de 8 tekens' : 'Deze link is niet (meer) geldig',
      );
    }
    return row;
  }

  private limits(row: EvaluationCodeRow, answers: number, pupilCount: number) {
    return {
      answers,
      pupilCount,
      opensAt: new Date(row.opens_at),
      closesAt: new Date(row.closes_at),
      now: this.clock.now(),
    };
  }

  private teacherAccepts(row: EvaluationCodeRow) {
    const result = acceptsAnswer(this.limits(row, 0, 1));
    if (result.ok && row.teacher_answered) {
      return {
        ok: false as const,
        refusal: { code: 'full' as const, message: 'De docent heeft deze evaluatie al ingevuld' },
      };
    }
    return result;
  }

  private async publicView(
    row: CodeContext,
    audience: EvaluationAudience,
    accepts: ReturnType<typeof acceptsAnswer>,
  ): Promise<PublicEvaluationDto> {
    const form = await this.forms.current(this.dataSource.manager, audience, row.offer_type);
    return {
      audience,
      offerTitle: row.offer_title,
      offerType: row.offer_type,
      schoolName: row.school_name,
      date: instantToZoned(new Date(row.planned_start)).date,
      groupName: row.group_name,
      form: { id: form.id, version: form.version, title: form.title, intro: form.intro, questions: form.questions },
      open: accepts.ok,
      closedReason: accepts.ok ? null : accepts.refusal.message,
      closesAt: new Date(row.closes_at).toISOString(),
    };
  }

  /** Stores one answer: the response (form version, day), the score counters, and trend texts. */
  private async store(
    m: EntityManager,
    row: CodeContext,
    audience: EvaluationAudience,
    dto: SubmitEvaluationDto,
  ): Promise<void> {
    const form = await this.forms.version(m, dto.formId, audience, row.offer_type);
    if (!form) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'formId', message: 'hoort niet bij deze vragenlijst; laad de pagina opnieuw' }],
      });
    }
    const accepted = acceptAnswer(form.questions, dto.scores, dto.answers ?? {});
    if (!accepted.ok) throw new BadRequestException({ message: 'Controleer de antwoorden', errors: accepted.errors });
    const today = this.clock.today();
    const [response]: { id: string }[] = await m.query(
      `INSERT INTO evaluation_response (session_id, form_id, audience, submitted_on, scores, answers)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        row.session_id,
        form.id,
        audience,
        today,
        JSON.stringify(accepted.value.scores),
        JSON.stringify(accepted.value.answers),
      ],
    );
    for (const [outcome, score] of Object.entries(accepted.value.outcomes)) {
      await m.query(
        `INSERT INTO evaluation_score (session_id, audience, outcome, answers, total) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (session_id, audience, outcome)
         DO UPDATE SET answers = evaluation_score.answers + 1, total = evaluation_score.total + EXCLUDED.total`,
        [row.session_id, audience, outcome, score],
      );
    }
    for (const text of accepted.value.trends) {
      await m.query(
        `INSERT INTO evaluation_trend (response_id, session_id, audience, submitted_on, text) VALUES ($1, $2, $3, $4, $5)`,
        [response.id, row.session_id, audience, today, text],
      );
    }
  }
}
