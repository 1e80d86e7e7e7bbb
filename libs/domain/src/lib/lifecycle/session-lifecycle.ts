import type { SessionState as ContractSessionState } from '@halt/contracts';
import { defineStateMachine, StateMachine, type TransitionTable } from './state-machine';

/** State of a session: the contract's `SessionState`, each one a row of the lifecycle's table. */
export type SessionState = ContractSessionState;

/** Events that move a `Session` between states. */
export const SESSION_EVENTS = ['plan', 'unplan', 'reschedule', 'confirm', 'deliver', 'cancel', 'no_show'] as const;

/** Event on a `Session`. */
export type SessionEvent = (typeof SESSION_EVENTS)[number];

/** The allowed transitions of a session, one row per state (see {@link sessionLifecycle}). */
const SESSION_TRANSITIONS: TransitionTable<SessionState, SessionEvent> = {
  open: { plan: 'planned', cancel: 'cancelled' },
  planned: { confirm: 'confirmed', unplan: 'open', reschedule: 'planned', cancel: 'cancelled' },
  confirmed: { deliver: 'delivered', no_show: 'no_show', reschedule: 'planned', cancel: 'cancelled' },
  delivered: {},
  cancelled: {},
  no_show: {},
};

/**
 * Session lifecycle: `open → planned → confirmed → delivered | no_show`, `cancelled` from
 * open/planned/confirmed; `unplan` planned → open (lost its date or staff); `reschedule`
 * planned/confirmed → planned (new time, to be confirmed again).
 * Final: `delivered`, `cancelled`, `no_show`.
 */
export const sessionLifecycle: StateMachine<SessionState, SessionEvent> = /* @__PURE__ */ defineStateMachine(
  SESSION_TRANSITIONS,
  {
    name: 'session',
    texts: {
      subject: 'de sessie',
      states: {
        open: 'is nog niet gepland',
        planned: 'is ingepland',
        confirmed: 'is bevestigd',
        delivered: 'is uitgevoerd',
        cancelled: 'is geannuleerd',
        no_show: 'is niet doorgegaan',
      },
      events: {
        plan: 'inplannen',
        unplan: 'planning intrekken',
        reschedule: 'verplaatsen',
        confirm: 'bevestigen',
        deliver: 'als uitgevoerd melden',
        cancel: 'annuleren',
        no_show: 'als niet doorgegaan melden',
      },
    },
  },
);

/** Every state of a session: the rows of the lifecycle's table (not a second list). */
export const SESSION_STATES: readonly SessionState[] = /* @__PURE__ */ Object.keys(
  SESSION_TRANSITIONS,
) as SessionState[];
