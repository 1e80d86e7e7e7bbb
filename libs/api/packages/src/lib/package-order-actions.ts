import type { AuthUser } from '@halt/api/security';
import type { PackageOrderState } from '@halt/contracts';
import { packageOrderLifecycle, type PackageOrderEvent } from '@halt/domain';

/** Who may apply which order event: the gemeente that owns the order, or Halt (admin). */
export const EVENT_ROLES: Record<PackageOrderEvent, ('gemeente' | 'admin')[]> = {
  order: ['gemeente'],
  cancel: ['gemeente', 'admin'],
  accept: ['admin'],
  return: ['admin'],
  activate: ['admin'],
  close: ['admin'],
};

/** What the user may do with an order in this state: the lifecycle's events for their role, amend and edit. */
export function allowedActions(user: AuthUser, status: PackageOrderState): string[] {
  const role = user.role as 'gemeente' | 'admin';
  const events = packageOrderLifecycle
    .allowedEvents(status)
    .filter((e) => e !== 'activate' && EVENT_ROLES[e].includes(role));
  const actions: string[] = [...events];
  if (!packageOrderLifecycle.isFinal(status)) actions.push('amend');
  if (status === 'draft' && role === 'gemeente') actions.push('edit');
  return actions;
}
