import { UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Offer } from '@halt/api/catalogue';
import { SchoolCalendarService, SchoolHolidaysService } from '@halt/api/calendar';
import { type Eligibility, LedgerService, PackageFundingService } from '@halt/api/packages';
import type { AuthUser } from '@halt/api/security';
import {
  type BookingRequestDto,
  type CreateBookingRequest,
  type FieldError,
  type HolidayRegion,
  type Level,
  LEVEL_LABELS,
  LEVELS,
  LEVELS_OF_SCHOOL_TYPE,
  REQUESTER_KIND_LABELS,
  type RequesterKind,
  requesterKindOfRole,
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
import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CreateBookingRequestDto } from './booking.dto';
import { RequestsService } from './requests.service';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session } from './entities';
import { bodyHash, idempotent, IdempotentResult } from './idempotency';
import { recordSessionChanges } from './outbox';
import { BookingWrites } from './write/booking-writes';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

/** The requester of a request to create: its kind and the id of its school, club, wijkpartner or gemeente. */
export interface RequesterInput {
  kind: RequesterKind;
  id: string;
}

/** What `createSubmitted` needs: who asks, the request (the same shape as `POST /api/requests`), and who creates it. */
export interface SubmitRequestInput {
  requester: RequesterInput;
  request: CreateBookingRequest;
  /** The user the transitions and the ledger record as the author. */
  byUserId: string;
  /**
   * Halt agreed the request itself (an accepted maatwerk proposal), so it may use an offer that is not in the open
   * catalogue (the inactive offer "Maatwerk").
   */
  agreedByHalt?: boolean;
}

/** A checked request, ready to write. */
interface SubmissionPlan {
  input: SubmitRequestInput;
  offer: Offer;
  groupsIn: { name: string; level: Level; pupilCount: number }[];
  sessions: PlannedSessions;
  funding: Eligibility | null;
  credits: number | null;
  today: string;
}

type PlannedSessions = Exclude<ReturnType<typeof expandSessions>, { errors: unknown }>['sessions'];

/** The requester a signed-in user submits as: their own school, club or wijkpartner (null for other roles). */
export function ownRequester(user: AuthUser): RequesterInput | null {
  const kind = requesterKindOfRole(user.role);
  const id =
    kind === 'school'
      ? user.schoolId
      : kind === 'sportvereniging'
        ? user.clubId
        : kind === 'wijkpartner'
          ? user.partnerId
          : null;
  return kind && id ? { kind, id } : null;
}

/**
 * A requester (school, sportvereniging, wijkpartner, gemeente) submits a request: validated against the offer and
 * the requester's calendar (a 400 per field), expanded into its sessions, funded from a package (its credits
 * reserved, 409 "onvoldoende budget") or by the requester, once per Idempotency-Key — all in one unit of work with
 * the transitions, the outbox event and the audit trail.
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

  /**
   * The signed-in school, sportvereniging or wijkpartner submits its own request (others: 403), once per
   * Idempotency-Key.
   */
  async submit(
    user: AuthUser,
    dto: CreateBookingRequestDto,
    key?: string,
  ): Promise<IdempotentResult<BookingRequestDto>> {
    const requester = ownRequester(user);
    if (!requester) {
      throw new ForbiddenException('Alleen een school, sportvereniging of wijkpartner dient zelf aanvragen in');
    }
    const hash = bodyHash(dto);
    const replay = await this.replay(user.id, key, hash);
    if (replay) return replay;
    // Checked before the transaction, so a burst of submissions holds connections only while it writes.
    const plan = await this.prepare(this.dataSource.manager, { requester, request: dto, byUserId: user.id });
    return this.uow.run((m) =>
      idempotent(m, user.id, key, hash, async () => {
        const { id } = await this.write(m, plan);
        return { status: 201, body: await this.requests.load(m, user, id) };
      }),
    );
  }

  /**
   * Creates a submitted request for any kind of requester, inside the caller's unit of work (`m`): validated
   * against the offer (meant for this kind of requester, counts only where the offer says so) and the requester's
   * calendar (its gemeente's holiday region for a club, partner or gemeente; a 400 per field), expanded into its
   * sessions, funded from a package of the requester's gemeente (credits reserved; 403 when it may not draw on it,
   * 409 "onvoldoende budget") or by the requester — with the transitions, the outbox event and the audit trail.
   * The one way a request comes into being: `submit` uses it, and so can other areas (maatwerk).
   */
  async createSubmitted(m: EntityManager, input: SubmitRequestInput): Promise<{ id: string; reference: string }> {
    return this.write(m, await this.prepare(m, input));
  }

  /** Validates a request for its requester and works out its groups, sessions and funding (writes nothing). */
  private async prepare(m: EntityManager, input: SubmitRequestInput): Promise<SubmissionPlan> {
    const { requester, request: dto } = input;
    const [who]: { kind: RequesterKind; holiday_region: HolidayRegion; school_type: SchoolType | null }[] =
      await m.query(
        `SELECT r.kind, r.holiday_region, s.type AS school_type
           FROM requester r LEFT JOIN school s ON s.id = r.id WHERE r.id = $1 AND r.kind = $2`,
        [requester.id, requester.kind],
      );
    if (!who) throw new NotFoundException('Aanvrager niet gevonden');
    const offer = await m
      .getRepository(Offer)
      .findOneBy(input.agreedByHalt ? { id: dto.offerId } : { id: dto.offerId, active: true });
    if (!offer) throw invalid([{ field: 'offerId', message: 'dit aanbod bestaat niet of is niet meer beschikbaar' }]);
    if (!offer.requesterKinds.includes(requester.kind)) {
      throw invalid([
        {
          field: 'offerId',
          message: `dit aanbod is niet bedoeld voor een ${REQUESTER_KIND_LABELS[requester.kind].toLowerCase()} (wel voor: ${offer.requesterKinds
            .map((k) => REQUESTER_KIND_LABELS[k].toLowerCase())
            .join(', ')})`,
        },
      ]);
    }
    const today = this.requests.today();
    const firstFrom = dto.windows.map((w) => w.from).sort()[0];
    const lastTo =
      dto.windows
        .map((w) => w.to)
        .sort()
        .at(-1) ?? firstFrom;
    const yearEnd = schoolYearBounds(schoolYearOf(firstFrom < today ? today : firstFrom)).end;
    const calendars = await this.calendars.calendarsFor(
      [requester.id],
      today < firstFrom ? today : firstFrom,
      lastTo > yearEnd ? lastTo : yearEnd,
      m,
    );
    const calendar = calendars.get(requester.id);
    if (!calendar) throw new NotFoundException('Aanvrager niet gevonden');

    const errors = [
      ...this.check(dto, offer, calendar, today),
      ...(who.school_type ? levelErrors(dto.groups, who.school_type) : []),
      ...(await windowsInUnknownYears(this.holidays, dto.windows, who.holiday_region)),
    ];
    if (errors.length) throw invalid(errors);
    const groupsIn = dto.groups.map((g, i) => ({ ...g, name: offer.countsOnly ? `Groep ${i + 1}` : (g.name ?? '') }));
    const expansion = expandSessions({
      offer,
      groups: groupsIn,
      windows: dto.windows,
      series: dto.series,
      parentMeeting: dto.parentMeeting,
      calendar,
    });
    if ('errors' in expansion) throw invalid(expansion.errors);

    let funding: Eligibility | null = null;
    if (dto.funding === 'package') {
      if (!dto.packageOrderId) throw invalid([{ field: 'packageOrderId', message: 'kies het pakket van uw gemeente' }]);
      funding = await this.funding.eligibility(m, requester.id, dto.packageOrderId, offer.id);
    } else if (dto.packageOrderId) {
      throw invalid([{ field: 'packageOrderId', message: 'hoort alleen bij betaling uit een gemeentepakket' }]);
    }
    const credits = funding ? expansion.sessions.length * funding.creditsPerSession : null;
    return { input, offer, groupsIn, sessions: expansion.sessions, funding, credits, today };
  }

  /** Writes a prepared request, its groups, windows, sessions, transitions, outbox event and reservation. */
  private async write(m: EntityManager, plan: SubmissionPlan): Promise<{ id: string; reference: string }> {
    const { input, offer, groupsIn, funding, credits, today } = plan;
    const { requester, request: dto, byUserId } = input;
    // Lock the package first: the request rows below reference it (a key-share lock), and taking the
    // row lock after those would let two submissions deadlock.
    if (funding) await this.ledger.lock(m, funding.orderId);
    const [{ n }] = await m.query(`SELECT nextval('booking_request_number_seq') AS n`);
    const request = await m.save(
      m.create(BookingRequest, {
        reference: `AV-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`,
        requesterKind: requester.kind,
        schoolId: requester.kind === 'school' ? requester.id : null,
        clubId: requester.kind === 'sportvereniging' ? requester.id : null,
        partnerId: requester.kind === 'wijkpartner' ? requester.id : null,
        requesterMunicipalityId: requester.kind === 'gemeente' ? requester.id : null,
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
        createdBy: byUserId,
        submittedAt: new Date(),
      }),
    );
    const groups = await m.save(
      groupsIn.map((g, position) => m.create(BookingGroup, { requestId: request.id, position, ...g })),
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
      plan.sessions.map((p) =>
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
          proposedStart: p.proposedStart ? zonedDateTimeToInstant(p.proposedStart.date, p.proposedStart.time) : null,
          parentToken: p.kind === 'parent_meeting' ? randomBytes(24).toString('base64url') : null,
        }),
      ),
    );
    await m.insert(RequestTransition, {
      requestId: request.id,
      fromState: null,
      toState: 'draft',
      event: 'create',
      byUserId,
    });
    const locked = {
      id: request.id,
      status: 'draft' as const,
      offerId: offer.id,
      packageOrderId: request.packageOrderId,
      packageCredits: request.packageCredits,
    };
    await this.writes.transitionRequest(m, locked, 'submit', byUserId);
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
      (await m.query(`SELECT id FROM session WHERE request_id = $1`, [request.id])).map((x: { id: string }) => x.id),
    );
    if (funding && credits) {
      await this.ledger.reserve(m, {
        orderId: funding.orderId,
        requestId: request.id,
        offerType: funding.offerType,
        credits,
        userId: byUserId,
      });
    }
    return { id: request.id, reference: request.reference };
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
  private check(dto: CreateBookingRequest, offer: Offer, calendar: SchoolCalendar, today: string): FieldError[] {
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
      if (offer.countsOnly) {
        if (g.name) {
          errors.push({
            field: `groups.${i}.name`,
            message: 'laat leeg: bij dit aanbod slaat Halt alleen het aantal deelnemers op, geen namen',
          });
        }
        return;
      }
      if (!g.name) {
        errors.push({ field: `groups.${i}.name`, message: 'is verplicht' });
        return;
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
