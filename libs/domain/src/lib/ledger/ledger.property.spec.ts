import fc from 'fast-check';
import {
  amend,
  consume,
  LEDGER_ENTRY_KINDS,
  type LedgerEntry,
  type LedgerErrorCode,
  type LedgerQuotas,
  type LedgerResult,
  type LedgerSummary,
  release,
  reserve,
  signedEffectOnAvailable,
  summarise,
} from './ledger';

const REQUEST_IDS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const OFFER_TYPES = ['voorlichting', 'klassendialoog', 'schoolspreekuur'];

type Command =
  | { op: 'reserve'; requestId: string; offerType: string; credits: number }
  | { op: 'release'; requestId: string }
  | { op: 'consume'; requestId: string; credits?: number }
  | { op: 'amend'; delta: number };

/** Mostly valid credit amounts, now and then an invalid one. */
const credits = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5) },
);
const requestId = fc.constantFrom(...REQUEST_IDS);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('reserve' as const),
      requestId,
      offerType: fc.constantFrom(...OFFER_TYPES),
      credits,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('release' as const), requestId }) },
  {
    weight: 3,
    arbitrary: fc.record(
      { op: fc.constant('consume' as const), requestId, credits },
      { requiredKeys: ['op', 'requestId'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('amend' as const),
      delta: fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: -60, max: 60 }) },
        { weight: 1, arbitrary: fc.constant(1.5) },
      ),
    }),
  },
);
const scenario = fc.record({
  budget: fc.integer({ min: 1, max: 200 }),
  quotas: fc.dictionary(fc.constantFrom(...OFFER_TYPES), fc.integer({ min: 0, max: 120 })),
  commands: fc.array(command, { maxLength: 60 }),
});

function apply(entries: readonly LedgerEntry[], cmd: Command, quotas: LedgerQuotas): LedgerResult {
  switch (cmd.op) {
    case 'reserve':
      return reserve(entries, cmd, quotas);
    case 'release':
      return release(entries, cmd.requestId);
    case 'consume':
      return consume(entries, cmd.requestId, cmd.credits);
    case 'amend':
      return amend(entries, cmd.delta, 'herziening');
  }
}

/**
 * Plays the commands on a frozen ledger that starts with `budget`, appending only accepted entries, and calls
 * `step` with the ledger before the command, the command and its result.
 */
function play(
  s: { budget: number; quotas: LedgerQuotas; commands: Command[] },
  step: (before: readonly LedgerEntry[], cmd: Command, result: LedgerResult) => void,
): readonly LedgerEntry[] {
  let entries: readonly LedgerEntry[] = Object.freeze([{ kind: 'budget', credits: s.budget }]);
  for (const cmd of s.commands) {
    const result = apply(entries, cmd, s.quotas);
    step(entries, cmd, result);
    if (result.ok) entries = Object.freeze([...entries, ...result.entries]);
  }
  return entries;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function expectInvariants(entries: readonly LedgerEntry[], quotas: LedgerQuotas): void {
  const s = summarise(entries, quotas);
  expect(s.available).toBeGreaterThanOrEqual(0);
  expect(s.reserved).toBeGreaterThanOrEqual(0);
  expect(s.consumed).toBeGreaterThanOrEqual(0);
  expect(s.reserved + s.consumed + s.available).toBe(s.budget);
  expect(s.available).toBe(sum(entries.map(signedEffectOnAvailable)));

  const requests = [...s.perRequest.values()];
  for (const r of requests) {
    expect(r.reserved).toBeGreaterThanOrEqual(0);
    expect(r.consumed).toBeGreaterThanOrEqual(0);
  }
  expect(sum(requests.map((r) => r.reserved))).toBe(s.reserved);
  expect(sum(requests.map((r) => r.consumed))).toBe(s.consumed);

  const types = Object.entries(s.perOfferType);
  for (const [type, t] of types) {
    expect(t.reserved).toBeGreaterThanOrEqual(0);
    expect(t.consumed).toBeGreaterThanOrEqual(0);
    if (Object.hasOwn(quotas, type)) expect(t.reserved + t.consumed).toBeLessThanOrEqual(quotas[type]);
  }
  expect(sum(types.map(([, t]) => t.reserved))).toBe(s.reserved);
  expect(sum(types.map(([, t]) => t.consumed))).toBe(s.consumed);
}

function expectWellFormed(entry: LedgerEntry): void {
  expect(LEDGER_ENTRY_KINDS).toContain(entry.kind);
  expect(Number.isSafeInteger(entry.credits)).toBe(true);
  if (entry.kind === 'amend') expect(entry.credits).not.toBe(0);
  else expect(entry.credits).toBeGreaterThan(0);
  if (entry.kind === 'reserve' || entry.kind === 'release' || entry.kind === 'consume') {
    expect(REQUEST_IDS).toContain(entry.requestId);
    expect(OFFER_TYPES).toContain(entry.offerType);
  }
}

const isPositiveInteger = (n: number) => Number.isInteger(n) && n > 0;

/** Independent statement of when each operation must be refused, and with which code; null to accept. */
function expectedRefusal(s: LedgerSummary, cmd: Command, quotas: LedgerQuotas): LedgerErrorCode | null {
  const outstanding = 'requestId' in cmd ? (s.perRequest.get(cmd.requestId)?.reserved ?? 0) : 0;
  switch (cmd.op) {
    case 'reserve': {
      if (!isPositiveInteger(cmd.credits)) return 'invalid_credits';
      if (outstanding > 0) return 'already_reserved';
      if (cmd.credits > s.available) return 'insufficient_budget';
      const type = s.perOfferType[cmd.offerType] ?? { reserved: 0, consumed: 0 };
      const quota = Object.hasOwn(quotas, cmd.offerType) ? quotas[cmd.offerType] : Infinity;
      return type.reserved + type.consumed + cmd.credits > quota ? 'quota_exceeded' : null;
    }
    case 'release':
      return outstanding === 0 ? 'nothing_reserved' : null;
    case 'consume':
      if (cmd.credits !== undefined && !isPositiveInteger(cmd.credits)) return 'invalid_credits';
      if (outstanding === 0) return 'nothing_reserved';
      return (cmd.credits ?? outstanding) > outstanding ? 'exceeds_reservation' : null;
    case 'amend':
      if (!Number.isInteger(cmd.delta) || cmd.delta === 0) return 'invalid_delta';
      return s.budget + cmd.delta < s.reserved + s.consumed ? 'below_committed' : null;
  }
}

describe('ledger properties', () => {
  it('keeps every invariant under any sequence of accepted operations', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        play(s, (before, _cmd, result) => {
          if (!result.ok) return;
          expect(result.entries.length).toBeGreaterThan(0);
          result.entries.forEach(expectWellFormed);
          expectInvariants([...before, ...result.entries], s.quotas);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses exactly when it must, with the right code, and then returns no entries', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        play(s, (before, cmd, result) => {
          const expected = expectedRefusal(summarise(before, s.quotas), cmd, s.quotas);
          if (result.ok) {
            expect(expected).toBeNull();
          } else {
            expect(result.error.code).toBe(expected);
            expect(result.error.message).not.toBe('');
            expect(result).not.toHaveProperty('entries');
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('moves credits as the operation says', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        play(s, (before, cmd, result) => {
          if (!result.ok) return;
          const a = summarise(before, s.quotas);
          const b = summarise([...before, ...result.entries], s.quotas);
          const id = 'requestId' in cmd ? cmd.requestId : '';
          const was = a.perRequest.get(id) ?? { reserved: 0, consumed: 0 };
          const now = b.perRequest.get(id) ?? { reserved: 0, consumed: 0 };
          switch (cmd.op) {
            case 'reserve':
              expect(now.reserved).toBe(cmd.credits);
              expect(b.available).toBe(a.available - cmd.credits);
              break;
            case 'release':
              expect(now).toEqual({ ...was, reserved: 0 });
              expect(b.available).toBe(a.available + was.reserved);
              break;
            case 'consume': {
              const amount = cmd.credits ?? was.reserved;
              expect(now).toEqual({ ...was, reserved: was.reserved - amount, consumed: was.consumed + amount });
              expect(b.available).toBe(a.available);
              break;
            }
            case 'amend':
              expect(b.budget).toBe(a.budget + cmd.delta);
              expect(b.available).toBe(a.available + cmd.delta);
              break;
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
