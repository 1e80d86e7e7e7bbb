import type { RequestState } from '@halt/contracts';
import { defineStateMachine, StateMachine, type TransitionTable } from './state-machine';

/** State of a school's request: the contract's `RequestState`, each one a row of the lifecycle's table. */
export type BookingRequestState = RequestState;

/** Events that move a `BookingRequest` between states. */
export const BOOKING_REQUEST_EVENTS = [
  'submit',
  'require_approval',
  'approve',
  'reject',
  'plan',
  'unplan',
  'replan',
  'confirm',
  'deliver',
  'close',
  'cancel',
  'request_change',
] as const;

/** Event on a `BookingRequest`. */
export type BookingRequestEvent = (typeof BOOKING_REQUEST_EVENTS)[number];

/** The allowed transitions of a school's request, one row per state (see {@link bookingRequestLifecycle}). */
const BOOKING_REQUEST_TRANSITIONS: TransitionTable<BookingRequestState, BookingRequestEvent> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { approve: 'approved', require_approval: 'awaiting_approval', reject: 'rejected', cancel: 'cancelled' },
  awaiting_approval: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { plan: 'planned', cancel: 'cancelled' },
  planned: {
    confirm: 'confirmed',
    replan: 'planned',
    unplan: 'approved',
    request_change: 'change_requested',
    cancel: 'cancelled',
  },
  confirmed: { deliver: 'delivered', replan: 'planned', request_change: 'change_requested', cancel: 'cancelled' },
  change_requested: { plan: 'planned', cancel: 'cancelled' },
  delivered: { close: 'closed' },
  closed: {},
  rejected: {},
  cancelled: {},
};

/**
 * Request lifecycle:
 * `draft → submitted → (awaiting_approval →) approved → planned → confirmed → delivered → closed`.
 * - `submitted`: `approve` when no approval is needed, `require_approval` when the gemeente must
 *   approve (then `approve` / `reject` from `awaiting_approval`); Halt may also `reject` a
 *   submitted request.
 * - `plan` when all sessions are planned; `unplan` back to `approved` when a session loses its
 *   date or staff; `replan` (planner moves dates) from `planned` or `confirmed` to `planned`.
 * - `request_change` (school asks to move) from `planned`/`confirmed` → `change_requested` → `plan`.
 * - `cancel` from every non-final state except `delivered`.
 * - Final: `closed`, `rejected`, `cancelled`. `reject` needs a reason.
 */
export const bookingRequestLifecycle: StateMachine<BookingRequestState, BookingRequestEvent> =
  /* @__PURE__ */ defineStateMachine<BookingRequestState, BookingRequestEvent>(BOOKING_REQUEST_TRANSITIONS, {
    name: 'booking-request',
    reasonRequired: ['reject'],
    texts: {
      subject: 'de aanvraag',
      states: {
        draft: 'is nog een concept',
        submitted: 'is ingediend',
        awaiting_approval: 'wacht op goedkeuring',
        approved: 'is goedgekeurd',
        planned: 'is ingepland',
        confirmed: 'is bevestigd',
        delivered: 'is uitgevoerd',
        closed: 'is afgesloten',
        rejected: 'is afgewezen',
        cancelled: 'is geannuleerd',
        change_requested: 'heeft een openstaand wijzigingsverzoek',
      },
      events: {
        submit: 'indienen',
        require_approval: 'goedkeuring vragen',
        approve: 'goedkeuren',
        reject: 'afwijzen',
        plan: 'inplannen',
        unplan: 'planning intrekken',
        replan: 'opnieuw inplannen',
        confirm: 'bevestigen',
        deliver: 'als uitgevoerd melden',
        close: 'afsluiten',
        cancel: 'annuleren',
        request_change: 'wijziging aanvragen',
      },
    },
  });

/** Every state of a school's request: the rows of the lifecycle's table (not a second list). */
export const BOOKING_REQUEST_STATES: readonly BookingRequestState[] = /* @__PURE__ */ Object.keys(
  BOOKING_REQUEST_TRANSITIONS,
) as BookingRequestState[];
