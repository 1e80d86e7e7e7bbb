import { AgreedRequests } from '@halt/api/booking';
import { PortalClock } from '@halt/api/calendar';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { FieldError, MaatwerkEvent, MaatwerkQuestionDto, MaatwerkState } from '@halt/contracts';
import { maatwerkLifecycle, proposalTotals } from '@halt/domain';
import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CreateMaatwerkQuestionDto,
  MaatwerkDecisionDto,
  PlanIntakeDto,
  SendProposalDto,
} from './maatwerk.dto';
import { MaatwerkReadsService, maatwerkScope } from './maatwerk-reads.service';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/** A question as the commands lock it. */
interface LockedQuestion {
  id: string;
  status: MaatwerkState;
  requester_kind: 'school' | 'gemeente';
  school_id: string | null;
  municipality_id: string;
  participant_count: number;
  group_count: number;
  preferred_from: string;
  preferred_to: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  proposal_school_id: string | null;
}

/**
 * The only writer of maatwerk questions (maatwerk_question, maatwerk_proposal_line, maatwerk_transition). Every
 * command is one unit of work: it locks the question (404 outside the user's organisation or regions), asks the
 * domain's `maatwerkLifecycle` what follows (409 naming the state and the allowed actions), and writes the state,
 * its transition record and the `maatwerk.changed` outbox event together; the audit trigger adds the audit record.
 * Acceptance turns each proposal line into a booking request through booking's own write path (`AgreedRequests`).
 */
@Injectable()
export class MaatwerkCommandsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reads: MaatwerkReadsService,
    private readonly clock: PortalClock,
    private readonly agreed: AgreedRequests,
  ) {}

  async submit(user: AuthUser, dto: CreateMaatwerkQuestionDto): Promise<MaatwerkQuestionDto> {
    if (user.role !== 'school' && user.role !== 'gemeente') {
      throw new ForbiddenException('Alleen een school of gemeente stelt een maatwerkvraag');
    }
    const today = this.clock.today();
    const errors: FieldError[] = [];
    if (dto.preferredFrom < today) errors.push({ field: 'preferredFrom', message: 'ligt in het verleden' });
    if (dto.preferredTo < dto.preferredFrom) errors.push({ field: 'preferredTo', message: 'ligt vóór de begindatum' });
    if (dto.participantCount < dto.groupCount) {
      errors.push({ field: 'participantCount', message: 'is minder dan het aantal groepen' });
    }
    if (errors.length) throw invalid(errors);
    return this.uow.run(async (m) => {
      let municipalityId = user.municipalityId;
      if (user.role === 'school') {
        const [school] = await m.query(`SELECT municipality_id FROM school WHERE id = $1`, [user.schoolId]);
        municipalityId = school?.municipality_id ?? null;
      }
      if (!municipalityId) throw new ForbiddenException('Uw account hoort niet bij een school of gemeente');
      const [{ n }] = await m.query(`SELECT nextval('maatwerk_question_number_seq') AS n`);
      const [{ id }] = await m.query(
        `INSERT INTO maatwerk_question (reference, requester_kind, school_id, municipality_id, title, situation, levels,
                ages, group_count, participant_count, urgency, preferred_from, preferred_to, contact_name, contact_email,
                contact_phone, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'submitted', $17) RETURNING id`,
        [
          `MW-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`,
          user.role,
          user.role === 'school' ? user.schoolId : null,
          municipalityId,
          dto.title,
          dto.situation,
          dto.levels,
          dto.ages || null,
          dto.groupCount,
          dto.participantCount,
          dto.urgency,
          dto.preferredFrom,
          dto.preferredTo,
          dto.contact.name,
          dto.contact.email,
          dto.contact.phone || null,
          user.id,
        ],
      );
      await this.record(m, id, null, 'submitted', 'submit', user.id, null);
      return this.reads.load(user, id, m);
    });
  }

  async planIntake(user: AuthUser, id: string, dto: PlanIntakeDto): Promise<MaatwerkQuestionDto> {
    const errors: FieldError[] = [];
    const startsAt = new Date(dto.startsAt);
    if (startsAt.getTime() <= this.clock.now().getTime()) errors.push({ field: 'startsAt', message: 'ligt in het verleden' });
    if (dto.mode === 'online' && !dto.link) errors.push({ field: 'link', message: 'vul de link van het online gesprek in' });
    if (dto.mode === 'online' && dto.place) errors.push({ field: 'place', message: 'hoort alleen bij een gesprek op locatie' });
    if (dto.mode === 'location' && !dto.place) errors.push({ field: 'place', message: 'vul in waar het gesprek is' });
    if (dto.mode === 'location' && dto.link) errors.push({ field: 'link', message: 'hoort alleen bij een online gesprek' });
    if (errors.length) throw invalid(errors);
    return this.uow.run(async (m) => {
      const q = await this.lock(m, user, id);
      const to = this.next(q, 'plan_intake', user);
      await m.query(
        `UPDATE maatwerk_question SET status = $2, intake_at = $3, intake_mode = $4, intake_link = $5, intake_place = $6,
                intake_version = intake_version + 1, updated_at = now() WHERE id = $1`,
        [id, to, startsAt.toISOString(), dto.mode, dto.link ?? null, dto.place ?? null],
      );
      await this.record(m, id, q.status, to, 'plan_intake', user.id, null);
      return this.reads.load(user, id, m);
    });
  }

  async sendProposal(user: AuthUser, id: string, dto: SendProposalDto): Promise<MaatwerkQuestionDto> {
    return this.uow.run(async (m) => {
      const q = await this.lock(m, user, id);
      const to = this.next(q, 'send_proposal', user);
      const errors: FieldError[] = [];
      for (const [i, line] of dto.lines.entries()) {
        if (line.kind === 'custom' && line.offerId) {
          errors.push({ field: `lines.${i}.offerId`, message: 'hoort alleen bij een regel uit het aanbod' });
        }
        if (line.kind === 'offer') {
          const [offer] = line.offerId
            ? await m.query(`SELECT levels FROM offer WHERE id = $1 AND active`, [line.offerId])
            : [];
          if (!offer) errors.push({ field: `lines.${i}.offerId`, message: 'kies een aanbod uit de catalogus' });
          else if (!offer.levels.includes(line.level)) {
            errors.push({ field: `lines.${i}.level`, message: 'past niet bij dit aanbod' });
          }
        }
      }
      let schoolId: string | null = q.school_id;
      if (q.requester_kind === 'gemeente') {
        const [school] = dto.schoolId
          ? await m.query(`SELECT id FROM school WHERE id = $1 AND municipality_id = $2`, [dto.schoolId, q.municipality_id])
          : [];
        if (!school) errors.push({ field: 'schoolId', message: 'kies een school in de gemeente waar de sessies plaatsvinden' });
        schoolId = dto.schoolId ?? null;
      } else if (dto.schoolId && dto.schoolId !== q.school_id) {
        errors.push({ field: 'schoolId', message: 'de sessies zijn bij de school die de vraag stelde' });
      }
      if (errors.length) throw invalid(errors);
      const totals = proposalTotals(dto.lines);
      for (const [position, l] of dto.lines.entries()) {
        await m.query(
          `INSERT INTO maatwerk_proposal_line (question_id, position, kind, offer_id, title, description, duration_minutes,
                  session_count, level, price_unit, price)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [id, position, l.kind, l.offerId ?? null, l.title, l.description, l.durationMinutes, l.sessionCount, l.level, l.priceUnit, l.price],
        );
      }
      await m.query(
        `UPDATE maatwerk_question SET status = $2, proposal_note = $3, proposal_school_id = $4, proposal_sent_at = now(),
                total_credits = $5, total_euro_cents = $6, updated_at = now() WHERE id = $1`,
        [id, to, dto.note || null, schoolId, totals.totalCredits, totals.totalEuroCents],
      );
      await this.record(m, id, q.status, to, 'send_proposal', user.id, null);
      return this.reads.load(user, id, m);
    });
  }

  /** The requester accepts: each line becomes a booking request with its open sessions, in the planner's inbox. */
  async accept(user: AuthUser, id: string, dto: MaatwerkDecisionDto): Promise<MaatwerkQuestionDto> {
    return this.uow.run(async (m) => {
      const q = await this.lock(m, user, id);
      const to = this.next(q, 'accept', user);
      const schoolId = q.proposal_school_id ?? q.school_id;
      if (!schoolId) throw new BadRequestException('Dit voorstel noemt geen school');
      const [school] = await m.query(`SELECT name FROM school WHERE id = $1`, [schoolId]);
      const lines: {
        id: string;
        kind: 'offer' | 'custom';
        offer_id: string | null;
        title: string;
        description: string;
        duration_minutes: number;
        session_count: number;
        level: MaatwerkQuestionDto['levels'][number];
      }[] = await m.query(
        `SELECT id, kind, offer_id, title, description, duration_minutes, session_count, level
           FROM maatwerk_proposal_line WHERE question_id = $1 ORDER BY position`,
        [id],
      );
      const [reference] = await m.query(`SELECT reference FROM maatwerk_question WHERE id = $1`, [id]);
      const today = this.clock.today();
      for (const line of lines) {
        const [offer] = await m.query(
          line.offer_id
            ? `SELECT id, staff_needed, required_skill FROM offer WHERE id = $1`
            : `SELECT id, staff_needed, required_skill FROM offer WHERE code = 'maatwerk'`,
          line.offer_id ? [line.offer_id] : [],
        );
        const request = await this.agreed.create(m, {
          schoolId,
          offerId: offer.id,
          notes: `Maatwerk ${reference.reference}: ${line.title}${line.description ? ` — ${line.description}` : ''}`.slice(0, 2000),
          location: school.name,
          contact: { name: q.contact_name, email: q.contact_email, phone: q.contact_phone },
          level: line.level,
          pupilCount: Math.ceil(q.participant_count / q.group_count),
          sessionCount: line.session_count,
          durationMinutes: line.duration_minutes,
          staffNeeded: offer.staff_needed,
          requiredSkill: offer.required_skill,
          windowFrom: q.preferred_from < today ? today : q.preferred_from,
          windowTo: q.preferred_to < today ? today : q.preferred_to,
          createdBy: user.id,
        });
        await m.query(`UPDATE maatwerk_proposal_line SET request_id = $2 WHERE id = $1`, [line.id, request.id]);
      }
      await m.query(`UPDATE maatwerk_question SET status = $2, decision_reason = $3, updated_at = now() WHERE id = $1`, [
        id,
        to,
        dto.reason || null,
      ]);
      await this.record(m, id, q.status, to, 'accept', user.id, dto.reason || null);
      return this.reads.load(user, id, m);
    });
  }

  decline(user: AuthUser, id: string, dto: MaatwerkDecisionDto): Promise<MaatwerkQuestionDto> {
    return this.decide(user, id, 'decline', dto.reason);
  }

  withdraw(user: AuthUser, id: string, dto: MaatwerkDecisionDto): Promise<MaatwerkQuestionDto> {
    return this.decide(user, id, 'withdraw', dto.reason);
  }

  private decide(user: AuthUser, id: string, event: 'decline' | 'withdraw', reason?: string): Promise<MaatwerkQuestionDto> {
    return this.uow.run(async (m) => {
      const q = await this.lock(m, user, id);
      const to = this.next(q, event, user);
      await m.query(`UPDATE maatwerk_question SET status = $2, decision_reason = $3, updated_at = now() WHERE id = $1`, [
        id,
        to,
        reason || null,
      ]);
      await this.record(m, id, q.status, to, event, user.id, reason || null);
      return this.reads.load(user, id, m);
    });
  }

  /** Locks the question when the user may see it; 404 otherwise. */
  private async lock(m: EntityManager, user: AuthUser, id: string): Promise<LockedQuestion> {
    const scope = maatwerkScope(user, 2);
    const [row] = await m.query(
      `SELECT q.id, q.status, q.requester_kind, q.school_id, q.municipality_id, q.participant_count, q.group_count,
              to_char(q.preferred_from, 'YYYY-MM-DD') AS preferred_from, to_char(q.preferred_to, 'YYYY-MM-DD') AS preferred_to,
              q.contact_name, q.contact_email, q.contact_phone, q.proposal_school_id
         FROM maatwerk_question q JOIN municipality mu ON mu.id = q.municipality_id
        WHERE q.id = $1 AND (${scope.sql}) FOR UPDATE OF q`,
      [id, ...scope.params],
    );
    if (!row) {
      // Reads throw the same 404 the user would get for a question that does not exist.
      await this.reads.load(user, id, m);
    }
    return row as LockedQuestion;
  }

  /** The state the event leads to (409 when the lifecycle does not allow it). */
  private next(q: LockedQuestion, event: MaatwerkEvent, user: AuthUser): MaatwerkState {
    return maatwerkLifecycle.apply({ state: q.status }, event, { at: this.clock.now(), by: user.id }).state;
  }

  /** The transition record and its outbox event, in the command's transaction. */
  private async record(
    m: EntityManager,
    questionId: string,
    from: MaatwerkState | null,
    to: MaatwerkState,
    event: MaatwerkEvent,
    by: string,
    reason: string | null,
  ): Promise<void> {
    const [{ id }] = await m.query(
      `INSERT INTO maatwerk_transition (question_id, from_state, to_state, event, by_user_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [questionId, from, to, event, by, reason],
    );
    await m.query(`INSERT INTO outbox_event (topic, aggregate_id) VALUES ('maatwerk.changed', $1)`, [id]);
  }
}
