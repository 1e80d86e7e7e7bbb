import { intakeReminderDue, MAATWERK_STATES, maatwerkLifecycle, proposalTotals } from './maatwerk-lifecycle';
import { IllegalTransitionError } from './state-machine';

const at = new Date('2026-12-14T07:30:00Z');

describe('maatwerk lifecycle', () => {
  it('has exactly the transitions of the flow: intake, proposal, decision, withdrawal', () => {
    expect(maatwerkLifecycle.transitions.map((t) => `${t.from} ${t.event} ${t.to}`).sort()).toEqual(
      [
        'submitted plan_intake intake_planned',
        'submitted withdraw withdrawn',
        'intake_planned plan_intake intake_planned',
        'intake_planned send_proposal proposal_sent',
        'intake_planned withdraw withdrawn',
        'proposal_sent accept accepted',
        'proposal_sent decline declined',
        'proposal_sent withdraw withdrawn',
      ].sort(),
    );
    expect(MAATWERK_STATES).toEqual([
      'submitted',
      'intake_planned',
      'proposal_sent',
      'accepted',
      'declined',
      'withdrawn',
    ]);
    expect(MAATWERK_STATES.filter((s) => maatwerkLifecycle.isFinal(s))).toEqual(['accepted', 'declined', 'withdrawn']);
  });

  it('records who moved it, when and why', () => {
    const { state, record } = maatwerkLifecycle.apply({ state: 'proposal_sent' }, 'decline', {
      at,
      by: 'user-1',
      reason: '  Te duur  ',
    });
    expect(state).toBe('declined');
    expect(record).toEqual({
      from: 'proposal_sent',
      to: 'declined',
      event: 'decline',
      at,
      by: 'user-1',
      reason: 'Te duur',
    });
  });

  it('refuses a proposal before the intake, naming the state and what is possible', () => {
    let error: unknown;
    try {
      maatwerkLifecycle.apply({ state: 'submitted' }, 'send_proposal', { at, by: 'user-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect((error as IllegalTransitionError).allowed).toEqual(['plan_intake', 'withdraw']);
    expect((error as Error).message).toBe(
      'Deze actie kan niet: de maatwerkvraag is ingediend. Mogelijk: intake plannen, intrekken.',
    );
  });

  it('allows nothing after a decision', () => {
    for (const s of ['accepted', 'declined', 'withdrawn'] as const) {
      expect(maatwerkLifecycle.allowedEvents(s)).toEqual([]);
      expect(() => maatwerkLifecycle.next(s, 'withdraw')).toThrow(/Er is geen actie meer mogelijk/);
    }
  });

  it('adds the totals per unit', () => {
    expect(
      proposalTotals([
        { priceUnit: 'credits', price: 4 },
        { priceUnit: 'euro', price: 45000 },
        { priceUnit: 'credits', price: 6 },
      ]),
    ).toEqual({ totalCredits: 10, totalEuroCents: 45000 });
    expect(proposalTotals([])).toEqual({ totalCredits: 0, totalEuroCents: 0 });
  });

  it('reminds a day before the intake, at once when it is sooner, never within the hour', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    expect(intakeReminderDue(new Date('2026-12-10T09:00:00Z'), now)).toEqual(new Date('2026-12-09T09:00:00Z'));
    expect(intakeReminderDue(new Date('2026-12-01T20:00:00Z'), now)).toEqual(now);
    expect(intakeReminderDue(new Date('2026-12-01T09:30:00Z'), now)).toBeNull();
  });
});
