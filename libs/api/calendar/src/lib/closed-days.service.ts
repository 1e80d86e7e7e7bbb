import { UnitOfWork } from '@halt/api/database';
import type { ClosedDayDto } from '@halt/contracts';
import { SchoolsService } from '@halt/api/organisation';
import type { AuthUser } from '@halt/api/security';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CreateClosedDayDto } from './calendar.dto';
import { SchoolClosedDay } from './school-closed-day.entity';

const toDto = (d: SchoolClosedDay): ClosedDayDto => ({
  id: d.id,
  schoolId: d.schoolId,
  date: d.date,
  reason: d.reason,
});

/** A school's own closed days: visible to whoever may see the school, managed by the school itself (and admins). */
@Injectable()
export class ClosedDaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly schools: SchoolsService,
  ) {}

  async list(user: AuthUser, schoolId: string, from?: string, to?: string): Promise<ClosedDayDto[]> {
    await this.schools.get(user, schoolId); // 404 outside the user's scope
    const qb = this.dataSource
      .getRepository(SchoolClosedDay)
      .createQueryBuilder('d')
      .where('d.school_id = :schoolId', { schoolId });
    if (from) qb.andWhere('d.date >= :from', { from });
    if (to) qb.andWhere('d.date <= :to', { to });
    return (await qb.orderBy('d.date').getMany()).map(toDto);
  }

  async add(user: AuthUser, schoolId: string, dto: CreateClosedDayDto): Promise<ClosedDayDto> {
    await this.mayManage(user, schoolId);
    const repo = this.dataSource.getRepository(SchoolClosedDay);
    if (await repo.existsBy({ schoolId, date: dto.date })) {
      throw new ConflictException({ message: 'Op deze datum is de school al dicht', conflict: { date: dto.date } });
    }
    return toDto(
      await this.uow.run((m) => m.save(m.create(SchoolClosedDay, { schoolId, date: dto.date, reason: dto.reason }))),
    );
  }

  async remove(user: AuthUser, schoolId: string, id: string): Promise<void> {
    await this.mayManage(user, schoolId);
    const repo = this.dataSource.getRepository(SchoolClosedDay);
    const row = await repo.findOneBy({ id, schoolId });
    if (!row) throw new NotFoundException('Vrije dag niet gevonden');
    await this.uow.run((m) => m.remove(row));
  }

  private async mayManage(user: AuthUser, schoolId: string): Promise<void> {
    await this.schools.get(user, schoolId);
    if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === schoolId))) {
      throw new ForbiddenException('Alleen de school zelf of Halt-beheer beheert de vrije dagen van een school');
    }
  }
}
