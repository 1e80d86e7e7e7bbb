import { RequestContext } from '@halt/api/security';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { pgError } from './pg-errors';

/** Who a unit of work acts for when no signed-in user does: a job, the demo seed, generated bulk data. */
export type WorkActor =
  | { kind: 'system'; name: string }
  | { kind: 'seed'; name: string }
  /** Generated demo and benchmark data: written without an audit trail. */
  | { kind: 'bulk'; name: string };

export interface UnitOfWorkOptions {
  /** Defaults to the request's signed-in user, else `anonymous` inside a request, else required. */
  actor?: WorkActor;
  /** Attempts on a serialization failure or a deadlock (default 4). */
  attempts?: number;
}

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * The one way to write: a database transaction that first tells the database who acts (transaction-local
 * `halt.*` settings, read by the audit trigger of every audited table, which refuses writes without them),
 * then runs `work`. A serialization failure or deadlock runs the whole transaction again, a bounded number of
 * times, so a busy moment is not a 500. Locks are the caller's: take them in the documented order
 * (specialist, then session; order, then request).
 */
@Injectable()
export class UnitOfWork {
  private readonly log = new Logger('UnitOfWork');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (m: EntityManager) => Promise<T>, options: UnitOfWorkOptions = {}): Promise<T> {
    const attempts = options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (m) => {
          await m.query(
            `SELECT set_config('halt.actor_kind', $1, true), set_config('halt.actor_id', $2, true),
                    set_config('halt.actor_email', $3, true), set_config('halt.actor_role', $4, true),
                    set_config('halt.organisation', $5, true), set_config('halt.ip', $6, true),
                    set_config('halt.request_id', $7, true)`,
            settings(options.actor),
          );
          return work(m);
        });
      } catch (error) {
        const code = pgError(error)?.code;
        if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw error;
        this.log.warn(`retrying a transaction after ${code === '40P01' ? 'a deadlock' : 'a serialization failure'}`);
        await sleep(10 * attempt + Math.floor(Math.random() * 20 * attempt));
      }
    }
  }
}

/** The `halt.*` values: kind, actor id, e-mail, role, organisation, client IP, request id. */
function settings(actor: WorkActor | undefined): string[] {
  const ctx = RequestContext.current();
  if (actor) return [actor.kind, '', '', '', actor.name, ctx.ip ?? '', ctx.requestId ?? ''];
  const user = ctx.actor;
  if (user) return ['user', user.id, user.email, user.role, user.organisation, ctx.ip ?? '', ctx.requestId ?? ''];
  if (ctx.requestId) return ['anonymous', '', '', '', '', ctx.ip ?? '', ctx.requestId];
  throw new Error('UnitOfWork.run outside a request needs an actor (a job, the seed)');
}
