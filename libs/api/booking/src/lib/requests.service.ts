import { UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Offer } from '@halt/api/catalogue';
import { PortalClock, SchoolCalendarService } from '@halt/api/calendar';
import { scopeSchools } from '@halt/api/organisation';
import { type Eligibility, LedgerService, PackagesService } from '@halt/api/packages';
import type { AuthUser } from '@halt/api/security';
import {
  type AssignedStaffDto,
  type BookingRequestDto,
  type BookingRequestSummaryDto,
  type FieldError,
  LEVEL_LABELS,
} from '@halt/contracts';
import {
  expandSessions,
  needsSeries,
  schoolYearBounds,
  schoolYearOf,
  SPREEKUUR,
  sessionLifecycle,
  type SchoolCalendar,
  validateWindow,
  zonedDateTimeToInstant,
} from '@halt/domain';
import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { toRequestDto, toSummaryDto } from './booking-mapper';
import { CreateBookingRequestDto, RequestListQueryDto } from './booking.dto';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session } from './entities';
import { bodyHash, idempotent, IdempotentResult } from './idempotency';
import { recordSessionChanges } from './outbox';
import { BookingWrites } from './write/booking-writes';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/** School requests: submitting (validated against the offer and the school's calendar), reading, cancelling. */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: SchoolCalendarService,
    private readonly clock: PortalClock,
    private readonly packages: PackagesService,
    private readonly ledger: LedgerService,
    private readonly writes: BookingWrites,
  ) {}

  /** Today in Europe/Amsterdam (or the configured test date). */
  today(): string {
    return this.clock.today();
  }

  /** Now, on the same clock as `today()` (noon of the test date when one is configured). */
  now(): Date {
    return this.clock.now();
  }

  get leadSchoolDays(): number {
    return this.config.leadSchoolDays;
  }

  async submit(
    user: AuthUser,
    dto: CreateBookingRequestDto,
    key?: string,
  ): Promise<IdempotentResult<BookingRequestDto>> {
    const schoolId = user.schoolId;
    if (user.role !== 'school' || !schoolId) throw new ForbiddenException('Alleen een school dient aanvragen in');
    const hash = bodyHash(dto);
    const replay = await this.replay(user.id, key, hash);
    if (replay) return replay;

    const offer = await this.dataSource.getRepository(Offer).findOneBy({ id: dto.offerId, active: true });
    if (!offer) throw invalid([{ field: 'offerId', message: 'dit aanbod bestaat niet of is niet meer beschikbaar' }]);
    const today = this.today();
    const firstFrom = dto.windows.map((w) => w.from).sort()[0];
    const lastTo =
      dto.windows
        .map((w) => w.to)
        .sort()
        .at(-1) ?? firstFrom;
    const yearEnd = schoolYearBounds(schoolYearOf(firstFrom < today ? today : firstFrom)).end;
    const { calendar } = await this.calendars.calendarOf(
      user,
      schoolId,
      today < firstFrom ? today : firstFrom,
      lastTo > yearEnd ? lastTo : yearEnd,
    );

    const errors = this.check(dto, offer, calendar, today);
    if (errors.length) throw invalid(errors);
    const expansion = expandSessions({
      offer,
      groups: dto.groups,
      windows: dto.windows,
      series: dto.series,
      parentMeeting: dto.parentMeeting,
      calendar,
    });
    if ('errors' in expansion) throw invalid(expansion.errors);

    let funding: Eligibility | null = null;
    if (dto.funding === 'package') {
      if (!dto.packageOrderId) throw invalid([{ field: 'packageOrderId', message: 'kies het pakket van uw gemeente' }]);
      funding = await this.packages.eligibility(this.dataSource.manager, schoolId, dto.packageOrderId, offer.id);
    } else if (dto.packageOrderId) {
      throw invalid([{ field: 'packageOrderId', message: 'hoort alleen bij betaling uit een gemeentepakket' }]);
    }
    const credits = funding ? expansion.sessions.length * funding.creditsPerSession : null;

    return this.uow.run((m) =>
      idempotent(m, user.id, key, hash, async () => {
        // Lock the package first: the request rows below reference it (a key-share lock), and taking the
        // row lock after those would let two submissions deadlock.
        if (funding) await this.ledger.lock(m, funding.orderId);
        const [{ n }] = await m.query(`SELECT nextval('booking_request_number_seq') AS n`);
        const request = await m.save(
          m.create(BookingRequest, {
            reference: `AV-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`,
            schoolId,
            offerId: offer.id,
            status: 'draft',
            location: dto.location,
            contactName: dto.contact.name,
            contactEmail: dto.contact.email,
            contactPhone: dto.contact.phone ?? null,
            interpreter: dto.languageNeeds.interpreter,
            interpreterLanguage: dto.languageNeeds.interpreter ? (dto.languageNeeds.interpreterLanguage ?? null) : null,
            onlineParentMeeting: dto.languageNeeds.onlineParentMeeting,
            parentMeeting: dto.parentMeeting,
            funding: dto.funding,
            packageOrderId: funding?.orderId ?? null,
            packageCredits: credits,
            series: dto.series ? { ...dto.series } : null,
            notes: dto.notes || null,
            createdBy: user.id,
            submittedAt: new Date(),
          }),
        );
        const groups = await m.save(
          dto.groups.map((g, position) => m.create(BookingGroup, { requestId: request.id, position, ...g })),
        );
        await m.save(
          dto.windows.map((w, position) =>
            m.create(BookingWindow, {
              requestId: request.id,
              position,
              fromDate: w.from,
              toDate: w.to,
              weekdays: w.weekdays,
              earliest: w.earliest,
              latest: w.latest,
            }),
          ),
        );
        await m.save(
          expansion.sessions.map((p) =>
            m.create(Session, {
              requestId: request.id,
              sequence: p.sequence,
              kind: p.kind,
              groupId: p.groupIndex === null ? null : groups[p.groupIndex].id,
              status: 'open',
              durationMinutes: p.durationMinutes,
              staffNeeded: p.staffNeeded,
              requiredSkill: p.requiredSkill,
              windowFrom: p.windowFrom,
              windowTo: p.windowTo,
              proposedStart: p.proposedStart
                ? zonedDateTimeToInstant(p.proposedStart.date, p.proposedStart.time)
                : null,
              parentToken: p.kind === 'parent_meeting' ? randomBytes(24).toString('base64url') : null,
            }),
          ),
        );
        await m.insert(RequestTransition, {
          requestId: request.id,
          fromState: null,
          toState: 'draft',
          event: 'create',
          byUserId: user.id,
        });
        const locked = { ...request, status: 'draft' as const };
        await this.writes.transitionRequest(m, locked, 'submit', user.id);
        if (funding?.requiresApproval) {
          await this.writes.transitionRequest(
            m,
            locked,
            'require_approval',
            null,
            `Betaald uit “${funding.name}”: de gemeente keurt eerst goed`,
          );
        }
        // New sessions have no reminders yet, but the request may need the planners' escalation.
        await recordSessionChanges(
          m,
          (await m.query(`SELECT id FROM session WHERE request_id = $1`, [request.id])).map(
            (x: { id: string }) => x.id,
          ),
        );
        if (funding && credits) {
          await this.ledger.reserve(m, {
            orderId: funding.orderId,
            requestId: request.id,
            offerType: funding.offerType,
            credits,
            userId: user.id,
          });
        }
        return { status: 201, body: await this.load(m, user, request.id) };
      }),
    );
  }

  async list(user: AuthUser, query: RequestListQueryDto): Promise<BookingRequestSummaryDto[]> {
    const qb = this.scoped(this.dataSource.manager, user)
      .leftJoinAndSelect('r.groups', 'g')
      .leftJoinAndSelect('r.windows', 'w')
      .leftJoinAndSelect('r.sessions', 'se');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.regionId) qb.andWhere('m.region_id = :regionId', { regionId: query.regionId });
    if (query.startsWithinDays !== undefined) {
      qb.andWhere(
        `(SELECT min(bw.from_date) FROM booking_window bw WHERE bw.request_id = r.id AND bw.superseded_at IS NULL) <= (:today::date + :days::int)`,
        { today: this.today(), days: query.startsWithinDays },
      );
    }
    const rows = await qb.orderBy('r.submitted_at', 'DESC').addOrderBy('r.created_at', 'DESC').getMany();
    return rows.map(toSummaryDto);
  }

  get(user: AuthUser, id: string): Promise<BookingRequestDto> {
    return this.load(this.dataSource.manager, user, id);
  }

  /** Cancels the request and its remaining sessions; within FREE_CANCELLATION_DAYS of a planned session it is late. */
  async cancel(user: AuthUser, id: string, reason: string): Promise<BookingRequestDto> {
    const current = await this.get(user, id); // 404 outside the user's scope
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === current.school.id))) {
      throw new ForbiddenException('Alleen de school zelf of Halt-beheer kan deze aanvraag annuleren');
    }
    return this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      const sessions = await this.writes.lockSessions(m, id);
      const late = this.isLate(sessions);
      await m.query(`UPDATE booking_request SET late_cancellation = $2 WHERE id = $1`, [id, late]);
      await this.writes.transitionRequest(m, request, 'cancel', user.id, reason);
      for (const s of sessions.filter((x) => sessionLifecycle.can(x.status, 'cancel'))) {
        await this.writes.transitionSession(m, s, 'cancel', user.id, reason);
      }
      if (request.packageOrderId) {
        // A late cancellation costs the package its credits (the cancellation policy); otherwise they return.
        if (late) {
          await this.ledger.consume(m, request.packageOrderId, id, undefined, user.id, `Late annulering: ${reason}`);
        } else {
          await this.ledger.release(m, request.packageOrderId, id, user.id, `Geannuleerd: ${reason}`);
        }
      }
      return this.load(m, user, id);
    });
  }

  /** True when one of these sessions is planned within FREE_CANCELLATION_DAYS from now (the cancellation is late). */
  isLate(sessions: readonly { plannedStart: Date | null; status: string }[]): boolean {
    const lateBefore = this.now().getTime() + this.config.freeCancellationDays * 86_400_000;
    return sessions.some((s) => s.plannedStart && s.status !== 'cancelled' && s.plannedStart.getTime() <= lateBefore);
  }

  /**
   * The gemeente decides on a request funded by one of its packages (or Halt does): approving lets it be
   * planned; rejecting (with a reason) cancels its sessions and releases its credits.
   */
  async decide(
    user: AuthUser,
    id: string,
    decision: 'approve' | 'reject',
    reason?: string,
  ): Promise<BookingRequestDto> {
    await this.get(user, id); // 404 outside the user's scope
    return this.uow.run(async (m) => {
      const request = await this.writes.lockRequest(m, id);
      const [order] = request.packageOrderId
        ? await m.query(`SELECT municipality_id FROM package_order WHERE id = $1`, [request.packageOrderId])
        : [];
      const mayDecide =
        user.role === 'admin' || (user.role === 'gemeente' && !!order && order.municipality_id === user.municipalityId);
      if (!mayDecide) {
        throw new ForbiddenException('Alleen de gemeente van het pakket (of Halt) beslist over deze aanvraag');
      }
      await this.writes.transitionRequest(m, request, decision, user.id, reason);
      if (decision === 'reject') {
        const sessions = await this.writes.lockSessions(m, id);
        for (const s of sessions.filter((x) => sessionLifecycle.can(x.status, 'cancel'))) {
          await this.writes.transitionSession(m, s, 'cancel', user.id, reason);
        }
        if (request.packageOrderId) {
          await this.ledger.release(m, request.packageOrderId, id, user.id, `Afgewezen: ${reason ?? ''}`.trim());
        }
      }
      return this.load(m, user, id);
    });
  }

  /** Requests the user may see: a school its own, a gemeente its schools', planners their regions', admins all. */
  private scoped(m: EntityManager, user: AuthUser) {
    const qb = m
      .getRepository(BookingRequest)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.school', 's')
      .innerJoin('s.municipality', 'm')
      .innerJoinAndSelect('r.offer', 'o');
    if (user.role === 'staff') return qb.andWhere('false'); // staff see their sessions, not requests
    return scopeSchools(qb, user);
  }

  private async load(m: EntityManager, user: AuthUser, id: string): Promise<BookingRequestDto> {
    const request = await this.scoped(m, user)
      .leftJoinAndSelect('r.groups', 'g')
      .leftJoinAndSelect('r.windows', 'w')
      .leftJoinAndSelect('r.sessions', 'se')
      .leftJoinAndSelect('se.group', 'sg')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!request) throw new NotFoundException('Aanvraag niet gevonden');
    const timeline = await m.getRepository(RequestTransition).find({ where: { requestId: id }, order: { id: 'ASC' } });
    const [order] = request.packageOrderId
      ? await m.query(`SELECT name FROM package_order WHERE id = $1`, [request.packageOrderId])
      : [];
    const assigned: { session_id: string; staff_id: string; name: string; pinned: boolean; travel_minutes: number }[] =
      await m.query(
        `SELECT a.session_id, a.staff_id, sm.name, a.pinned, a.travel_minutes
           FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id
           JOIN session s ON s.id = a.session_id WHERE s.request_id = $1 ORDER BY sm.name`,
        [id],
      );
    const staff = new Map<string, AssignedStaffDto[]>();
    for (const a of assigned) {
      const list = staff.get(a.session_id) ?? [];
      list.push({ staffId: a.staff_id, name: a.name, pinned: a.pinned, travelMinutes: a.travel_minutes });
      staff.set(a.session_id, list);
    }
    return toRequestDto(request, timeline, user, order?.name ?? null, staff);
  }

  private async replay(
    userId: string,
    key: string | undefined,
    hash: string,
  ): Promise<IdempotentResult<BookingRequestDto> | undefined> {
    if (!key) return undefined;
    const [row] = await this.dataSource.query(
      `SELECT request_hash, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (!row || row.status_code === null || row.request_hash !== hash) return undefined; // the transaction decides
    return { status: row.status_code, body: row.response, replayed: true };
  }

  /** Every rule of a request that the database cannot check, as field errors with Dutch reasons. */
  private check(dto: CreateBookingRequestDto, offer: Offer, calendar: SchoolCalendar, today: string): FieldError[] {
    const errors: FieldError[] = [];
    const series = needsSeries(offer.type);
    if (!series && offer.type !== 'ouderbijeenkomst' && dto.groups.length === 0) {
      errors.push({ field: 'groups', message: 'voeg ten minste één klas toe' });
    }
    const seen = new Set<string>();
    dto.groups.forEach((g, i) => {
      if (!offer.levels.includes(g.level)) {
        errors.push({
          field: `groups.${i}.level`,
          message: `past niet bij dit aanbod (bedoeld voor ${offer.levels.map((l) => LEVEL_LABELS[l]).join(', ')})`,
        });
      }
      if (g.pupilCount > offer.maxPupilsPerGroup) {
        errors.push({
          field: `groups.${i}.pupilCount`,
          message: `is meer dan het maximum van ${offer.maxPupilsPerGroup} leerlingen per groep`,
        });
      }
      const name = g.name.toLowerCase();
      if (seen.has(name)) errors.push({ field: `groups.${i}.name`, message: 'deze klas staat er al in' });
      seen.add(name);
    });
    if (dto.parentMeeting && !offer.parentMeetingPossible) {
      errors.push({ field: 'parentMeeting', message: 'bij dit aanbod kan geen ouderbijeenkomst worden toegevoegd' });
    }
    if (dto.languageNeeds.onlineParentMeeting && !dto.parentMeeting && offer.type !== 'ouderbijeenkomst') {
      errors.push({ field: 'languageNeeds.onlineParentMeeting', message: 'kan alleen samen met een ouderbijeenkomst' });
    }
    if (dto.languageNeeds.interpreter && !dto.languageNeeds.interpreterLanguage) {
      errors.push({ field: 'languageNeeds.interpreterLanguage', message: 'vul in voor welke taal een tolk nodig is' });
    }
    if (series && !dto.series) errors.push({ field: 'series', message: 'kies weekdag, tijd en het aantal spreekuren' });
    const durationMinutes = series ? SPREEKUUR.durationMinutes : offer.durationMinutes;
    dto.windows.forEach((w, i) => {
      for (const e of validateWindow(w, {
        today,
        durationMinutes,
        calendar,
        leadSchoolDays: this.config.leadSchoolDays,
      })) {
        errors.push({ field: `windows.${i}.${e.field}`, message: e.message });
      }
    });
    return errors;
  }
}
