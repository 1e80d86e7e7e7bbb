import { RequestSubmissionService } from '@halt/api/booking';
import { PortalClock, SchoolCalendarService } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type {
  FieldError,
  MaatwerkEvent,
  MaatwerkQuestionDto,
  MaatwerkRequesterKind,
  MaatwerkState,
} from '@halt/contracts';
import { addDays, maatwerkLifecycle, needsSeries, proposalTotals } from '@halt/domain';
import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreateMaatwerkQuestionDto, MaatwerkDecisionDto, PlanIntakeDto, SendProposalDto } from './maatwerk.dto';
import { MaatwerkReadsService, maatwerkRequester, maatwerkScope } from './maatwerk-reads.service';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/** A question as the commands lock it. */
interface LockedQuestion {
  id: string;
  status: MaatwerkState;
  requester_kind: MaatwerkRequesterKind;
  requester_id: string;
  municipality_id: string;
  participant_count: number;
  group_count: number;
  preferred_from: string;
  preferred_to: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
}

/**
 * The only writer of maatwerk questions (maatwerk_question, maatwerk_proposal_line, maatwerk_transition). Every
 * command is one unit of work: it locks the question (404 outside the user's organisation or regions), asks the
 * domain's `maatwerkLifecycle` what follows (409 naming the state and the allowed actions), and writes the state,
 * its transition record and the `maatwerk.changed` outbox event together; the audit trigger adds the audit record.
 * Acceptance turns each proposal line into a booking request through booking's own write path
 * (`RequestSubmissionService.createSubmitted`), in the same transaction.
 */
@Injectable()
export class MaatwerkCommandsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reads: MaatwerkReadsService,
    private readonly clock: PortalClock,
    private readonly submission: RequestSubmissionService,
    private readonly calendars: SchoolCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(user: AuthUser, dto: CreateMaatwerkQuestionDto): Promise<MaatwerkQuestionDto> {
    const requester = maatwerkRequester(user);
    if (!requester)
      throw new ForbiddenException('Alleen een school, vereniging, wijkpartner of gemeente stelt een maatwerkvraag');
    const today = this.clock.today();
    const errors: FieldError[] = [];
    if (dto.preferredFrom < today) errors.push({ field: 'preferredFrom', message: 'ligt in het verleden' });
    if (dto.preferredTo < dto.preferredFrom) errors.push({ field: 'preferredTo', message: 'ligt vóór de begindatum' });
    if (dto.participantCount < dto.groupCount) {
      errors.push({ field: 'participantCount', message: 'is minder dan het aantal groepen' });
    }
    if (errors.length) throw invalid(errors);
    return this.uow.run(async (m) => {
      const [who] = await m.query(`SELECT municipality_id FROM requester WHERE kind = $1 AND id = $2`, [
        requester.kind,
        requester.id,
      ]);
      if (!who)
        throw new ForbiddenException('Uw account hoort niet bij een school, vereniging, wijkpartner of gemeente');
      const [{ n }] = await m.query(`SELECT nextval('maatwerk_question_number_seq') AS n`);
      const [{ id }] = await m.query(
        `INSERT INTO maatwerk_question (reference, requester_kind, requester_id, municipality_id, title, situation, levels,
                ages, group_count, participant_count, urgency, preferred_from, preferred_to, contact_name, contact_email,
                contact_phone, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'submitted', $17) RETURNING id`,
        [
          `MW-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`,
          requester.kind,
          requester.id,
          who.municipality_id,
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
    if (startsAt.getTime() <= this.clock.now().getTime())
      errors.push({ field: 'startsAt', message: 'ligt in het verleden' });
    if (dto.mode === 'online' && !dto.link)
      errors.push({ field: 'link', message: 'vul de link van het online gesprek in' });
    if (dto.mode === 'online' && dto.place)
      errors.push({ field: 'place', message: 'hoort alleen bij een gesprek op locatie' });
    if (dto.mode === 'location' && !dto.place) errors.push({ field: 'place', message: 'vul in waar het gesprek is' });
    if (dto.mode === 'location' && dto.link)
      errors.push({ field: 'link', message: 'hoort alleen bij een online gesprek' });
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
      const [custom] = await m.query(`SELECT duration_minutes FROM offer WHERE code = 'maatwerk'`);
      for (const [i, line] of dto.lines.entries()) {
        if (line.kind === 'custom') {
          if (line.offerId)
            errors.push({ field: `lines.${i}.offerId`, message: 'hoort alleen bij een regel uit het aanbod' });
          if (line.durationMinutes !== custom.duration_minutes) {
            errors.push({
              field: `lines.${i}.durationMinutes`,
              message: `een maatwerksessie duurt ${custom.duration_minutes} minuten (de duur van het aanbod Maatwerk)`,
            });
          }
          continue;
        }
        const [offer] = line.offerId
          ? await m.query(
              `SELECT type, levels, duration_minutes, requester_kinds FROM offer WHERE id = $1 AND active`,
              [line.offerId],
            )
          : [];
        if (!offer) errors.push({ field: `lines.${i}.offerId`, message: 'kies een aanbod uit de catalogus' });
        else if (!offer.requester_kinds.includes(q.requester_kind)) {
          errors.push({ field: `lines.${i}.offerId`, message: 'dit aanbod is niet bedoeld voor deze aanvrager' });
        } else if (needsSeries(offer.type) || offer.type === 'ouderbijeenkomst') {
          errors.push({ field: `lines.${i}.offerId`, message: 'een spreekuur of ouderbijeenkomst vraagt u apart aan' });
        } else {
          if (!offer.levels.includes(line.level))
            errors.push({ field: `lines.${i}.level`, message: 'past niet bij dit aanbod' });
          if (line.durationMinutes !== offer.duration_minutes) {
            errors.push({
              field: `lines.${i}.durationMinutes`,
              message: `dit aanbod duurt ${offer.duration_minutes} minuten`,
            });
          }
        }
      }
      if (errors.length) throw invalid(errors);
      const totals = proposalTotals(dto.lines);
      for (const [position, l] of dto.lines.entries()) {
        await m.query(
          `INSERT INTO maatwerk_proposal_line (question_id, position, kind, offer_id, title, description, duration_minutes,
                  session_count, level, price_unit, price)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            position,
            l.kind,
            l.offerId ?? null,
            l.title,
            l.description,
            l.durationMinutes,
            l.sessionCount,
            l.level,
            l.priceUnit,
            l.price,
          ],
        );
      }
      await m.query(
        `UPDATE maatwerk_question SET status = $2, proposal_note = $3, proposal_sent_at = now(),
                total_credits = $4, total_euro_cents = $5, updated_at = now() WHERE id = $1`,
        [id, to, dto.note || null, totals.totalCredits, totals.totalEuroCents],
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
      const [who] = await m.query(
        `SELECT name, to_char(day_start, 'HH24:MI') AS day_start, to_char(day_end, 'HH24:MI') AS day_end
           FROM requester WHERE kind = $1 AND id = $2`,
        [q.requester_kind, q.requester_id],
      );
      const lines: {
        id: string;
        offer_id: string | null;
        title: string;
        description: string;
        session_count: number;
        level: MaatwerkQuestionDto['levels'][number];
      }[] = await m.query(
        `SELECT id, offer_id, title, description, session_count, level
           FROM maatwerk_proposal_line WHERE question_id = $1 ORDER BY position`,
        [id],
      );
      const [{ reference }] = await m.query(`SELECT reference FROM maatwerk_question WHERE id = $1`, [id]);
      const window = await this.window(m, q);
      for (const line of lines) {
        const [offer] = await m.query(
          `SELECT id, max_pupils_per_group, counts_only FROM offer WHERE ${line.offer_id ? 'id = $1' : `code = 'maatwerk'`}`,
          line.offer_id ? [line.offer_id] : [],
        );
        const pupils = Math.min(offer.max_pupils_per_group, Math.ceil(q.participant_count / q.group_count));
        const request = await this.submission.createSubmitted(m, {
          requester: { kind: q.requester_kind, id: q.requester_id },
          byUserId: user.id,
          agreedByHalt: true,
          request: {
            offerId: offer.id,
            groups: Array.from({ length: line.session_count }, (_, i) => ({
              ...(offer.counts_only ? {} : { name: `MW ${i + 1}` }),
              level: line.level,
              pupilCount: pupils,
            })),
            windows: [
              {
                from: window.from,
                to: window.to,
                weekdays: [1, 2, 3, 4, 5],
                earliest: who.day_start,
                latest: who.day_end,
              },
            ],
            location: who.name,
            contact: {
              name: q.contact_name,
              email: q.contact_email,
              ...(q.contact_phone ? { phone: q.contact_phone } : {}),
            },
            languageNeeds: { interpreter: false, onlineParentMeeting: false },
            parentMeeting: false,
            funding: 'school',
            notes: `Maatwerk ${reference}: ${line.title}${line.description ? ` — ${line.description}` : ''}`.slice(
              0,
              1000,
            ),
          },
        });
        await m.query(`UPDATE maatwerk_proposal_line SET request_id = $2 WHERE id = $1`, [line.id, request.id]);
      }
      await m.query(
        `UPDATE maatwerk_question SET status = $2, decision_reason = $3, updated_at = now() WHERE id = $1`,
        [id, to, dto.reason || null],
      );
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

  private decide(
    user: AuthUser,
    id: string,
    event: 'decline' | 'withdraw',
    reason?: string,
  ): Promise<MaatwerkQuestionDto> {
    return this.uow.run(async (m) => {
      const q = await this.lock(m, user, id);
      const to = this.next(q, event, user);
      await m.query(
        `UPDATE maatwerk_question SET status = $2, decision_reason = $3, updated_at = now() WHERE id = $1`,
        [id, to, reason || null],
      );
      await this.record(m, id, q.status, to, event, user.id, reason || null);
      return this.reads.load(user, id, m);
    });
  }

  /** Locks the question when the user may see it; 404 otherwise. */
  private async lock(m: EntityManager, user: AuthUser, id: string): Promise<LockedQuestion> {
    const scope = maatwerkScope(user, 2);
    const [row] = await m.query(
      `SELECT q.id, q.status, q.requester_kind, q.requester_id, q.municipality_id, q.participant_count, q.group_count,
              to_char(q.preferred_from, 'YYYY-MM-DD') AS preferred_from, to_char(q.preferred_to, 'YYYY-MM-DD') AS preferred_to,
              q.contact_name, q.contact_email, q.contact_phone
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

  /**
   * The requests' window: the preferred period, starting no sooner than the lead time allows (school days on the
   * requester's calendar) and at least four weeks long when the lead time moved its start.
   */
  private async window(m: EntityManager, q: LockedQuestion): Promise<{ from: string; to: string }> {
    const today = this.clock.today();
    const calendars = await this.calendars.calendarsFor([q.requester_id], today, addDays(today, 400), m);
    const calendar = calendars.get(q.requester_id);
    const first = calendar ? calendar.addSchoolDays(today, this.config.leadSchoolDays) : addDays(today, 21);
    if (q.preferred_from >= first) return { from: q.preferred_from, to: q.preferred_to };
    const to = q.preferred_to > addDays(first, 27) ? q.preferred_to : addDays(first, 27);
    return { from: first, to };
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
