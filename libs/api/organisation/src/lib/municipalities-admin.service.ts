import { UnitOfWork } from '@halt/api/database';
import type {
  MunicipalityDto,
  RegionDto,
  RegionWithMunicipalitiesDto,
  RetireMunicipalityResultDto,
  SchoolDto,
} from '@halt/contracts';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  CreateMunicipalityDto,
  CreateRegionDto,
  RetireMunicipalityDto,
  SchoolHolidayRegionDto,
  UpdateMunicipalityDto,
} from './municipality-admin.dto';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { School } from './school.entity';
import { toMunicipalityDto, toSchoolDto } from './schools.service';

const invalid = (field: string, message: string) =>
  new BadRequestException({ message: 'Controleer de invoer', errors: [{ field, message }] });

/**
 * Halt's admins maintain the gemeenten (create, rename, move to another region, set the holiday region, retire a
 * merged one into its successor) and a school's holiday-region override. Every write is one unit of work; the
 * audit trigger records it.
 */
@Injectable()
export class MunicipalitiesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Every region with its current (not retired) gemeenten, by name. Halt has a handful of regions and ~340 gemeenten. */
  async regionsWithMunicipalities(): Promise<RegionWithMunicipalitiesDto[]> {
    const regions = await this.dataSource.getRepository(Region).find({ order: { name: 'ASC' } });
    const municipalities = await this.dataSource
      .getRepository(Municipality)
      .find({ where: { retiredAt: IsNull() }, order: { name: 'ASC' } });
    return regions.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      municipalities: municipalities.filter((m) => m.regionId === r.id).map(toMunicipalityDto),
    }));
  }

  /** A new Halt region; a taken code is a 409 naming the region that has it. */
  async createRegion(dto: CreateRegionDto): Promise<RegionDto> {
    return this.uow.run(async (manager) => {
      const taken = await manager.findOne(Region, { where: { code: dto.code } });
      if (taken) throw new ConflictException(`Er is al een regio met code ${dto.code}: ${taken.name}`);
      const saved = await manager.save(Region, manager.create(Region, { code: dto.code, name: dto.name }));
      return { id: saved.id, code: saved.code, name: saved.name };
    });
  }

  async create(dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    if ((dto.latitude === undefined) !== (dto.longitude === undefined)) {
      throw invalid(dto.latitude === undefined ? 'latitude' : 'longitude', 'geef breedte- en lengtegraad samen op');
    }
    return this.uow.run(async (manager) => {
      await this.region(manager, dto.regionId);
      const taken = await manager.findOne(Municipality, { where: { cbsCode: dto.cbsCode } });
      if (taken) throw new ConflictException(`Er is al een gemeente met CBS-code ${dto.cbsCode}: ${taken.name}`);
      const saved = await manager.save(
        Municipality,
        manager.create(Municipality, {
          cbsCode: dto.cbsCode,
          name: dto.name,
          regionId: dto.regionId,
          holidayRegion: dto.holidayRegion,
          latitude: dto.latitude ?? null,
          longitude: dto.longitude ?? null,
          retiredAt: null,
          successorId: null,
          pmgSince: null,
        }),
      );
      return toMunicipalityDto(saved);
    });
  }

  /** Name, region or holiday region; a new holiday region reaches the gemeente's schools without an override. */
  async update(id: string, dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.uow.run(async (manager) => {
      const m = await this.lock(manager, id);
      if (m.retiredAt) throw new ConflictException(`Gemeente ${m.name} is opgeheven en kan niet meer worden gewijzigd`);
      if (dto.regionId !== undefined) await this.region(manager, dto.regionId);
      for (const key of ['name', 'regionId', 'holidayRegion', 'pmgSince'] as const) {
        if (dto[key] !== undefined) (m as unknown as Record<string, unknown>)[key] = dto[key];
      }
      return toMunicipalityDto(await manager.save(Municipality, m));
    });
  }

  /**
   * Retires a merged gemeente into its successor: its schools move there (and take the successor's holiday region
   * unless they have an override). What the organisation area cannot move is refused with a 409 naming it: user
   * accounts of the gemeente (identity's; move or deactivate them first) and package orders that are still open
   * (packages' budgets are per gemeente; closed and cancelled orders stay with the old gemeente as history).
   */
  async retire(id: string, dto: RetireMunicipalityDto): Promise<RetireMunicipalityResultDto> {
    if (dto.successorId === id) throw invalid('successorId', 'moet een andere gemeente zijn');
    return this.uow.run(async (manager) => {
      // Both rows locked, always in id order, so two retirements cannot deadlock or chain into a loop.
      const [first, second] = [id, dto.successorId].sort();
      const locked = new Map<string, Municipality>();
      for (const key of [first, second]) {
        const row = await manager
          .getRepository(Municipality)
          .createQueryBuilder('m')
          .where('m.id = :key', { key })
          .setLock('pessimistic_write')
          .getOne();
        if (row) locked.set(key, row);
      }
      const m = locked.get(id);
      if (!m) throw new NotFoundException('Gemeente niet gevonden');
      const successor = locked.get(dto.successorId);
      if (!successor) throw invalid('successorId', 'is geen bestaande gemeente');
      if (m.retiredAt) throw new ConflictException(`Gemeente ${m.name} is al opgeheven`);
      if (successor.retiredAt) {
        throw new ConflictException(`Gemeente ${successor.name} is zelf opgeheven en kan geen opvolger zijn`);
      }
      const [{ users, orders }] = await manager.query(
        `SELECT (SELECT count(*)::int FROM app_user WHERE municipality_id = $1 AND active) AS users,
                (SELECT count(*)::int FROM package_order WHERE municipality_id = $1
                   AND status NOT IN ('closed', 'cancelled')) AS orders`,
        [id],
      );
      const blockers: string[] = [];
      if (users > 0)
        blockers.push(`${users} actieve gebruiker(s) van de gemeente (zet ze eerst over of op non-actief)`);
      if (orders > 0) blockers.push(`${orders} pakketbestelling(en) die nog niet gesloten zijn`);
      if (blockers.length > 0) {
        throw new ConflictException(`Gemeente ${m.name} kan nog niet worden opgeheven: ${blockers.join('; ')}`);
      }
      const moved = await manager.update(School, { municipalityId: id }, { municipalityId: successor.id });
      m.retiredAt = new Date();
      m.successorId = successor.id;
      const saved = await manager.save(Municipality, m);
      return { municipality: toMunicipalityDto(saved), schoolsMoved: moved.affected ?? 0 };
    });
  }

  /** Sets or clears a school's own holiday region; the database derives the effective one. */
  async setSchoolHolidayRegion(schoolId: string, dto: SchoolHolidayRegionDto): Promise<SchoolDto> {
    return this.uow.run(async (manager) => {
      const school = await manager
        .getRepository(School)
        .createQueryBuilder('s')
        .where('s.id = :schoolId', { schoolId })
        .setLock('pessimistic_write')
        .getOne();
      if (!school) throw new NotFoundException('School niet gevonden');
      await manager.update(School, { id: schoolId }, { holidayRegionOverride: dto.override });
      const saved = await manager.findOneOrFail(School, { where: { id: schoolId }, relations: { municipality: true } });
      return toSchoolDto(saved);
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<Municipality> {
    const m = await manager
      .getRepository(Municipality)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!m) throw new NotFoundException('Gemeente niet gevonden');
    return m;
  }

  private async region(manager: EntityManager, regionId: string): Promise<void> {
    if (!(await manager.exists(Region, { where: { id: regionId } }))) {
      throw invalid('regionId', 'is geen regio van Halt');
    }
  }
}
