import { UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Offer } from '@halt/api/catalogue';
import { SchoolCalendarService, SchoolHolidaysService } from '@halt/api/calendar';
import { type Eligibility, LedgerService, PackageFundingService } from '@halt/api/packages';
import type { AuthUser } from '@halt/api/security';
import {
  type BookingRequestDto,
  type FieldError,
  type HolidayRegion,
  type Level,
  LEVEL_LABELS,
  LEVELS,
  LEVELS_OF_SCHOOL_TYPE,
  type SchoolType,
} from '@halt/contracts';
import {
  expandSessions,
  needsSeries,
  schoolYearBounds,
  schoolYearOf,
  SPREEKUUR,
  type SchoolCalendar,
  validateWindow,
  zonedDateTimeToInstant,
} from '@halt/domain';
import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CreateBookingRequestDto } from './booking.dto';
import { RequestsService } from './requests.service';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session } from './entities';
import { bodyHash, idempotent, IdempotentResult } from './idempotency';
import { recordSessionChanges } from './outbox';
import { BookingWrites } from './write/booking-writes';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/**
 * A school submits a request: validated against the offer and the school's calendar (a 400 per field), expanded
 * into its sessions, funded from a package (its credits reserved, 409 "onvoldoende budget") or by the school, once
 * per Idempotency-Key — all in one unit of work with the transitions, the outbox event and the audit trail.
 */
@Injectable()
export class RequestSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: SchoolCalendarService,
    private readonly holidays: SchoolHolidaysService,
    private readonly funding: PackageFundingService,
    private readonly ledger: LedgerService,
    private readonly writes: BookingWrites,
    private readonly requests: RequestsService,
  ) {}

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
    const today = this.requests.today();
    const firstFrom = dto.windows.map((w) => w.from).sort()[0];
    const lastTo =
      dto.windows
        .map((w) => w.to)
        .sort()
        .at(-1) ?? firstFrom;
    const yearEnd = schoolYearBounds(schoolYearOf(firstFrom < today ? today : firstFrom)).end;
    const { calendar, school } = await this.calendars.calendarOf(
      user,
      schoolId,
      today < firstFrom ? today : firstFrom,
      lastTo > yearEnd ? lastTo : yearEnd,
    );

    const errors = [
      ...this.check(dto, offer, calendar, today),
      ...levelErrors(dto.groups, school.type),
      ...(await windowsInUnknownYears(this.holidays, dto.windows, school.holidayRegion)),
    ];
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
      funding = await this.funding.eligibility(this.dataSource.manager, schoolId, dto.packageOrderId, offer.id);
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
        return { status: 201, body: await this.requests.load(m, user, request.id) };
      }),
    );
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

/** A class's level must be one the school's type teaches (a primary school has no klas 3–4 or MBO students). */
export function levelErrors(
  groups: readonly { level: Level }[],
  schoolType: SchoolType,
  prefix = 'groups.',
): FieldError[] {
  const taught = LEVELS_OF_SCHOOL_TYPE[schoolType] ?? LEVELS;
  return groups.flatMap((g, i) =>
    taught.includes(g.level)
      ? []
      : [
          {
            field: prefix === '' ? 'level' : `${prefix}${i}.level`,
            message: `past niet bij uw school (${schoolType}: ${taught.map((l) => LEVEL_LABELS[l]).join(', ')})`,
          },
        ],
  );
}

/**
 * A window in a school year without school holidays on record for the school's region cannot be checked for
 * holidays: it is refused with the year named, until Halt adds that year (admins and planners see which are missing).
 */
export async function windowsInUnknownYears(
  holidays: SchoolHolidaysService,
  windows: readonly { from: string; to: string }[],
  region: HolidayRegion,
): Promise<FieldError[]> {
  const years = [...new Set(windows.flatMap((w) => [schoolYearOf(w.from), schoolYearOf(w.to)]))];
  const missing = new Set(
    (await holidays.missingRegions(years)).filter((y) => y.regions.includes(region)).map((y) => y.schoolYear),
  );
  return windows.flatMap((w, i) => {
    const end = missing.has(schoolYearOf(w.from)) ? 'from' : missing.has(schoolYearOf(w.to)) ? 'to' : null;
    if (!end) return [];
    const year = schoolYearOf(w[end]);
    return [
      {
        field: `windows.${i}.${end}`,
        message: `in schooljaar ${year} kan nog niet: de schoolvakanties van dat jaar zijn nog niet bekend bij Halt`,
      },
    ];
  });
}
