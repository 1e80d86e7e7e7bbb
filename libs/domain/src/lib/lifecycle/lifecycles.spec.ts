import { bookingRequestLifecycle, BOOKING_REQUEST_EVENTS, BOOKING_REQUEST_STATES } from './booking-request-lifecycle';
import { packageOrderLifecycle, PACKAGE_ORDER_EVENTS, PACKAGE_ORDER_STATES } from './package-order-lifecycle';
import { sessionLifecycle, SESSION_EVENTS, SESSION_STATES } from './session-lifecycle';
import { IllegalTransitionError, StateMachine } from './state-machine';

const at = new Date('2026-12-14T07:30:00Z');

interface Case<S extends string, E extends string> {
  machine: StateMachine<S, E>;
  /** The states as written out here, independently of the table. */
  states: readonly S[];
  /** The exported list of states, which must be the table's own. */
  list: readonly S[];
  events: readonly E[];
  /** The expected table, written out independently of the implementation: `from event to`. */
  expected: string[];
  finals: S[];
  illegal: [S, E, E[], string][];
}

function suite<S extends string, E extends string>(title: string, c: Case<S, E>) {
  describe(title, () => {
    const expected = new Map(c.expected.map((line) => line.split(' ')).map(([f, e, t]) => [`${f} ${e}`, t]));

    it('has exactly the expected transitions', () => {
      expect(c.machine.transitions.map((t) => `${t.from} ${t.event} ${t.to}`).sort()).toEqual([...c.expected].sort());
      expect([...c.machine.states].sort()).toEqual([...c.states].sort());
      expect(c.list).toEqual(c.machine.states);
      expect([...c.machine.events].sort()).toEqual([...c.events].sort());
    });

    it.each(c.expected.map((line) => line.split(' ') as [S, E, S]))('%s --%s--> %s works', (from, event, to) => {
      expect(c.machine.can(from, event)).toBe(true);
      expect(c.machine.next(from, event)).toBe(to);
      const { state, record } = c.machine.apply({ state: from }, event, { at, by: 'user-1', reason: 'test' });
      expect(state).toBe(to);
      expect(record).toEqual({ from, to, event, at, by: 'user-1', reason: 'test' });
    });

    it('throws for every other state/event pair, listing the allowed events', () => {
      for (const from of c.states) {
        for (const event of c.events) {
          if (expected.has(`${from} ${event}`)) continue;
          expect(c.machine.can(from, event)).toBe(false);
          let error: unknown;
          try {
            c.machine.next(from, event);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(IllegalTransitionError);
          expect((error as IllegalTransitionError).allowed).toEqual(c.machine.allowedEvents(from));
        }
      }
    });

    it.each(c.illegal)('illegal: %s --%s--> allows %j', (from, event, allowed, message) => {
      expect(() => c.machine.next(from, event)).toThrow(
        expect.objectContaining({ name: 'IllegalTransitionError', from, event, allowed, message }),
      );
    });

    it('final states have no events; other states have some', () => {
      for (const s of c.states) {
        expect(c.machine.isFinal(s)).toBe(c.finals.includes(s));
        expect(c.machine.allowedEvents(s).length === 0).toBe(c.finals.includes(s));
      }
    });

    it('has Dutch texts for every state and event', () => {
      for (const s of c.states) expect(c.machine.texts?.states[s]).toBeTruthy();
      for (const e of c.events) expect(c.machine.texts?.events[e]).toBeTruthy();
    });
  });
}

suite('BookingRequest lifecycle', {
  machine: bookingRequestLifecycle,
  states: [
    'draft',
    'submitted',
    'awaiting_approval',
    'approved',
    'planned',
    'confirmed',
    'delivered',
    'closed',
    'rejected',
    'cancelled',
    'change_requested',
  ],
  list: BOOKING_REQUEST_STATES,
  events: BOOKING_REQUEST_EVENTS,
  expected: [
    'draft submit submitted',
    'draft cancel cancelled',
    'submitted approve approved',
    'submitted require_approval awaiting_approval',
    'submitted reject rejected',
    'submitted cancel cancelled',
    'awaiting_approval approve approved',
    'awaiting_approval reject rejected',
    'awaiting_approval cancel cancelled',
    'approved plan planned',
    'approved cancel cancelled',
    'planned confirm confirmed',
    'planned replan planned',
    'planned unplan approved',
    'planned request_change change_requested',
    'planned cancel cancelled',
    'confirmed deliver delivered',
    'confirmed replan planned',
    'confirmed request_change change_requested',
    'confirmed cancel cancelled',
    'change_requested plan planned',
    'change_requested cancel cancelled',
    'delivered close closed',
  ],
  finals: ['closed', 'rejected', 'cancelled'],
  illegal: [
    ['cancelled', 'plan', [], 'Deze actie kan niet: de aanvraag is geannuleerd. Er is geen actie meer mogelijk.'],
    [
      'confirmed',
      'approve',
      ['deliver', 'replan', 'request_change', 'cancel'],
      'Deze actie kan niet: de aanvraag is bevestigd. Mogelijk: als uitgevoerd melden, opnieuw inplannen, wijziging aanvragen, annuleren.',
    ],
    [
      'draft',
      'plan',
      ['submit', 'cancel'],
      'Deze actie kan niet: de aanvraag is nog een concept. Mogelijk: indienen, annuleren.',
    ],
    ['delivered', 'cancel', ['close'], 'Deze actie kan niet: de aanvraag is uitgevoerd. Mogelijk: afsluiten.'],
  ],
});

suite('Session lifecycle', {
  machine: sessionLifecycle,
  states: ['open', 'planned', 'confirmed', 'delivered', 'cancelled', 'no_show'],
  list: SESSION_STATES,
  events: SESSION_EVENTS,
  expected: [
    'open plan planned',
    'open cancel cancelled',
    'planned confirm confirmed',
    'planned unplan open',
    'planned reschedule planned',
    'planned cancel cancelled',
    'confirmed deliver delivered',
    'confirmed no_show no_show',
    'confirmed reschedule planned',
    'confirmed cancel cancelled',
  ],
  finals: ['delivered', 'cancelled', 'no_show'],
  illegal: [
    [
      'open',
      'deliver',
      ['plan', 'cancel'],
      'Deze actie kan niet: de sessie is nog niet gepland. Mogelijk: inplannen, annuleren.',
    ],
    ['delivered', 'cancel', [], 'Deze actie kan niet: de sessie is uitgevoerd. Er is geen actie meer mogelijk.'],
  ],
});

suite('PackageOrder lifecycle', {
  machine: packageOrderLifecycle,
  states: ['draft', 'ordered', 'accepted', 'active', 'closed', 'cancelled'],
  list: PACKAGE_ORDER_STATES,
  events: PACKAGE_ORDER_EVENTS,
  expected: [
    'draft order ordered',
    'draft cancel cancelled',
    'ordered accept accepted',
    'ordered return draft',
    'ordered cancel cancelled',
    'accepted activate active',
    'accepted cancel cancelled',
    'active close closed',
  ],
  finals: ['closed', 'cancelled'],
  illegal: [
    ['active', 'cancel', ['close'], 'Deze actie kan niet: de pakketbestelling is actief. Mogelijk: afsluiten.'],
    [
      'draft',
      'return',
      ['order', 'cancel'],
      'Deze actie kan niet: de pakketbestelling is nog een concept. Mogelijk: bestellen, annuleren.',
    ],
  ],
});

describe('reasons', () => {
  it('rejecting a request needs a reason', () => {
    expect(() => bookingRequestLifecycle.apply({ state: 'awaiting_approval' }, 'reject', { at, by: 'gm-1' })).toThrow(
      'Geef een reden op bij afwijzen.',
    );
  });
  it('returning a package order needs a reason', () => {
    expect(() => packageOrderLifecycle.apply({ state: 'ordered' }, 'return', { at, by: 'admin-1' })).toThrow(
      'Geef een reden op bij terugsturen.',
    );
  });
  it('other events do not', () => {
    expect(
      bookingRequestLifecycle.apply({ state: 'draft' }, 'cancel', { at, by: 'school-1' }).record.reason,
    ).toBeUndefined();
  });
});
