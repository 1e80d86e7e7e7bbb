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
 * A private iCal feed per school, for the school's own calendar app: the URL carries a random secret that
 * is stored only as a hash, shown once, and revocable (making a new one revokes the old).
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

  /** The feed's calendar: every session of the school that has (or had) a time. Unknown or revoked: 404. */
  async feed(token: string): Promise<string> {
    const [feed] = await this.dataSource.query(
      `SELECT f.school_id, s.name FROM calendar_feed f JOIN school s ON s.id = f.school_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [hash(token)],
    );
    if (!feed) throw new NotFoundException('Agenda niet gevonden');
    const sessions = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('se')
      .innerJoinAndSelect('se.request', 'r')
      .innerJoinAndSelect('r.school', 's')
      .innerJoinAndSelect('r.offer', 'o')
      .leftJoinAndSelect('se.group', 'g')
      .where('r.school_id = :schoolId AND se.planned_start IS NOT NULL', { schoolId: feed.school_id })
      .orderBy('se.planned_start')
      .getMany();
    return calendarFile(sessions, `Halt – ${feed.name}`, { method: 'PUBLISH' });
  }

  private async mayManage(user: AuthUser, schoolId: string): Promise<void> {
    await this.schools.get(user, schoolId);
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === schoolId))) {
      throw new ForbiddenException('Alleen de school zelf of Halt-beheer beheert de agenda-koppeling');
    }
  }
}
