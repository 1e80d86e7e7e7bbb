import { SchoolCalendarService } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto, FieldError } from '@halt/contracts';
import {
  bookingRequestLifecycle,
  schoolYearBounds,
  schoolYearOf,
  sessionLifecycle,
  validateWindow,
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
import { PER_CLASS_OFFERS } from './booking-mapper';
import { GroupDto, MoveSessionDto } from './booking.dto';
import { recordSessionChanges } from './outbox';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session, SessionTransition } from './entities';
import { RequestsService } from './requests.service';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/** What a school may change after submitting: move a planned session to new windows, add a class. */
@Injectable()
export class RequestChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly calendars: SchoolCalendarService,
  ) {}

  /**
   * Sends a planned session back to the planner with new windows: the session loses its time, the request
   * becomes `change_requested`, the old windows are kept as superseded. Every step is in the timeline.
   */
  async move(user: AuthUser, id: string, dto: MoveSessionDto): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id); // 404 outside the user's scope
    this.mayChange(user, current.school.id);
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
    const { calendar } = await this.calendars.calendarOf(
      user,
      current.school.id,
      today < from ? today : from,
      to > yearEnd ? to : yearEnd,
    );
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
    if (errors.length) throw invalid(errors);

    await this.dataSource.transaction(async (m) => {
      const request = await this.lock(m, id);
      const next = bookingRequestLifecycle.apply({ state: request.status }, 'request_change', {
        at: new Date(),
        by: user.id,
        reason: dto.reason,
      });
      const s = await m
        .getRepository(Session)
        .findOneOrFail({ where: { id: dto.sessionId, requestId: id }, lock: { mode: 'pessimistic_write' } });
      if (s.status !== 'planned' && s.status !== 'confirmed') {
        throw new ConflictException({
          message: 'Alleen een ingeplande sessie kan worden verschoven',
          conflict: { session: s.id, state: s.status },
        });
      }
      if (s.status === 'confirmed') await this.sessionStep(m, s, 'reschedule', user.id, dto.reason);
      await this.sessionStep(m, s, 'unplan', user.id, dto.reason);
      s.plannedStart = null;
      s.plannedEnd = null;
      s.windowFrom = from;
      s.windowTo = to;
      await m.save(Session, s);
      await recordSessionChanges(m, [s.id]);

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
      await m.insert(RequestTransition, {
        requestId: id,
        fromState: next.record.from,
        toState: next.state,
        event: 'request_change',
        byUserId: user.id,
        reason: dto.reason,
      });
      await m.update(BookingRequest, { id }, { status: next.state });
    });
    return this.requests.get(user, id);
  }

  /** Adds a class to a per-class offer; its new session goes to the planner (a planned request is unplanned). */
  async addGroup(user: AuthUser, id: string, dto: GroupDto): Promise<BookingRequestDto> {
    const current = await this.requests.get(user, id);
    this.mayChange(user, current.school.id);
    const offer = await this.dataSource.query(`SELECT type, levels, max_pupils_per_group FROM offer WHERE id = $1`, [
      current.offer.id,
    ]);
    const { type, levels, max_pupils_per_group: max } = offer[0];
    const errors: FieldError[] = [];
    if (!PER_CLASS_OFFERS.includes(type))
      errors.push({ field: 'name', message: 'bij dit aanbod horen geen losse klassen' });
    if (!levels.includes(dto.level)) errors.push({ field: 'level', message: 'past niet bij dit aanbod' });
    if (dto.pupilCount > max)
      errors.push({ field: 'pupilCount', message: `is meer dan het maximum van ${max} leerlingen per groep` });
    if (current.groups.some((g) => g.name.toLowerCase() === dto.name.toLowerCase()))
      errors.push({ field: 'name', message: 'deze klas staat er al in' });
    if (errors.length) throw invalid(errors);

    await this.dataSource.transaction(async (m) => {
      const request = await this.lock(m, id);
      if (bookingRequestLifecycle.isFinal(request.status) || ['delivered', 'rejected'].includes(request.status)) {
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
      await m.save(
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
      if (request.status === 'planned' || request.status === 'confirmed') {
        const event = request.status === 'planned' ? 'unplan' : 'request_change';
        const to = bookingRequestLifecycle.next(request.status, event);
        await m.insert(RequestTransition, {
          requestId: id,
          fromState: request.status,
          toState: to,
          event,
          byUserId: user.id,
          reason: `klas ${dto.name} toegevoegd`,
        });
        await m.update(BookingRequest, { id }, { status: to });
      }
    });
    return this.requests.get(user, id);
  }

  private mayChange(user: AuthUser, schoolId: string): void {
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === schoolId))) {
      throw new ForbiddenException('Alleen de school zelf of Halt-beheer kan deze aanvraag wijzigen');
    }
  }

  private async lock(m: EntityManager, id: string): Promise<BookingRequest> {
    const request = await m
      .getRepository(BookingRequest)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new NotFoundException('Aanvraag niet gevonden');
    return request;
  }

  private async sessionStep(
    m: EntityManager,
    s: Session,
    event: 'reschedule' | 'unplan',
    by: string,
    reason: string,
  ): Promise<void> {
    const from = s.status;
    s.status = sessionLifecycle.next(from, event);
    s.icsSequence += 1;
    await m.insert(SessionTransition, {
      sessionId: s.id,
      fromState: from,
      toState: s.status,
      event,
      byUserId: by,
      reason,
    });
  }
}
