import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@halt/contracts';

/** Who acts, as the audit trail records it. */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  organisation: string;
}

export interface RequestContextData {
  requestId?: string;
  ip?: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Per-request context (request id, client IP, signed-in actor) for code that has no request object. */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData {
    return storage.getStore() ?? {};
  },
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
};
