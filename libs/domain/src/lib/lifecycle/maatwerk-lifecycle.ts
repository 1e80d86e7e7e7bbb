import type { MaatwerkEvent, MaatwerkState } from '@halt/contracts';
import { defineStateMachine, type StateMachine, type TransitionTable } from './state-machine';

/**
 * The allowed transitions of a maatwerk question, one row per state. `plan_intake` again on a planned intake moves
 * it (a new time or place); the requester withdraws until it has decided.
 */
const MAATWERK_TRANSITIONS: TransitionTable<MaatwerkState, MaatwerkEvent> = {
  submitted: { plan_intake: 'intake_planned', withdraw: 'withdrawn' },
  intake_planned: { plan_intake: 'intake_planned', send_proposal: 'proposal_sent', withdraw: 'withdrawn' },
  proposal_sent: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: {},
  declined: {},
  withdrawn: {},
};

/** Events the requester performs; the others (`plan_intake`, `send_proposal`) are the Halt advisor's. */
export const MAATWERK_REQUESTER_EVENTS: readonly MaatwerkEvent[] = ['accept', 'decline', 'withdraw'];

/**
 * Maatwerk lifecycle: `submitted → intake_planned → proposal_sent → accepted | declined`, and `withdrawn` by the
 * requester from any open state. Final: `accepted`, `declined`, `withdrawn`.
 */
export const maatwerkLifecycle: StateMachine<MaatwerkState, MaatwerkEvent> = /* @__PURE__ */ defineStateMachine<
  MaatwerkState,
  MaatwerkEvent
>(MAATWERK_TRANSITIONS, {
  name: 'maatwerk-question',
  texts: {
    subject: 'de maatwerkvraag',
    states: {
      submitted: 'is ingediend',
      intake_planned: 'heeft een geplande intake',
      proposal_sent: 'heeft een verstuurd voorstel',
      accepted: 'is geaccepteerd',
      declined: 'is afgewezen',
      withdrawn: 'is ingetrokken',
    },
    events: {
      submit: 'indienen',
      plan_intake: 'intake plannen',
      send_proposal: 'voorstel versturen',
      accept: 'voorstel accepteren',
      decline: 'voorstel afwijzen',
      withdraw: 'intrekken',
    },
  },
});

/** Every state of a maatwerk question: the rows of the lifecycle's table (the database CHECK lists the same). */
export const MAATWERK_STATES: readonly MaatwerkState[] = /* @__PURE__ */ Object.keys(
  MAATWERK_TRANSITIONS,
) as MaatwerkState[];

/** A proposal's totals per unit: credits, and euros in cents. */
export function proposalTotals(lines: readonly { priceUnit: 'credits' | 'euro'; price: number }[]): {
  totalCredits: number;
  totalEuroCents: number;
} {
  let totalCredits = 0;
  let totalEuroCents = 0;
  for (const l of lines) {
    if (l.priceUnit === 'credits') totalCredits += l.price;
    else totalEuroCents += l.price;
  }
  return { totalCredits, totalEuroCents };
}

/** The intake's reminder is due a day before it starts (never before now); none for an intake within the hour. */
export function intakeReminderDue(startsAt: Date, now: Date): Date | null {
  if (startsAt.getTime() - now.getTime() < 60 * 60 * 1000) return null;
  return new Date(Math.max(now.getTime(), startsAt.getTime() - 24 * 60 * 60 * 1000));
}
