import { UnitOfWork } from '@halt/api/database';
import { type AuthUser, containsPattern } from '@halt/api/security';
import type { NeighbourhoodPartnerDto, Page, SportsClubDto } from '@halt/contracts';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Municipality } from './municipality.entity';
import { NeighbourhoodPartner } from './neighbourhood-partner.entity';
import { scopeMunicipalities } from './organisation-scope';
import {
  CreateNeighbourhoodPartnerDto,
  CreateSportsClubDto,
  RequesterOrganisationQueryDto,
  UpdateNeighbourhoodPartnerDto,
  UpdateSportsClubDto,
} from './requester-organisations.dto';
import { SportsClub } from './sports-club.entity';

type Kind = 'club' | 'partner';
const ENTITY = { club: SportsClub, partner: NeighbourhoodPartner } as const;
const NOT_FOUND = { club: 'Sportvereniging niet gevonden', partner: 'Wijkpartner niet gevonden' } as const;

const base = (o: SportsClub | NeighbourhoodPartner, municipalityName: string) => ({
  id: o.id,
  name: o.name,
  street: o.street,
  postcode: o.postcode,
  place: o.place,
  municipalityId: o.municipalityId,
  municipalityName,
  latitude: o.latitude,
  longitude: o.longitude,
});

export const toSportsClubDto = (c: SportsClub): SportsClubDto => ({
  ...base(c, c.municipality?.name ?? ''),
  knvbNumber: c.knvbNumber,
});

export const toNeighbourhoodPartnerDto = (p: NeighbourhoodPartner): NeighbourhoodPartnerDto => ({
  ...base(p, p.municipality?.name ?? ''),
  kind: p.kind,
});

/**
 * Sportverenigingen and wijkpartners, the requesters beyond schools (tables `sports_club`, `neighbourhood_partner`,
 * owned here). Admins create and edit them; a gemeente and a planner read those of their gemeente or regions, a
 * club or partner user its own. Every write is one unit of work (the audit trigger records it).
 */
@Injectable()
export class RequesterOrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  listClubs(user: AuthUser, query: RequesterOrganisationQueryDto): Promise<Page<SportsClubDto>> {
    return this.list('club', user, query, toSportsClubDto);
  }

  listPartners(user: AuthUser, query: RequesterOrganisationQueryDto): Promise<Page<NeighbourhoodPartnerDto>> {
    return this.list('partner', user, query, toNeighbourhoodPartnerDto);
  }

  async getClub(user: AuthUser, id: string): Promise<SportsClubDto> {
    return toSportsClubDto(await this.find(this.dataSource.manager, 'club', user, id));
  }

  async getPartner(user: AuthUser, id: string): Promise<NeighbourhoodPartnerDto> {
    return toNeighbourhoodPartnerDto(await this.find(this.dataSource.manager, 'partner', user, id));
  }

  createClub(dto: CreateSportsClubDto): Promise<SportsClubDto> {
    return this.uow.run(async (m) => {
      await this.municipality(m, dto.municipalityId);
      await this.knvbFree(m, dto.knvbNumber);
      const saved = await m.save(m.create(SportsClub, dto));
      return toSportsClubDto(await this.reload(m, 'club', saved.id));
    });
  }

  updateClub(id: string, dto: UpdateSportsClubDto): Promise<SportsClubDto> {
    return this.uow.run(async (m) => {
      const club: SportsClub = await this.lock(m, 'club', id);
      if (dto.municipalityId !== undefined) await this.municipality(m, dto.municipalityId);
      if (dto.knvbNumber !== undefined && dto.knvbNumber !== club.knvbNumber) await this.knvbFree(m, dto.knvbNumber);
      await m.save(SportsClub, m.merge(SportsClub, club, dto));
      return toSportsClubDto(await this.reload(m, 'club', id));
    });
  }

  createPartner(dto: CreateNeighbourhoodPartnerDto): Promise<NeighbourhoodPartnerDto> {
    return this.uow.run(async (m) => {
      await this.municipality(m, dto.municipalityId);
      const saved = await m.save(m.create(NeighbourhoodPartner, dto));
      return toNeighbourhoodPartnerDto(await this.reload(m, 'partner', saved.id));
    });
  }

  updatePartner(id: string, dto: UpdateNeighbourhoodPartnerDto): Promise<NeighbourhoodPartnerDto> {
    return this.uow.run(async (m) => {
      const partner: NeighbourhoodPartner = await this.lock(m, 'partner', id);
      if (dto.municipalityId !== undefined) await this.municipality(m, dto.municipalityId);
      await m.save(NeighbourhoodPartner, m.merge(NeighbourhoodPartner, partner, dto));
      return toNeighbourhoodPartnerDto(await this.reload(m, 'partner', id));
    });
  }

  /** One page (by name) of what the user may see, filtered in SQL. */
  private async list<E extends SportsClub | NeighbourhoodPartner, D>(
    kind: Kind,
    user: AuthUser,
    query: RequesterOrganisationQueryDto,
    map: (e: E) => D,
  ): Promise<Page<D>> {
    const qb = this.scoped(this.dataSource.manager, kind, user);
    if (query.municipalityId) qb.andWhere('o.municipality_id = :mid', { mid: query.municipalityId });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: containsPattern(query.q) });
    const [rows, total] = await qb
      .orderBy('o.name')
      .addOrderBy('o.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: (rows as E[]).map(map), total, page: query.page, pageSize: query.pageSize };
  }

  /** Admins all; a club or partner user only its own; gemeenten and planners those of their gemeente or regions. */
  private scoped(m: EntityManager, kind: Kind, user: AuthUser) {
    const qb = m
      .getRepository<SportsClub | NeighbourhoodPartner>(ENTITY[kind])
      .createQueryBuilder('o')
      .innerJoinAndSelect('o.municipality', 'm');
    if (user.role === 'vereniging') return qb.andWhere(kind === 'club' ? 'o.id = :own' : 'false', { own: user.clubId });
    if (user.role === 'wijkpartner') {
      return qb.andWhere(kind === 'partner' ? 'o.id = :own' : 'false', { own: user.partnerId });
    }
    if (user.role === 'school' || user.role === 'staff') return qb.andWhere('false');
    return scopeMunicipalities(qb, user);
  }

  private async find(m: EntityManager, kind: Kind, user: AuthUser, id: string) {
    const found = await this.scoped(m, kind, user).andWhere('o.id = :id', { id }).getOne();
    if (!found) throw new NotFoundException(NOT_FOUND[kind]);
    return found as never;
  }

  private async reload(m: EntityManager, kind: Kind, id: string) {
    return (await m.getRepository<SportsClub | NeighbourhoodPartner>(ENTITY[kind]).findOneOrFail({
      where: { id },
      relations: { municipality: true },
    })) as never;
  }

  private async lock<E>(m: EntityManager, kind: Kind, id: string): Promise<E> {
    const found = await m
      .getRepository<SportsClub | NeighbourhoodPartner>(ENTITY[kind])
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundException(NOT_FOUND[kind]);
    return found as E;
  }

  private async municipality(m: EntityManager, id: string): Promise<void> {
    const found = await m.findOne(Municipality, { where: { id } });
    const error = !found ? 'deze gemeente bestaat niet' : found.retiredAt ? 'deze gemeente is opgeheven' : null;
    if (error) {
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'municipalityId', message: error }],
      });
    }
  }

  private async knvbFree(m: EntityManager, knvbNumber: string): Promise<void> {
    const taken = await m.findOne(SportsClub, { where: { knvbNumber } });
    if (taken) throw new ConflictException(`Er is al een vereniging met KNVB-clubnummer ${knvbNumber}: ${taken.name}`);
  }
}
