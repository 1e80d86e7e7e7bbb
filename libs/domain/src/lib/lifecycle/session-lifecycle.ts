import { defineStateMachine, StateMachine } from './state-machine';

/** States of one `Session` (one class, one time slot). */
export const SESSION_STATES = ['open', 'planned', 'confirmed', 'delivered', 'cancelled', 'no_show'] as const;

/** State of a `Session`. */
export type SessionState = (typeof SESSION_STATES)[number];

/** Events that move a `Session` between states. */
export const SESSION_EVENTS = ['plan', 'unplan', 'reschedule', 'confirm', 'deliver', 'cancel', 'no_show'] as const;

/** Event on a `Session`. */
export type SessionEvent = (typeof SESSION_EVENTS)[number];

/** Short Dutch labels of session states, for status chips. */
export const SESSION_STATE_LABELS: Record<SessionState, string> = {
  open: 'Nog niet gepland',
  planned: 'Ingepland',
  confirmed: 'Bevestigd',
  delivered: 'Uitgevoerd',
  cancelled: 'Geannuleerd',
  no_show: 'Niet doorgegaan',
};

/**
 * Session lifecycle: `open → planned → confirmed → delivered | no_show`, `cancelled` from
 * open/planned/confirmed; `unplan` planned → open (lost its date or staff); `reschedule`
 * planned/confirmed → planned (new time, to be confirmed again).
 * Final: `delivered`, `cancelled`, `no_show`.
 */
export const sessionLifecycle: StateMachine<SessionState, SessionEvent> = defineStateMachine<
  SessionState,
  SessionEvent
>(
  {
    open: { plan: 'planned', cancel: 'cancelled' },
    planned: { confirm: 'confirmed', unplan: 'open', reschedule: 'planned', cancel: 'cancelled' },
    confirmed: { deliver: 'delivered', no_show: 'no_show', reschedule: 'planned', cancel: 'cancelled' },
    delivered: {},
    cancelled: {},
    no_show: {},
  },
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
