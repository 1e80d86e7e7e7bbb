import { UnitOfWork } from '@halt/api/database';
import type { MunicipalityDto, Page, RegionDto, SchoolDto } from '@halt/contracts';
import { type AuthUser, containsPattern } from '@halt/api/security';
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalityQueryDto } from './municipality-admin.dto';
import { Municipality } from './municipality.entity';
import { scopeMunicipalities, scopeSchools } from './organisation-scope';
import { Region } from './region.entity';
import { School } from './school.entity';
import { SchoolQueryDto } from './school-query.dto';
import { UpdateSchoolDto } from './update-school.dto';

const hhmm = (t: string) => t.slice(0, 5);

export function toSchoolDto(s: School): SchoolDto {
  return {
    id: s.id,
    name: s.name,
    brin: s.brin,
    type: s.type,
    street: s.street,
    postcode: s.postcode,
    city: s.city,
    latitude: s.latitude,
    longitude: s.longitude,
    municipalityId: s.municipalityId,
    municipalityName: s.municipality?.name ?? '',
    holidayRegion: s.holidayRegion,
    holidayRegionOverride: s.holidayRegionOverride,
    locationPrecision: s.locationPrecision,
    dayStart: hhmm(s.dayStart),
    dayEnd: hhmm(s.dayEnd),
  };
}

export function toMunicipalityDto(m: Municipality): MunicipalityDto {
  return {
    id: m.id,
    cbsCode: m.cbsCode,
    name: m.name,
    regionId: m.regionId,
    holidayRegion: m.holidayRegion,
    retired: m.retiredAt !== null,
    successorId: m.successorId,
    pmgSince: m.pmgSince,
  };
}

/** Schools, municipalities and regions, always through the signed-in user's organisation scope. */
@Injectable()
export class SchoolsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  private schools(user: AuthUser, manager: EntityManager = this.dataSource.manager) {
    const qb = manager.getRepository(School).createQueryBuilder('s').innerJoinAndSelect('s.municipality', 'm');
    return scopeSchools(qb, user);
  }

  /** One page of the schools in the user's scope, by name, with the total; `q` searches name, BRIN and place. */
  async list(user: AuthUser, query: SchoolQueryDto): Promise<Page<SchoolDto>> {
    const qb = this.schools(user);
    if (query.q) {
      qb.andWhere('(s.name ILIKE :q OR s.brin ILIKE :q OR s.city ILIKE :q)', {
        q: containsPattern(query.q),
      });
    }
    const [rows, total] = await qb
      .orderBy('s.name')
      .addOrderBy('s.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toSchoolDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** A school outside the user's scope is reported as not found, so its existence does not leak. */
  async get(user: AuthUser, id: string): Promise<SchoolDto> {
    const school = await this.schools(user).andWhere('s.id = :id', { id }).getOne();
    if (!school) throw new NotFoundException('School niet gevonden');
    return toSchoolDto(school);
  }

  async update(user: AuthUser, id: string, dto: UpdateSchoolDto): Promise<SchoolDto> {
    return this.uow.run(async (manager) => {
      const school = await this.schools(user, manager)
        .andWhere('s.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['s'])
        .getOne();
      if (!school) throw new NotFoundException('School niet gevonden');
      if (!(user.role === 'admin' || (user.role === 'school' && user.schoolId === school.id))) {
        throw new ForbiddenException('Alleen de school zelf of Halt-beheer mag deze gegevens wijzigen');
      }
      const dayStart = dto.dayStart ?? hhmm(school.dayStart);
      const dayEnd = dto.dayEnd ?? hhmm(school.dayEnd);
      if (dayStart >= dayEnd) {
        throw new BadRequestException({
          message: 'Validatie mislukt',
          errors: [{ field: 'dayEnd', message: 'moet later zijn dan het begin van de schooldag' }],
        });
      }
      const changes: Partial<School> = {};
      for (const key of ['street', 'postcode', 'city', 'dayStart', 'dayEnd'] as const) {
        if (dto[key] !== undefined) changes[key] = dto[key];
      }
      manager.merge(School, school, changes);
      const saved = await manager.save(School, school);
      return toSchoolDto(saved);
    });
  }

  /** One page of the gemeenten in the user's scope, by name, with the total. */
  async municipalities(user: AuthUser, query: MunicipalityQueryDto): Promise<Page<MunicipalityDto>> {
    const qb = this.dataSource.getRepository(Municipality).createQueryBuilder('m');
    if (!query.includeRetired) qb.andWhere('m.retired_at IS NULL');
    const [rows, total] = await scopeMunicipalities(qb, user)
      .orderBy('m.name')
      .addOrderBy('m.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map(toMunicipalityDto),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async municipality(user: AuthUser, id: string): Promise<MunicipalityDto> {
    const qb = this.dataSource.getRepository(Municipality).createQueryBuilder('m').where('m.id = :id', { id });
    const m = await scopeMunicipalities(qb, user).getOne();
    if (!m) throw new NotFoundException('Gemeente niet gevonden');
    return toMunicipalityDto(m);
  }

  async regions(): Promise<RegionDto[]> {
    const rows = await this.dataSource.getRepository(Region).find({ order: { name: 'ASC' } });
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name }));
  }
}
