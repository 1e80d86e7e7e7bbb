import { UnitOfWork } from '@halt/api/database';
import { SchoolCalendarService } from '@halt/api/calendar';
import { scopeSchools } from '@halt/api/organisation';
import { LedgerService } from '@halt/api/packages';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto, FieldError, RequestState } from '@halt/contracts';
import {
  bookingRequestLifecycle,
  instantToZoned,
  minutesToTime,
  NonexistentLocalTimeError,
  sessionLifecycle,
  timeToMinutes,
  weekday,
  zonedDateTimeToInstant,
} from '@halt/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DeliverSessionDto, PlanSessionDto } from './booking.dto';
import { BookingWindow, Session } from './entities';
import { RequestsService } from './requests.service';
import { BookingWrites } from './write/booking-writes';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });
const hhmm = (t: string) => t.slice(0, 5);
const amsterdamDate = (instant: Date) => instantToZoned(instant).date;

/** Requests whose sessions may get a time (not waiting for the gemeente, not finished). */
const PLANNABLE_REQUESTS: readonly RequestState[] = [
  'submitted',
  'approved',
  'planned',
  'confirmed',
  'change_requested',
];

/**
 * Sessions of a request: the checks of a planned slot, giving a session its time (inside the planning area's
 * unit of work, which first locks the session's specialists), and reporting what happened.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly calendars: SchoolCalendarService,
    private readonly requests: RequestsService,
    private readonly ledger: LedgerService,
    private readonly writes: BookingWrites,
  ) {}

  /** A session with its request and requester (school, club, wijkpartner), if the user may see it. */
  async find(m: EntityManager, user: AuthUser, id: string, lock = false): Promise<Session> {
    const qb = m
      .getRepository(Session)
      .createQueryBuilder('se')
      .innerJoinAndSelect('se.request', 'r')
      .innerJoin('requester', 's', 's.id = r.requester_id')
      .innerJoin('municipality', 'm', 'm.id = s.municipality_id')
      .leftJoinAndSelect('r.school', 'rs')
      .leftJoinAndSelect('r.club', 'rc')
      .leftJoinAndSelect('r.partner', 'rp')
      .innerJoinAndSelect('r.offer', 'o')
      .leftJoinAndSelect('se.group', 'g')
      .where('se.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['se', 'r']);
    if (user.role === 'staff') {
      // A specialist reaches only the sessions they are assigned to.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id
                  WHERE a.session_id = se.id AND sm.user_id = :staffUserId)`,
        { staffUserId: user.id },
      );
    }
    const session = await scopeSchools(qb, user).getOne();
    if (!session) throw new NotFoundException('Sessie niet gevonden');
    return session;
  }

  /**
   * Checks a date and start time for a session: inside the session's window, on a school day of that school,
   * within the school day and (for lessons) one of the school's preferred windows. 400 per field; returns the
   * moment it starts. Planners and admins only.
   */
  async checkSlot(user: AuthUser, id: string, dto: PlanSessionDto): Promise<{ start: Date; requestId: string }> {
    if (user.role !== 'planner' && user.role !== 'admin')
      throw new ForbiddenException('Alleen planners plannen sessies');
    const probe = await this.find(this.dataSource.manager, user, id);
    const { calendar } = await this.calendars.calendarOf(user, probe.request?.schoolId ?? '', dto.date, dto.date);
    const windows = await this.dataSource
      .getRepository(BookingWindow)
      .find({ where: { requestId: probe.requestId, supersededAt: IsNull() } });
    const errors = this.check(probe, windows, dto, calendar.whyNotSchoolDay(dto.date)?.message, calendar.hours);
    if (errors.length) throw invalid(errors);
    try {
      return { start: zonedDateTimeToInstant(dto.date, dto.time), requestId: probe.requestId };
    } catch (e) {
      if (e instanceof NonexistentLocalTimeError)
        throw invalid([{ field: 'time', message: 'bestaat niet op deze dag (de klok gaat vooruit)' }]);
      throw e;
    }
  }

  /**
   * In the caller's unit of work (after it locked the session's specialists): gives the session its time — `plan`
   * for an open session, `reschedule` for a planned one — and lets the request follow (the first planned session
   * approves it; when none is open it is planned). The database moves the session's occupied ranges with it.
   */
  async setTime(m: EntityManager, by: string, sessionId: string, start: Date, reason?: string): Promise<void> {
    const { request, session } = await this.writes.lockSession(m, sessionId);
    if (!PLANNABLE_REQUESTS.includes(request.status)) {
      throw new ConflictException({
        message:
          request.status === 'awaiting_approval'
            ? 'Deze aanvraag wacht nog op goedkeuring van de gemeente en kan nog niet worden gepland'
            : `Een aanvraag die ${bookingRequestLifecycle.texts?.states[request.status] ?? request.status} kan niet worden gepland`,
        conflict: { request: request.id, state: request.status },
      });
    }
    const event = session.status === 'open' ? 'plan' : 'reschedule';
    await this.writes.transitionSession(m, session, event, by, reason, { plannedStart: start });
    await this.writes.settle(m, request, by, reason);
  }

  /**
   * Marks a session that has taken place as delivered, with the pupils actually reached (a planned session
   * is confirmed on the way). A funded request consumes the session's credits; when every session is done
   * the request is delivered. Planners, Halt-beheer and the specialists assigned to the session report it.
   */
  async deliver(user: AuthUser, id: string, dto: DeliverSessionDto): Promise<BookingRequestDto> {
    const requestId = await this.report(user, id, { outcome: 'delivered', pupilsReached: dto.pupilsReached });
    return this.requests.get(user, requestId);
  }

  /**
   * Reports what happened to a session that took place: `delivered` with the pupils reached, or `no_show`
   * (the class was not there; Halt came, so a funded request consumes its credits as with a late
   * cancellation). Both count for the request being done. Returns the request's id.
   */
  async report(
    user: AuthUser,
    id: string,
    outcome: { outcome: 'delivered'; pupilsReached: number } | { outcome: 'no_show'; reason?: string },
    /** Runs in the same transaction once the session is reported (e.g. to make its class code). */
    afterReport?: (m: EntityManager) => Promise<void>,
  ): Promise<string> {
    if (user.role !== 'planner' && user.role !== 'admin' && user.role !== 'staff') {
      throw new ForbiddenException('Alleen Halt-medewerkers melden of een sessie is gegeven');
    }
    const probe = await this.find(this.dataSource.manager, user, id);
    await this.uow.run(async (m) => {
      const { request, session } = await this.writes.lockSession(m, id);
      if (!session.plannedStart || (session.status !== 'planned' && session.status !== 'confirmed')) {
        throw new ConflictException({
          message:
            session.status === 'delivered' || session.status === 'no_show'
              ? `Deze sessie is al gemeld als ${session.status === 'delivered' ? 'gegeven' : 'niet doorgegaan'}`
              : 'Alleen een ingeplande sessie kan als gegeven of niet doorgegaan worden gemeld',
          conflict: { session: id, state: session.status, allowed: sessionLifecycle.allowedEvents(session.status) },
        });
      }
      if (session.plannedStart.getTime() > this.requests.now().getTime()) {
        throw new ConflictException({
          message: 'Deze sessie heeft nog niet plaatsgevonden',
          conflict: { session: id, plannedStart: session.plannedStart.toISOString() },
        });
      }
      const reason = outcome.outcome === 'no_show' ? (outcome.reason ?? null) : null;
      if (session.status === 'planned') await this.writes.transitionSession(m, session, 'confirm', user.id, reason);
      await this.writes.transitionSession(
        m,
        session,
        outcome.outcome === 'delivered' ? 'deliver' : 'no_show',
        user.id,
        reason,
        {
          pupilsReached: outcome.outcome === 'delivered' ? outcome.pupilsReached : 0,
          deliveredAt: this.requests.now(),
          deliveredOn: amsterdamDate(session.plannedStart),
        },
      );
      await afterReport?.(m);
      if (request.packageOrderId) {
        await this.ledger.consume(
          m,
          request.packageOrderId,
          request.id,
          await this.ledger.creditsPerSession(m, request.packageOrderId, request.offerId),
          user.id,
          outcome.outcome === 'delivered'
            ? `Sessie ${session.sequence} uitgevoerd`
            : `Sessie ${session.sequence} niet doorgegaan (klas afwezig)`,
        );
      }
      await this.writes.settle(m, request, user.id);
    });
    return probe.requestId;
  }

  private check(
    session: Session,
    windows: BookingWindow[],
    dto: PlanSessionDto,
    notSchoolDay: string | undefined,
    hours: { start: string; end: string },
  ): FieldError[] {
    const errors: FieldError[] = [];
    if (dto.date < session.windowFrom || dto.date > session.windowTo) {
      errors.push({
        field: 'date',
        message: `valt buiten de periode van deze sessie (${session.windowFrom} tot en met ${session.windowTo})`,
      });
    } else if (notSchoolDay) {
      errors.push({ field: 'date', message: notSchoolDay });
    }
    const startMin = timeToMinutes(dto.time);
    const endMin = startMin + session.durationMinutes;
    if (startMin < timeToMinutes(hours.start) || endMin > timeToMinutes(hours.end)) {
      errors.push({
        field: 'time',
        message: `de sessie van ${session.durationMinutes} minuten moet binnen de schooldag (${hours.start}–${hours.end}) vallen`,
      });
    }
    const fixedSeriesDay = session.windowFrom === session.windowTo;
    if (!fixedSeriesDay && errors.length === 0) {
      const fits = windows.some(
        (w) =>
          dto.date >= w.fromDate &&
          dto.date <= w.toDate &&
          w.weekdays.includes(weekday(dto.date)) &&
          startMin >= timeToMinutes(hhmm(w.earliest)) &&
          endMin <= timeToMinutes(hhmm(w.latest)),
      );
      if (!fits) {
        errors.push({
          field: 'date',
          message: `valt niet binnen de voorkeuren van de school (dag, weekdag of tijden ${minutesToTime(startMin)}–${minutesToTime(endMin)})`,
        });
      }
    }
    return errors;
  }
}
