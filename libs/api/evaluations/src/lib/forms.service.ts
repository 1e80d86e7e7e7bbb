import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { EvaluationAudience, EvaluationFormDto, EvaluationQuestionDto, OfferType } from '@halt/contracts';
import { canonicalQuestions, validateFormQuestions } from '@halt/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateEvaluationFormDto, FormListQueryDto } from './evaluations.dto';

export interface FormRow {
  id: string;
  audience: EvaluationAudience;
  offer_type: OfferType;
  version: number;
  title: string;
  intro: string;
  questions: EvaluationQuestionDto[];
  created_at: Date;
}

/**
 * Question sets per audience and offer type. A version is never changed (the database refuses it): a change
 * is a new version, and every answer keeps the version it was given on, so old answers stay readable.
 */
@Injectable()
export class EvaluationFormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(q: FormListQueryDto): Promise<EvaluationFormDto[]> {
    const rows: (FormRow & { answers: number; current: boolean })[] = await this.dataSource.query(
      `SELECT f.*, (SELECT count(*) FROM evaluation_response r WHERE r.form_id = f.id)::int AS answers,
              f.version = max(f.version) OVER (PARTITION BY f.audience, f.offer_type) AS current
         FROM evaluation_form f
        WHERE ($1::text IS NULL OR f.audience = $1) AND ($2::text IS NULL OR f.offer_type = $2)
        ORDER BY f.offer_type, f.audience, f.version DESC`,
      [q.audience ?? null, q.offerType ?? null],
    );
    return rows.map((r) => toDto(r, r.current, r.answers));
  }

  async get(id: string): Promise<EvaluationFormDto> {
    const [row]: (FormRow & { answers: number; current: boolean })[] = await this.dataSource.query(
      `SELECT f.*, (SELECT count(*) FROM evaluation_response r WHERE r.form_id = f.id)::int AS answers,
              NOT EXISTS (SELECT 1 FROM evaluation_form n WHERE n.audience = f.audience
                             AND n.offer_type = f.offer_type AND n.version > f.version) AS current
         FROM evaluation_form f WHERE f.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundException('Formulier niet gevonden');
    return toDto(row, row.current, row.answers);
  }

  /** Adds the next version of the audience's form for the offer type. */
  async create(user: AuthUser, dto: CreateEvaluationFormDto): Promise<EvaluationFormDto> {
    const errors = validateFormQuestions(dto.questions);
    if (errors.length) throw new BadRequestException({ message: 'Controleer de vragen', errors });
    const questions = canonicalQuestions(dto.questions);
    const id = await this.uow.run(async (m) => {
      // One new version at a time per form: the advisory lock serialises two admins saving at once.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation_form:' || $1 || ':' || $2))`, [
        dto.audience,
        dto.offerType,
      ]);
      const earlier: FormRow[] = await m.query(
        `SELECT * FROM evaluation_form WHERE audience = $1 AND offer_type = $2 ORDER BY version`,
        [dto.audience, dto.offerType],
      );
      const latest = earlier.at(-1)?.version ?? 0;
      if (dto.basedOnVersion !== undefined && dto.basedOnVersion !== latest) {
        throw new ConflictException({
          message: `Intussen is versie ${latest} opgeslagen; open die en breng uw wijzigingen opnieuw aan`,
          conflict: { basedOnVersion: dto.basedOnVersion, latestVersion: latest },
        });
      }
      // Answers are stored by key: a key keeps the kind it had (a score never becomes text or back).
      const kinds = new Map(earlier.flatMap((f) => f.questions.map((q) => [q.key, q.kind] as const)));
      const changed = questions
        .map((q, i) => ({ q, i, was: kinds.get(q.key) }))
        .filter((x) => x.was !== undefined && x.was !== x.q.kind)
        .map((x) => ({
          field: `questions.${x.i}.kind`,
          message: `'${x.q.key}' was in een eerdere versie een ${x.was === 'scale' ? 'schaalvraag' : 'open vraag'}; kies een nieuwe sleutel`,
        }));
      if (changed.length) throw new BadRequestException({ message: 'Controleer de vragen', errors: changed });
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO evaluation_form (audience, offer_type, version, title, intro, questions, created_by)
         SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5, $6
           FROM evaluation_form WHERE audience = $1 AND offer_type = $2
         RETURNING id`,
        [dto.audience, dto.offerType, dto.title, dto.intro, JSON.stringify(questions), user.id],
      );
      return row.id;
    });
    return this.get(id);
  }

  /** The version new answers of this audience for this offer type are given on. */
  async current(m: EntityManager, audience: EvaluationAudience, offerType: OfferType): Promise<FormRow> {
    const [row]: FormRow[] = await m.query(
      `SELECT * FROM evaluation_form WHERE audience = $1 AND offer_type = $2 ORDER BY version DESC LIMIT 1`,
      [audience, offerType],
    );
    if (!row) throw new NotFoundException('Voor deze sessie is geen vragenlijst');
    return row;
  }

  /** A version by id, if it belongs to this audience and offer type. */
  async version(
    m: EntityManager,
    id: string,
    audience: EvaluationAudience,
    offerType: OfferType,
  ): Promise<FormRow | undefined> {
    const [row]: FormRow[] = await m.query(
      `SELECT * FROM evaluation_form WHERE id = $1 AND audience = $2 AND offer_type = $3`,
      [id, audience, offerType],
    );
    return row;
  }
}

function toDto(r: FormRow, current: boolean, answers: number): EvaluationFormDto {
  return {
    id: r.id,
    audience: r.audience,
    offerType: r.offer_type,
    version: r.version,
    title: r.title,
    intro: r.intro,
    questions: r.questions,
    createdAt: new Date(r.created_at).toISOString(),
    current,
    answers,
  };
}
