import { UnitOfWork } from '@halt/api/database';
import { type OfferDto, type Page, requesterKindOfRole } from '@halt/contracts';
import { type AuthUser, containsPattern } from '@halt/api/security';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Offer } from './offer.entity';
import { CreateOfferDto, OfferQueryDto, UpdateOfferDto } from './offer.dto';

export function toOfferDto(o: Offer): OfferDto {
  return {
    id: o.id,
    code: o.code,
    type: o.type,
    title: o.title,
    description: o.description,
    topics: o.topics,
    levels: o.levels,
    durationMinutes: o.durationMinutes,
    maxPupilsPerGroup: o.maxPupilsPerGroup,
    staffNeeded: o.staffNeeded,
    requiredSkill: o.requiredSkill,
    priceEuroCents: o.priceEuroCents,
    priceCredits: o.priceCredits,
    parentMeetingPossible: o.parentMeetingPossible,
    onlinePossible: o.onlinePossible,
    ondermijning: o.ondermijning,
    active: o.active,
    requesterKinds: o.requesterKinds,
    countsOnly: o.countsOnly,
  };
}

/**
 * The catalogue: everyone signed in browses the active offers (a school, club or wijkpartner those meant for its
 * kind of requester); admins see and maintain all of them.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  private repo() {
    return this.dataSource.getRepository(Offer);
  }

  /** One page of the catalogue (by type, then title) with the total of the filtered offers. */
  async list(user: AuthUser, query: OfferQueryDto): Promise<Page<OfferDto>> {
    const qb = this.repo().createQueryBuilder('o');
    if (user.role !== 'admin') qb.andWhere('o.active');
    // A requester sees the offers meant for its kind (a club Sport en Gedrag, a school the school offer).
    const kind = requesterKindOfRole(user.role);
    if (kind) qb.andWhere(':kind = ANY(o.requester_kinds)', { kind });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.level) qb.andWhere(':level = ANY(o.levels)', { level: query.level });
    if (query.topic) qb.andWhere(':topic = ANY(o.topics)', { topic: query.topic });
    if (query.q) {
      qb.andWhere('(o.title ILIKE :q OR o.description ILIKE :q)', {
        q: containsPattern(query.q),
      });
    }
    qb.orderBy('o.type')
      .addOrderBy('o.title')
      .addOrderBy('o.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toOfferDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** All topics of active offers, for the catalogue filter. */
  async topics(): Promise<string[]> {
    const rows: { topic: string }[] = await this.dataSource.query(
      `SELECT DISTINCT unnest(topics) AS topic FROM offer WHERE active ORDER BY 1`,
    );
    return rows.map((r) => r.topic);
  }

  async get(user: AuthUser, id: string): Promise<OfferDto> {
    const offer = await this.repo().findOneBy({ id });
    if (!offer || (!offer.active && user.role !== 'admin')) throw new NotFoundException('Aanbod niet gevonden');
    return toOfferDto(offer);
  }

  async create(dto: CreateOfferDto): Promise<OfferDto> {
    const saved = await this.uow.run((m) =>
      m.save(m.create(Offer, { ...dto, active: dto.active ?? true, requesterKinds: dto.requesterKinds ?? ['school'] })),
    );
    return toOfferDto(saved);
  }

  async update(id: string, dto: UpdateOfferDto): Promise<OfferDto> {
    return this.uow.run(async (m) => {
      const offer = await m.getRepository(Offer).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw new NotFoundException('Aanbod niet gevonden');
      m.merge(Offer, offer, dto);
      return toOfferDto(await m.save(Offer, offer));
    });
  }
}
