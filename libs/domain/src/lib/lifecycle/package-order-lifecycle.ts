import type { PackageOrderState as ContractPackageOrderState } from '@halt/contracts';
import { defineStateMachine, StateMachine, type TransitionTable } from './state-machine';

/** State of a gemeente's package order: the contract's `PackageOrderState`, each one a row of the lifecycle's table. */
export type PackageOrderState = ContractPackageOrderState;

/** Events that move a `PackageOrder` between states. */
export const PACKAGE_ORDER_EVENTS = ['order', 'return', 'accept', 'activate', 'close', 'cancel'] as const;

/** Event on a `PackageOrder`. */
export type PackageOrderEvent = (typeof PACKAGE_ORDER_EVENTS)[number];

/** The allowed transitions of a gemeente's package order, one row per state (see {@link packageOrderLifecycle}). */
const PACKAGE_ORDER_TRANSITIONS: TransitionTable<PackageOrderState, PackageOrderEvent> = {
  draft: { order: 'ordered', cancel: 'cancelled' },
  ordered: { accept: 'accepted', return: 'draft', cancel: 'cancelled' },
  accepted: { activate: 'active', cancel: 'cancelled' },
  active: { close: 'closed' },
  closed: {},
  cancelled: {},
};

/**
 * Package-order lifecycle: `draft → ordered → accepted → active → closed`; `return` ordered →
 * draft (Halt sends an order back to the gemeente, needs a reason); `cancel` from
 * draft/ordered/accepted. Final: `closed`, `cancelled`.
 */
export const packageOrderLifecycle: StateMachine<PackageOrderState, PackageOrderEvent> =
  /* @__PURE__ */ defineStateMachine<PackageOrderState, PackageOrderEvent>(PACKAGE_ORDER_TRANSITIONS, {
    name: 'package-order',
    reasonRequired: ['return'],
    texts: {
      subject: 'de pakketbestelling',
      states: {
        draft: 'is nog een concept',
        ordered: 'is besteld',
        accepted: 'is geaccepteerd',
        active: 'is actief',
        closed: 'is afgesloten',
        cancelled: 'is geannuleerd',
      },
      events: {
        order: 'bestellen',
        return: 'terugsturen',
        accept: 'accepteren',
        activate: 'activeren',
        close: 'afsluiten',
        cancel: 'annuleren',
      },
    },
  });

/** Every state of a gemeente's package order: the rows of the lifecycle's table (not a second list). */
export const PACKAGE_ORDER_STATES: readonly PackageOrderState[] = /* @__PURE__ */ Object.keys(
  PACKAGE_ORDER_TRANSITIONS,
) as PackageOrderState[];
