import type { AuditAction, AuditEventDto, Page } from '@halt/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { Actor, RequestContext } from '@halt/api/security';

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  changedFields?: string[];
  /** Defaults to the signed-in actor of the current request. */
  actor?: Actor | null;
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  entity?: string;
  action?: AuditAction;
  actorId?: string;
}

/** Writes and reads the audit trail. Writes join the caller's transaction when given its manager. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const ctx = RequestContext.current();
    const actor = record.actor === undefined ? ctx.actor : record.actor;
    await manager.insert(AuditEvent, {
      actorKind: actor ? 'user' : 'anonymous',
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      actorRole: actor?.role ?? null,
      organisation: actor?.organisation ?? null,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId ?? null,
      changedFields: record.changedFields ?? [],
      ip: ctx.ip ?? null,
      requestId: ctx.requestId ?? null,
    });
  }

  async list(query: AuditQuery): Promise<Page<AuditEventDto>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entity) qb.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    qb.orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorKind: e.actorKind,
        actorId: e.actorId,
        actorEmail: e.actorEmail,
        actorRole: e.actorRole,
        organisation: e.organisation,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        changedFields: e.changedFields,
        ip: e.ip,
        requestId: e.requestId,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
