import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  UpdateEvent,
} from 'typeorm';
import type { AuditRecord } from './audit.service';
import { AuditService } from './audit.service';

/**
 * Entities whose writes are not audited row by row: the trail itself, session tokens (sign-in/out are
 * audited) and the state-transition records, which are a trail of their own.
 */
const NOT_AUDITED = new Set(['AuditEvent', 'RefreshToken', 'RequestTransition', 'SessionTransition']);

/** Columns never named in the trail's list of changed fields. */
const HIDDEN_FIELDS = new Set(['passwordHash', 'updatedAt', 'createdAt']);

/**
 * Records every create, update and delete made through TypeORM entities, inside the same transaction as
 * the change, with the actor and IP of the current request. Only field names are stored, never values.
 */
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    dataSource.subscribers.push(this);
  }

  /**
   * TypeORM calls the listeners of one save in parallel on one connection; queue the audit inserts per
   * query runner so the connection runs one query at a time.
   */
  private write(queryRunner: QueryRunner, manager: EntityManager, record: AuditRecord): Promise<void> {
    const data = queryRunner.data as { auditChain?: Promise<void> };
    const next = (data.auditChain ?? Promise.resolve()).then(() => this.audit.record(record, manager));
    data.auditChain = next.catch(() => undefined);
    return next;
  }

  async afterInsert(event: InsertEvent<object>): Promise<void> {
    const name = event.metadata.name;
    if (NOT_AUDITED.has(name)) return;
    await this.write(event.queryRunner, event.manager, {
      action: 'create',
      entity: name,
      entityId: idOf(event.metadata.getEntityIdMap(event.entity)),
    });
  }

  async afterUpdate(event: UpdateEvent<object>): Promise<void> {
    const name = event.metadata.name;
    if (NOT_AUDITED.has(name)) return;
    const fields = event.updatedColumns.map((c) => c.propertyName).filter((f) => !HIDDEN_FIELDS.has(f));
    if (event.updatedColumns.some((c) => c.propertyName === 'passwordHash')) fields.push('password');
    const ids = event.entity ? event.metadata.getEntityIdMap(event.entity) : undefined;
    const dbIds = event.databaseEntity ? event.metadata.getEntityIdMap(event.databaseEntity) : undefined;
    await this.write(event.queryRunner, event.manager, {
      action: 'update',
      entity: name,
      entityId: idOf(ids ?? dbIds),
      changedFields: fields,
    });
  }

  async afterRemove(event: RemoveEvent<object>): Promise<void> {
    const name = event.metadata.name;
    if (NOT_AUDITED.has(name)) return;
    const id =
      event.entityId ?? (event.databaseEntity ? event.metadata.getEntityIdMap(event.databaseEntity) : undefined);
    await this.write(event.queryRunner, event.manager, { action: 'delete', entity: name, entityId: idOf(id) });
  }
}

function idOf(id: unknown): string | null {
  if (id === undefined || id === null) return null;
  if (typeof id === 'object') {
    const values = Object.values(id as Record<string, unknown>);
    return values.length === 1 ? String(values[0]) : JSON.stringify(id);
  }
  return String(id);
}
