import { defineStateMachine, StateMachine } from './state-machine';

/** States of a gemeente's package order (`PackageOrder`). */
export const PACKAGE_ORDER_STATES = ['draft', 'ordered', 'accepted', 'active', 'closed', 'cancelled'] as const;

/** State of a `PackageOrder`. */
export type PackageOrderState = (typeof PACKAGE_ORDER_STATES)[number];

/** Events that move a `PackageOrder` between states. */
export const PACKAGE_ORDER_EVENTS = ['order', 'return', 'accept', 'activate', 'close', 'cancel'] as const;

/** Event on a `PackageOrder`. */
export type PackageOrderEvent = (typeof PACKAGE_ORDER_EVENTS)[number];

/** Short Dutch labels of package-order states, for status chips. */
export const PACKAGE_ORDER_STATE_LABELS: Record<PackageOrderState, string> = {
  draft: 'Concept',
  ordered: 'Besteld',
  accepted: 'Geaccepteerd',
  active: 'Actief',
  closed: 'Afgesloten',
  cancelled: 'Geannuleerd',
};

/**
 * Package-order lifecycle: `draft → ordered → accepted → active → closed`; `return` ordered →
 * draft (Halt sends an order back to the gemeente, needs a reason); `cancel` from
 * draft/ordered/accepted. Final: `closed`, `cancelled`.
 */
export const packageOrderLifecycle: StateMachine<PackageOrderState, PackageOrderEvent> = defineStateMachine<
  PackageOrderState,
  PackageOrderEvent
>(
  {
    draft: { order: 'ordered', cancel: 'cancelled' },
    ordered: { accept: 'accepted', return: 'draft', cancel: 'cancelled' },
    accepted: { activate: 'active', cancel: 'cancelled' },
    active: { close: 'closed' },
    closed: {},
    cancelled: {},
  },
  {
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
  },
);
