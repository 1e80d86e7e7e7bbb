import { type BookingRequestEvent, bookingRequestLifecycle, type BookingRequestState } from './booking-request-lifecycle';
import type { SessionState } from './session-lifecycle';

const DONE: readonly SessionState[] = ['delivered', 'no_show', 'cancelled'];
const TIMED: readonly SessionState[] = ['planned', 'confirmed'];

/**
 * What a request's state does when its sessions change — the one rule behind "every session planned → the
 * request is planned", wherever a session changes (planning by hand, an auto-planner proposal, a class added,
 * a session moved, reported or cancelled). Returns the events to apply, in order; empty when nothing follows.
 *
 * - The first session with a time approves a submitted request (no gemeente approval needed).
 * - No open session left (and one with a time): an approved or change-requested request is planned.
 * - An open session again (a class added, a session sent back): a planned request is unplanned, a confirmed one
 *   gets a change request.
 * - Every session done (delivered, not held or cancelled) and at least one took place: the request is
 *   confirmed on the way and delivered.
 *
 * Cancelling or rejecting the whole request is a decision, not a consequence, and is not made here.
 */
export function requestEventsForSessions(
  state: BookingRequestState,
  sessions: readonly SessionState[],
): BookingRequestEvent[] {
  const live = sessions.filter((s) => s !== 'cancelled');
  if (live.length === 0) return [];
  const events: BookingRequestEvent[] = [];
  let current = state;
  const step = (event: BookingRequestEvent): boolean => {
    if (!bookingRequestLifecycle.can(current, event)) return false;
    current = bookingRequestLifecycle.next(current, event);
    events.push(event);
    return true;
  };
  const open = live.some((s) => s === 'open');
  const timed = live.some((s) => TIMED.includes(s));
  if (sessions.every((s) => DONE.includes(s))) {
    if (current === 'planned') step('confirm');
    step('deliver');
    return events;
  }
  if (current === 'submitted' && (timed || live.some((s) => DONE.includes(s)))) step('approve');
  if (!open && (current === 'approved' || current === 'change_requested')) step('plan');
  if (open && current === 'planned') step('unplan');
  if (open && current === 'confirmed') step('request_change');
  return events;
}
