import { UnitOfWork } from '@halt/api/database';
import { SchoolsService } from '@halt/api/organisation';
import type { AuthUser } from '@halt/api/security';
import type { CalendarFeedDto } from '@halt/contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { calendarFile } from './calendar-file';
import { Session } from './entities';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A private iCal feed per school, and one per specialist, for their own calendar app: the URL carries a random
 * secret that is stored only as a hash, shown once, and revocable (making a new one revokes the old).
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly schools: SchoolsService,
  ) {}

  async status(user: AuthUser, schoolId: string): Promise<CalendarFeedDto> {
    await this.schools.get(user, schoolId);
    const [row] = await this.dataSource.query(
      `SELECT created_at FROM calendar_feed WHERE school_id = $1 AND revoked_at IS NULL`,
      [schoolId],
    );
    return { active: !!row, createdAt: row ? new Date(row.created_at).toISOString() : null };
  }

  async create(user: AuthUser, schoolId: string, baseUrl: string): Promise<CalendarFeedDto> {
    await this.mayManage(user, schoolId);
    const token = randomBytes(24).toString('base64url');
    const createdAt = await this.uow.run(async (m) => {
      await m.query(`UPDATE calendar_feed SET revoked_at = now() WHERE school_id = $1 AND revoked_at IS NULL`, [
        schoolId,
      ]);
      const [row] = await m.query(
        `INSERT INTO calendar_feed (school_id, token_hash, created_by) VALUES ($1, $2, $3) RETURNING created_at`,
        [schoolId, hash(token), user.id],
      );
      return new Date(row.created_at).toISOString();
    });
    return { active: true, createdAt, url: `${baseUrl}/api/public/calendar-feeds/${token}.ics` };
  }

  async revoke(user: AuthUser, schoolId: string): Promise<void> {
    await this.mayManage(user, schoolId);
    await this.uow.run((m) =>
      m.query(`UPDATE calendar_feed SET revoked_at = now() WHERE school_id = $1 AND revoked_at IS NULL`, [schoolId]),
    );
  }

  /** Whether the signed-in specialist has a feed of their own sessions. */
  async staffStatus(user: AuthUser): Promise<CalendarFeedDto> {
    const staffId = await this.ownStaffId(user);
    const [row] = await this.dataSource.query(
      `SELECT created_at FROM calendar_feed WHERE staff_id = $1 AND revoked_at IS NULL`,
      [staffId],
    );
    return { active: !!row, createdAt: row ? new Date(row.created_at).toISOString() : null };
  }

  /** A new feed of the specialist's own sessions (the previous one stops); its URL is shown only now. */
  async createForStaff(user: AuthUser, baseUrl: string): Promise<CalendarFeedDto> {
    const staffId = await this.ownStaffId(user);
    const token = randomBytes(24).toString('base64url');
    const createdAt = await this.uow.run(async (m) => {
      await m.query(`UPDATE calendar_feed SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`, [
        staffId,
      ]);
      const [row] = await m.query(
        `INSERT INTO calendar_feed (staff_id, token_hash, created_by) VALUES ($1, $2, $3) RETURNING created_at`,
        [staffId, hash(token), user.id],
      );
      return new Date(row.created_at).toISOString();
    });
    return { active: true, createdAt, url: `${baseUrl}/api/public/calendar-feeds/${token}.ics` };
  }

  async revokeForStaff(user: AuthUser): Promise<void> {
    const staffId = await this.ownStaffId(user);
    await this.uow.run((m) =>
      m.query(`UPDATE calendar_feed SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`, [staffId]),
    );
  }

  /**
   * The feed's calendar: a school's every session that has (or had) a time; a specialist's sessions they are on
   * (not those an absence took them off). Unknown or revoked: 404.
   */
  async feed(token: string): Promise<string> {
    const [feed] = await this.dataSource.query(
      `SELECT f.school_id, f.staff_id, coalesce(s.name, sm.name) AS name
         FROM calendar_feed f LEFT JOIN school s ON s.id = f.school_id LEFT JOIN staff_member sm ON sm.id = f.staff_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [hash(token)],
    );
    if (!feed) throw new NotFoundException('Agenda niet gevonden');
    const query = this.dataSource
      .getRepository(Session)
      .createQueryBuilder('se')
      .innerJoinAndSelect('se.request', 'r')
      .leftJoinAndSelect('r.school', 's')
      .leftJoinAndSelect('r.club', 'c')
      .leftJoinAndSelect('r.partner', 'p')
      .innerJoinAndSelect('r.offer', 'o')
      .leftJoinAndSelect('se.group', 'g')
      .where('se.planned_start IS NOT NULL');
    if (feed.staff_id) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = se.id AND a.staff_id = :staffId AND a.absence_id IS NULL)`,
        { staffId: feed.staff_id },
      );
    } else {
      query.andWhere('r.school_id = :schoolId', { schoolId: feed.school_id });
    }
    const sessions = await query.orderBy('se.planned_start').getMany();
    return calendarFile(sessions, `Halt – ${feed.name}`, { method: 'PUBLISH' });
  }

  /** The signed-in specialist's own profile id; 404 when their account has none. */
  private async ownStaffId(user: AuthUser): Promise<string> {
    if (user.role !== 'staff') throw new ForbiddenException('Alleen een medewerker heeft een eigen agenda-koppeling');
    const [row] = await this.dataSource.query(`SELECT id FROM staff_member WHERE user_id = $1`, [user.id]);
    if (!row) throw new NotFoundException('Er is (nog) geen medewerkersprofiel aan uw account gekoppeld');
    return row.id;
  }

  private async mayManage(user: AuthUser, schoolId: string): Promise<void> {
    await this.schools.get(user, schoolId);
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === schoolId))) {
      throw new ForbiddenException('Alleen de school zelf of Halt-beheer beheert de agenda-koppeling');
    }
  }
}
