import { BookingWrites } from '@halt/api/booking';
import { PortalClock } from '@halt/api/calendar';
import { UnitOfWork } from '@halt/api/database';
import { type AuthUser, containsPattern } from '@halt/api/security';
import type { FieldError, Page, StaffMemberDto, WorkingPatternDto } from '@halt/contracts';
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SessionAssignments } from './session-assignments';
import { CreateAbsenceDto, StaffQueryDto, UpdateAvailabilityDto, UpdateStaffDto } from './staffing.dto';

const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = (t: string | null) => (t ? t.slice(0, 5) : null);

interface StaffRow {
  id: string;
  user_id: string | null;
  email: string | null;
  name: string;
  home_latitude: number;
  home_longitude: number;
  contract_hours_per_week: number;
  max_sessions_per_day: number;
  languages: string[];
  preferred_weekdays: number[];
  working_pattern: WorkingPatternDto;
  active: boolean;
  regions: { id: string; name: string }[] | null;
  skills: { skill: string; validUntil: string }[] | null;
  absences:
    | {
        id: string;
        kind: 'leave' | 'sick' | 'training';
        from: string;
        to: string;
        startTime: string | null;
        endTime: string | null;
        note: string | null;
      }[]
    | null;
  recurring: { id: string; weekday: number; start: string; end: string }[] | null;
}

/** Staff profiles with everything the matching needs, in one query. */
export const STAFF_SELECT = `
  SELECT sm.id, sm.user_id, u.email, sm.name, sm.home_latitude, sm.home_longitude, sm.contract_hours_per_week,
         sm.max_sessions_per_day, sm.languages, sm.preferred_weekdays, sm.working_pattern, sm.active,
         (SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.name)
            FROM staff_region sr JOIN region r ON r.id = sr.region_id WHERE sr.staff_id = sm.id) AS regions,
         (SELECT json_agg(json_build_object('skill', k.skill, 'validUntil', to_char(k.valid_until, 'YYYY-MM-DD')) ORDER BY k.skill)
            FROM staff_skill k WHERE k.staff_id = sm.id) AS skills,
         (SELECT json_agg(json_build_object('id', a.id, 'kind', a.kind, 'from', to_char(a.from_date, 'YYYY-MM-DD'),
                                            'to', to_char(a.to_date, 'YYYY-MM-DD'), 'startTime', to_char(a.start_time, 'HH24:MI'),
                                            'endTime', to_char(a.end_time, 'HH24:MI'), 'note', a.note) ORDER BY a.from_date)
            FROM staff_absence a WHERE a.staff_id = sm.id) AS absences,
         (SELECT json_agg(json_build_object('id', ra.id, 'weekday', ra.weekday, 'start', to_char(ra.start_time, 'HH24:MI'),
                                            'end', to_char(ra.end_time, 'HH24:MI')) ORDER BY ra.weekday, ra.start_time)
            FROM staff_recurring_absence ra WHERE ra.staff_id = sm.id) AS recurring
    FROM staff_member sm LEFT JOIN app_user u ON u.id = sm.user_id`;

export function toStaffDto(r: StaffRow): StaffMemberDto {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    home: { lat: r.home_latitude, lon: r.home_longitude },
    regions: r.regions ?? [],
    contractHoursPerWeek: r.contract_hours_per_week,
    maxSessionsPerDay: r.max_sessions_per_day,
    languages: r.languages,
    preferredWeekdays: r.preferred_weekdays.map(Number),
    workingPattern: r.working_pattern,
    skills: r.skills ?? [],
    absences: (r.absences ?? []).map((a) => ({ ...a, startTime: hhmm(a.startTime), endTime: hhmm(a.endTime) })),
    recurringAbsences: r.recurring ?? [],
    active: r.active,
  };
}

/** Staff profiles: planners and admins maintain them; a specialist keeps their own availability up to date. */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly assignments: SessionAssignments,
    private readonly writes: BookingWrites,
    private readonly clock: PortalClock,
  ) {}

  /**
   * One page of the specialists the user may see, by name, with the total: admins all, planners those of their
   * regions, a specialist only themselves. `q` searches the name, the regions and the skills.
   */
  async list(user: AuthUser, query: StaffQueryDto): Promise<Page<StaffMemberDto>> {
    const page = { page: query.page, pageSize: query.pageSize };
    if (user.role === 'staff') return { items: [await this.me(user)], total: 1, ...page };
    if (user.role !== 'admin' && user.role !== 'planner') {
      throw new ForbiddenException('Alleen Halt-medewerkers zien medewerkers');
    }
    const where: string[] = [];
    const params: unknown[] = [];
    if (user.role === 'planner') {
      params.push(user.regionIds);
      where.push(
        `EXISTS (SELECT 1 FROM staff_region sr WHERE sr.staff_id = sm.id AND sr.region_id = ANY($${params.length}::uuid[]))`,
      );
    }
    if (query.q) {
      params.push(containsPattern(query.q));
      const q = `$${params.length}`;
      where.push(`(sm.name ILIKE ${q}
        OR EXISTS (SELECT 1 FROM staff_region sr JOIN region r ON r.id = sr.region_id WHERE sr.staff_id = sm.id AND r.name ILIKE ${q})
        OR EXISTS (SELECT 1 FROM staff_skill k WHERE k.staff_id = sm.id AND k.skill ILIKE ${q}))`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM staff_member sm ${filter}`,
      params,
    );
    const items = await this.query(
      `${filter} ORDER BY sm.name, sm.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items, total, ...page };
  }

  async get(user: AuthUser, id: string): Promise<StaffMemberDto> {
    const [found] = await this.query(`WHERE sm.id = $1`, [id]);
    if (!found || !this.canSee(user, found)) throw new NotFoundException('Medewerker niet gevonden');
    return found;
  }

  async me(user: AuthUser): Promise<StaffMemberDto> {
    const [found] = await this.query(`WHERE sm.user_id = $1`, [user.id]);
    if (!found) throw new NotFoundException('Er is (nog) geen medewerkersprofiel aan uw account gekoppeld');
    return found;
  }

  async update(user: AuthUser, id: string, dto: UpdateStaffDto): Promise<StaffMemberDto> {
    const current = await this.get(user, id);
    if (user.role !== 'planner' && user.role !== 'admin') throw new ForbiddenException('Alleen planners en beheer');
    if (dto.regionIds && user.role === 'planner') {
      const foreign = dto.regionIds.filter((r) => !user.regionIds.includes(r));
      if (foreign.length) throw new ForbiddenException('U kunt alleen regio’s toewijzen die u zelf plant');
    }
    await this.uow.run(async (m) => {
      await m.query(
        `UPDATE staff_member SET home_latitude = coalesce($2, home_latitude), home_longitude = coalesce($3, home_longitude),
                contract_hours_per_week = coalesce($4, contract_hours_per_week),
                max_sessions_per_day = coalesce($5, max_sessions_per_day), languages = coalesce($6, languages),
                active = coalesce($7, active), updated_at = now() WHERE id = $1`,
        [
          id,
          dto.home?.lat ?? null,
          dto.home?.lon ?? null,
          dto.contractHoursPerWeek ?? null,
          dto.maxSessionsPerDay ?? null,
          dto.languages ?? null,
          dto.active ?? null,
        ],
      );
      if (dto.regionIds) {
        const known: { id: string }[] = await m.query(`SELECT id FROM region WHERE id = ANY($1::uuid[])`, [
          dto.regionIds,
        ]);
        const errors = dto.regionIds
          .map((r, i) => (known.some((k) => k.id === r) ? null : { field: `regionIds.${i}`, message: 'bestaat niet' }))
          .filter((e): e is FieldError => e !== null);
        if (errors.length) throw invalid(errors);
        await m.query(`DELETE FROM staff_region WHERE staff_id = $1`, [id]);
        for (const r of dto.regionIds)
          await m.query(`INSERT INTO staff_region (staff_id, region_id) VALUES ($1, $2)`, [id, r]);
      }
      if (dto.skills) {
        const seen = new Set<string>();
        const errors: FieldError[] = [];
        dto.skills.forEach((s, i) => {
          if (seen.has(s.skill)) errors.push({ field: `skills.${i}.skill`, message: 'staat er dubbel in' });
          seen.add(s.skill);
        });
        if (errors.length) throw invalid(errors);
        await m.query(`DELETE FROM staff_skill WHERE staff_id = $1`, [id]);
        for (const s of dto.skills) {
          await m.query(`INSERT INTO staff_skill (staff_id, skill, valid_until) VALUES ($1, $2, $3)`, [
            id,
            s.skill,
            s.validUntil,
          ]);
        }
      }
    });
    return this.get(user, current.id);
  }

  /** A specialist's own working pattern, preferred days and weekly unavailability. */
  async setAvailability(user: AuthUser, dto: UpdateAvailabilityDto): Promise<StaffMemberDto> {
    const me = await this.me(user);
    const errors = patternErrors(dto.workingPattern);
    (dto.recurringAbsences ?? []).forEach((r, i) => {
      if (r.end <= r.start)
        errors.push({ field: `recurringAbsences.${i}.end`, message: 'moet na de begintijd liggen' });
    });
    if (errors.length) throw invalid(errors);
    await this.uow.run(async (m) => {
      await m.query(
        `UPDATE staff_member SET working_pattern = $2, preferred_weekdays = $3, updated_at = now() WHERE id = $1`,
        [me.id, JSON.stringify(normalisePattern(dto.workingPattern)), dto.preferredWeekdays],
      );
      if (dto.recurringAbsences) {
        await m.query(`DELETE FROM staff_recurring_absence WHERE staff_id = $1`, [me.id]);
        for (const r of dto.recurringAbsences) {
          await m.query(
            `INSERT INTO staff_recurring_absence (staff_id, weekday, start_time, end_time) VALUES ($1, $2, $3, $4)`,
            [me.id, r.weekday, r.start, r.end],
          );
        }
      }
    });
    return this.me(user);
  }

  /**
   * Adds an absence for oneself (`staffId` null) or, as a planner, for a specialist of one's regions — and its
   * consequences, in the same unit of work: the specialist is locked (the first lock of every command that changes
   * who works when), every session ahead that the absence covers is flagged as needing a replacement, those
   * sessions' reminders follow (the specialist is no longer named or reminded; the planners' "no specialist"
   * reminder applies) and a `staff.absence` outbox event tells the region's planners.
   */
  async addAbsence(user: AuthUser, staffId: string | null, dto: CreateAbsenceDto): Promise<StaffMemberDto> {
    const target = staffId ? await this.get(user, staffId) : await this.me(user);
    if (staffId && user.role !== 'planner' && user.role !== 'admin') throw new ForbiddenException('Geen toegang');
    const errors: FieldError[] = [];
    if (dto.to < dto.from) errors.push({ field: 'to', message: 'moet op of na de begindatum liggen' });
    if (dto.from === dto.to && dto.startTime && dto.endTime && dto.endTime <= dto.startTime) {
      errors.push({ field: 'endTime', message: 'moet na de begintijd liggen' });
    }
    if (errors.length) throw invalid(errors);
    await this.uow.run(async (m) => {
      await this.assignments.lockStaff(m, [target.id]);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO staff_absence (staff_id, kind, from_date, to_date, start_time, end_time, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [target.id, dto.kind, dto.from, dto.to, dto.startTime ?? null, dto.endTime ?? null, dto.note || null],
      );
      const flagged = await this.assignments.flagAbsent(m, target.id, id, this.clock.now());
      for (const sessionId of flagged) await this.writes.staffChanged(m, sessionId);
      if (flagged.length) {
        await m.query(`INSERT INTO outbox_event (topic, aggregate_id) VALUES ('staff.absence', $1)`, [id]);
      }
    });
    return staffId ? this.get(user, staffId) : this.me(user);
  }

  /** Removes an absence; the sessions it flagged are the specialist's again (the foreign key clears the flags). */
  async removeAbsence(user: AuthUser, staffId: string | null, absenceId: string): Promise<StaffMemberDto> {
    const target = staffId ? await this.get(user, staffId) : await this.me(user);
    if (staffId && user.role !== 'planner' && user.role !== 'admin') throw new ForbiddenException('Geen toegang');
    if (!target.absences.some((a) => a.id === absenceId)) throw new NotFoundException('Afwezigheid niet gevonden');
    await this.uow.run(async (m) => {
      await this.assignments.lockStaff(m, [target.id]);
      const flagged = await this.assignments.flaggedBy(m, absenceId);
      await m.query(`DELETE FROM staff_absence WHERE id = $1 AND staff_id = $2`, [absenceId, target.id]);
      for (const sessionId of flagged) await this.writes.staffChanged(m, sessionId);
    });
    return staffId ? this.get(user, staffId) : this.me(user);
  }

  private canSee(user: AuthUser, s: StaffMemberDto): boolean {
    if (user.role === 'admin') return true;
    if (user.role === 'planner') return s.regions.some((r) => user.regionIds.includes(r.id));
    if (user.role === 'staff') return s.email?.toLowerCase() === user.email.toLowerCase();
    return false;
  }

  private async query(
    where: string,
    params: unknown[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<StaffMemberDto[]> {
    const rows: StaffRow[] = await m.query(`${STAFF_SELECT} ${where}`, params);
    return rows.map(toStaffDto);
  }
}

/** Field errors of a working pattern: weekdays 1–5, each a list of `HH:mm` ranges ending after they start. */
export function patternErrors(pattern: WorkingPatternDto): FieldError[] {
  const errors: FieldError[] = [];
  for (const [day, ranges] of Object.entries(pattern ?? {})) {
    if (!['1', '2', '3', '4', '5'].includes(day)) {
      errors.push({ field: `workingPattern.${day}`, message: 'alleen maandag (1) tot en met vrijdag (5)' });
      continue;
    }
    if (!Array.isArray(ranges)) {
      errors.push({ field: `workingPattern.${day}`, message: 'moet een lijst van tijden zijn' });
      continue;
    }
    ranges.forEach((r, i) => {
      if (!r || !TIME.test(r.start))
        errors.push({ field: `workingPattern.${day}.${i}.start`, message: 'moet een tijd zijn als 08:30' });
      else if (!TIME.test(r.end))
        errors.push({ field: `workingPattern.${day}.${i}.end`, message: 'moet een tijd zijn als 16:30' });
      else if (r.end <= r.start)
        errors.push({ field: `workingPattern.${day}.${i}.end`, message: 'moet na de begintijd liggen' });
    });
  }
  return errors;
}

function normalisePattern(pattern: WorkingPatternDto): WorkingPatternDto {
  return Object.fromEntries(
    Object.entries(pattern)
      .filter(([, ranges]) => Array.isArray(ranges) && ranges.length > 0)
      .map(([day, ranges]) => [day, (ranges ?? []).map((r) => ({ start: r.start, end: r.end }))]),
  );
}
