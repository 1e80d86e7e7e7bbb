import { UnitOfWork } from '@halt/api/database';
import { SchoolCalendarService, SchoolHolidaysService } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto, FieldError } from '@halt/contracts';
import { bookingRequestLifecycle, schoolYearBounds, schoolYearOf, validateWindow } from '@halt/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { isOwnRequester, PER_CLASS_OFFERS } from './booking-mapper';
import { GroupDto, MoveSessionDto, UpdateLanguageNeedsDto } from './booking.dto';
import { recordSessionChanges } from './outbox';
import { BookingGroup, BookingWindow, Session } from './entities';
import { RequestsService } from './requests.service';
import { levelErrors, windowsInUnknownYears } from './request-submission.service';
import { BookingWrites, type LockedRequest } from './write/booking-writes';
import { LedgerService } from '@halt/api/packages';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/**
 * What a school may change after submitting: move a planned session to new windows, add a class, cancel one
 * session. Credits follow every change of what the request needs.
 */
@Injectable()
export class RequestChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly requests: RequestsService,
    private readonly calendars: SchoolCalendarService,
    private readonly holidays: SchoolHolidaysService,
    private readonly writes: BookingWrites,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * Sends a planned session back to the planner with new windows: the session loses its time, the request
   * becomes `change_requested`, the old windows are kept as superseded. Every step is in the timeline.
   */
  async move(user: AuthUser, id: string, dto: MoveSessionDto): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id); // 404 outside the user's scope
    this.mayChange(user, current);
    const session = current.sessions.find((s) => s.id === dto.sessionId);
    if (!session) throw invalid([{ field: 'sessionId', message: 'deze sessie hoort niet bij de aanvraag' }]);
    const today = this.requests.today();
    const from = dto.windows.map((w) => w.from).sort()[0];
    const to =
      dto.windows
        .map((w) => w.to)
        .sort()
        .at(-1) ?? from;
    const yearEnd = schoolYearBounds(schoolYearOf(from < today ? today : from)).end;
    const calendar = (
      await this.calendars.calendarsFor(
        [current.requester.id],
        today < from ? today : from,
        to > yearEnd ? to : yearEnd,
      )
    ).get(current.requester.id);
    if (!calendar) throw new NotFoundException('Aanvraag niet gevonden');
    const errors = dto.windows.flatMap((w, i) =>
      validateWindow(w, {
        today,
        durationMinutes: session.durationMinutes,
        calendar,
        leadSchoolDays: this.requests.leadSchoolDays,
      }).map((e) => ({
        field: `windows.${i}.${e.field}`,
        message: e.message,
      })),
    );
    errors.push(...(await windowsInUnknownYears(this.holidays, dto.windows, calendar.region)));
    if (errors.length) throw invalid(errors);

    await this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      bookingRequestLifecycle.next(request.status, 'request_change'); // 409 naming the state when it cannot
      const [s] = await this.writes.lockSessions(m, id, [dto.sessionId]);
      if (s.status !== 'planned' && s.status !== 'confirmed') {
        throw new ConflictException({
          message: 'Alleen een ingeplande sessie kan worden verschoven',
          conflict: { session: s.id, state: s.status },
        });
      }
      if (s.status === 'confirmed') await this.writes.transitionSession(m, s, 'reschedule', user.id, dto.reason);
      await this.writes.transitionSession(m, s, 'unplan', user.id, dto.reason, {
        plannedStart: null,
        windowFrom: from,
        windowTo: to,
      });
      await m.update(BookingWindow, { requestId: id, supersededAt: IsNull() }, { supersededAt: new Date() });
      const position = await m.getRepository(BookingWindow).count({ where: { requestId: id } });
      await m.save(
        dto.windows.map((w, i) =>
          m.create(BookingWindow, {
            requestId: id,
            position: position + i,
            fromDate: w.from,
            toDate: w.to,
            weekdays: w.weekdays,
            earliest: w.earliest,
            latest: w.latest,
          }),
        ),
      );
      await this.writes.transitionRequest(m, request, 'request_change', user.id, dto.reason);
    });
    return this.requests.get(user, id);
  }

  /** Adds a class to a per-class offer; its new session goes to the planner (a planned request is unplanned). */
  async addGroup(user: AuthUser, id: string, dto: GroupDto): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id);
    this.mayChange(user, current);
    const offer = await this.dataSource.query(`SELECT type, levels, max_pupils_per_group FROM offer WHERE id = $1`, [
      current.offer.id,
    ]);
    const { type, levels, max_pupils_per_group: max } = offer[0];
    const errors: FieldError[] = [];
    if (!PER_CLASS_OFFERS.includes(type))
      errors.push({ field: 'name', message: 'bij dit aanbod horen geen losse klassen' });
    if (!levels.includes(dto.level)) errors.push({ field: 'level', message: 'past niet bij dit aanbod' });
    const [school] = await this.dataSource.query(`SELECT type FROM school WHERE id = $1`, [current.requester.id]);
    if (school) errors.push(...levelErrors([dto], school.type, ''));
    if (!dto.name) errors.push({ field: 'name', message: 'is verplicht' });
    if (dto.pupilCount > max)
      errors.push({ field: 'pupilCount', message: `is meer dan het maximum van ${max} leerlingen per groep` });
    if (dto.name && current.groups.some((g) => g.name?.toLowerCase() === dto.name?.toLowerCase()))
      errors.push({ field: 'name', message: 'deze klas staat er al in' });
    if (errors.length) throw invalid(errors);

    await this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      if (bookingRequestLifecycle.isFinal(request.status) || request.status === 'delivered') {
        throw new ConflictException({
          message: 'Aan deze aanvraag kan geen klas meer worden toegevoegd',
          conflict: { state: request.status },
        });
      }
      const groups = await m.getRepository(BookingGroup).count({ where: { requestId: id } });
      const group = await m.save(m.create(BookingGroup, { requestId: id, position: groups, ...dto }));
      const template = await m.getRepository(Session).findOneOrFail({
        where: { requestId: id, kind: current.sessions[0]?.kind ?? 'lesson' },
        order: { sequence: 'ASC' },
      });
      const [{ n }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS n FROM session WHERE request_id = $1`, [
        id,
      ]);
      const session = await m.save(
        m.create(Session, {
          requestId: id,
          sequence: n,
          kind: template.kind,
          groupId: group.id,
          status: 'open',
          durationMinutes: template.durationMinutes,
          staffNeeded: template.staffNeeded,
          requiredSkill: template.requiredSkill,
          windowFrom: template.windowFrom,
          windowTo: template.windowTo,
          proposedStart: null,
        }),
      );
      await recordSessionChanges(m, [session.id]);
      if (request.packageOrderId) await this.reserveFor(m, user, request, 1, `klas ${dto.name} toegevoegd`);
      await this.writes.settle(m, request, user.id, `klas ${dto.name} toegevoegd`);
    });
    return this.requests.get(user, id);
  }

  /**
   * Cancels one session of a request (a lesson of one class, one spreekuur of a series) with a reason. Its
   * credits return to the package, or — within FREE_CANCELLATION_DAYS of its planned time — are consumed, as
   * with a late cancellation of the whole request. The request follows (planned, or delivered when the rest is).
   */
  async cancelSession(user: AuthUser, id: string, sessionId: string, reason: string): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id);
    this.mayChange(user, current);
    await this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      const sessions = await this.writes.lockSessions(m, id);
      const s = sessions.find((x) => x.id === sessionId);
      if (!s) throw invalid([{ field: 'sessionId', message: 'deze sessie hoort niet bij de aanvraag' }]);
      if (sessions.filter((x) => x.status !== 'cancelled').length === 1) {
        throw new ConflictException({
          message: 'Dit is de laatste sessie van de aanvraag: annuleer dan de hele aanvraag',
          conflict: { session: s.id, state: s.status },
        });
      }
      const late = this.requests.isLate([s]);
      await this.writes.transitionSession(m, s, 'cancel', user.id, reason);
      if (request.packageOrderId) {
        const credits = await this.ledger.creditsPerSession(m, request.packageOrderId, request.offerId);
        if (credits) {
          const why = `Sessie ${s.sequence} geannuleerd${late ? ' (te laat)' : ''}: ${reason}`;
          if (late) await this.ledger.consume(m, request.packageOrderId, id, credits, user.id, why);
          else await this.ledger.release(m, request.packageOrderId, id, user.id, why, credits);
          if (!late) await this.adjustCredits(m, id, -credits);
        }
      }
      await this.writes.settle(m, request, user.id, reason);
    });
    return this.requests.get(user, id);
  }

  /** Reserves `sessions` more sessions' credits for a funded request; 409 "onvoldoende budget" when they are not there. */
  private async reserveFor(
    m: EntityManager,
    user: AuthUser,
    request: LockedRequest,
    sessions: number,
    reason: string,
  ): Promise<void> {
    const orderId = request.packageOrderId as string;
    const perSession = await this.ledger.creditsPerSession(m, orderId, request.offerId);
    if (!perSession) return;
    const [{ type }] = await m.query(`SELECT type FROM offer WHERE id = $1`, [request.offerId]);
    await this.ledger.reserve(
      m,
      { orderId, requestId: request.id, offerType: type, credits: perSession * sessions, userId: user.id },
      { more: true, reason },
    );
    await this.adjustCredits(m, request.id, perSession * sessions);
  }

  /** Keeps the request's credits (what it costs its package) equal to what its sessions need. */
  private async adjustCredits(m: EntityManager, requestId: string, delta: number): Promise<void> {
    await m.query(`UPDATE booking_request SET package_credits = package_credits + $2 WHERE id = $1`, [
      requestId,
      delta,
    ]);
  }

  /**
   * "Tolk geregeld" (planners of the region, admins) and the online parent meeting's link (also the school itself).
   * A new link changes the parent meeting's calendar file and reminders, so those sessions follow (outbox).
   */
  async updateLanguageNeeds(user: AuthUser, id: string, dto: UpdateLanguageNeedsDto): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id); // 404 outside the user's scope
    const planner = user.role === 'planner' || user.role === 'admin';
    if (!planner) this.mayChange(user, current);
    const errors: FieldError[] = [];
    if (dto.interpreterArranged === undefined && dto.meetingLink === undefined) {
      errors.push({ field: 'interpreterArranged', message: 'geef aan of de tolk geregeld is, of geef de link op' });
    }
    if (dto.interpreterArranged !== undefined && !planner) {
      throw new ForbiddenException('Alleen de planner geeft aan dat de tolk geregeld is');
    }
    if (dto.interpreterArranged && !current.languageNeeds.interpreter) {
      errors.push({ field: 'interpreterArranged', message: 'deze aanvraag vraagt geen tolk' });
    }
    if (dto.meetingLink && !current.languageNeeds.onlineParentMeeting) {
      errors.push({ field: 'meetingLink', message: 'alleen bij een online ouderbijeenkomst' });
    }
    if (errors.length) throw invalid(errors);
    await this.uow.run(async (m) => {
      await this.writes.lockRequest(m, id);
      await m.query(
        `UPDATE booking_request SET interpreter_arranged = coalesce($2, interpreter_arranged),
                meeting_link = CASE WHEN $3 THEN $4 ELSE meeting_link END, updated_at = now() WHERE id = $1`,
        [id, dto.interpreterArranged ?? null, dto.meetingLink !== undefined, dto.meetingLink ?? null],
      );
      if (dto.meetingLink !== undefined && dto.meetingLink !== current.languageNeeds.meetingLink) {
        const meetings = current.sessions.filter(
          (s) => s.kind === 'parent_meeting' && s.status !== 'cancelled' && s.status !== 'delivered',
        );
        for (const s of meetings) await this.writes.detailsChanged(m, s.id);
      }
    });
    return this.requests.get(user, id);
  }

  private mayChange(user: AuthUser, current: BookingRequestDto): void {
    if (!(user.role === 'admin' || isOwnRequester(user, current.requester))) {
      throw new ForbiddenException('Alleen de aanvrager zelf of Halt-beheer kan deze aanvraag wijzigen');
    }
  }
}
