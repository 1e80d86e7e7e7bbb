import {
  amend,
  consume,
  LEDGER_ENTRY_KINDS,
  type LedgerEntry,
  type LedgerResult,
  release,
  reserve,
  reserveMore,
  signedEffectOnAvailable,
  summarise,
} from './ledger';

const budget = (credits: number): LedgerEntry => ({ kind: 'budget', credits });

/** Applies an accepted result, or fails the test with the refusal. */
function accepted(entries: readonly LedgerEntry[], result: LedgerResult): LedgerEntry[] {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return [...entries, ...result.entries];
}

/** The error of a refused result, or fails the test. */
function refused(result: LedgerResult) {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.entries)}`);
  expect(result).not.toHaveProperty('entries');
  return result.error;
}

describe('LEDGER_ENTRY_KINDS and signedEffectOnAvailable', () => {
  it('lists the five kinds', () => {
    expect(LEDGER_ENTRY_KINDS).toEqual(['budget', 'amend', 'reserve', 'release', 'consume']);
  });

  it('adds budget, amendments and releases, subtracts reservations and ignores consumption', () => {
    expect(signedEffectOnAvailable({ kind: 'budget', credits: 100 })).toBe(100);
    expect(signedEffectOnAvailable({ kind: 'amend', credits: 20 })).toBe(20);
    expect(signedEffectOnAvailable({ kind: 'amend', credits: -20 })).toBe(-20);
    expect(signedEffectOnAvailable({ kind: 'reserve', credits: 5, requestId: 'r1', offerType: 'voorlichting' })).toBe(
      -5,
    );
    expect(signedEffectOnAvailable({ kind: 'release', credits: 5, requestId: 'r1' })).toBe(5);
    expect(signedEffectOnAvailable({ kind: 'consume', credits: 5, requestId: 'r1' })).toBe(0);
  });
});

describe('summarise', () => {
  it('is all zeros for an empty ledger', () => {
    const summary = summarise([]);
    expect(summary).toMatchObject({ budget: 0, reserved: 0, consumed: 0, available: 0 });
    expect(summary.perRequest.size).toBe(0);
    expect(summary.perOfferType).toEqual({});
  });

  it('keeps books per request and per offer type', () => {
    const entries: LedgerEntry[] = [
      budget(100),
      { kind: 'amend', credits: 20, reason: 'extra geld' },
      { kind: 'reserve', credits: 10, requestId: 'r1', offerType: 'voorlichting' },
      { kind: 'reserve', credits: 8, requestId: 'r2', offerType: 'voorlichting' },
      { kind: 'reserve', credits: 6, requestId: 'r3', offerType: 'klassendialoog' },
      { kind: 'consume', credits: 4, requestId: 'r1', offerType: 'voorlichting' },
      { kind: 'release', credits: 8, requestId: 'r2', offerType: 'voorlichting' },
      { kind: 'consume', credits: 6, requestId: 'r3', offerType: 'klassendialoog' },
    ];
    const summary = summarise(entries, { voorlichting: 50, schoolspreekuur: 30 });
    expect(summary).toMatchObject({ budget: 120, reserved: 6, consumed: 10, available: 104 });
    expect(Object.fromEntries(summary.perRequest)).toEqual({
      r1: { reserved: 6, consumed: 4, offerType: 'voorlichting' },
      r2: { reserved: 0, consumed: 0, offerType: 'voorlichting' },
      r3: { reserved: 0, consumed: 6, offerType: 'klassendialoog' },
    });
    expect({ ...summary.perOfferType }).toEqual({
      voorlichting: { reserved: 6, consumed: 4, quota: 50 },
      klassendialoog: { reserved: 0, consumed: 6 },
      schoolspreekuur: { reserved: 0, consumed: 0, quota: 30 },
    });
    expect(summary.available).toBe(entries.reduce((sum, e) => sum + signedEffectOnAvailable(e), 0));
  });

  it('takes an offer type called like an Object.prototype member as any other', () => {
    const entries = accepted(
      [budget(10)],
      reserve([budget(10)], { requestId: 'r1', offerType: 'constructor', credits: 3 }),
    );
    expect(summarise(entries).perOfferType['constructor']).toEqual({ reserved: 3, consumed: 0 });
  });
});

describe('reserve', () => {
  const start = [budget(20)];

  it('appends a reserve entry', () => {
    const result = reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 5 });
    expect(result).toEqual({
      ok: true,
      entries: [{ kind: 'reserve', credits: 5, requestId: 'r1', offerType: 'voorlichting' }],
    });
  });

  it('may use the whole available budget', () => {
    const entries = accepted(start, reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 20 }));
    expect(summarise(entries).available).toBe(0);
  });

  it('refuses insufficient_budget with a Dutch message', () => {
    const entries = accepted(start, reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 17 }));
    const error = refused(reserve(entries, { requestId: 'r2', offerType: 'voorlichting', credits: 5 }));
    expect(error).toEqual({
      code: 'insufficient_budget',
      message: 'onvoldoende budget: nog 3 credits over, deze aanvraag vraagt er 5',
      available: 3,
      requested: 5,
    });
  });

  it('refuses insufficient_budget on a ledger without a budget', () => {
    expect(refused(reserve([], { requestId: 'r1', offerType: 'voorlichting', credits: 1 })).message).toContain(
      'onvoldoende budget',
    );
  });

  it('counts consumption against the budget', () => {
    let entries = accepted(start, reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 15 }));
    entries = accepted(entries, consume(entries, 'r1'));
    const error = refused(reserve(entries, { requestId: 'r2', offerType: 'voorlichting', credits: 6 }));
    expect(error.code).toBe('insufficient_budget');
    expect(error.message).toBe('onvoldoende budget: nog 5 credits over, deze aanvraag vraagt er 6');
  });

  it('refuses already_reserved while the request has an outstanding reservation', () => {
    let entries = accepted(start, reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 4 }));
    expect(refused(reserve(entries, { requestId: 'r1', offerType: 'voorlichting', credits: 1 }))).toEqual({
      code: 'already_reserved',
      message: 'voor aanvraag r1 zijn al 4 credits gereserveerd',
      requestId: 'r1',
      reserved: 4,
    });
    entries = accepted(entries, consume(entries, 'r1', 3));
    expect(refused(reserve(entries, { requestId: 'r1', offerType: 'voorlichting', credits: 1 })).message).toBe(
      'voor aanvraag r1 is al 1 credit gereserveerd',
    );
  });

  it('reserves again for a request whose reservation was released', () => {
    let entries = accepted(start, reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits: 4 }));
    entries = accepted(entries, release(entries, 'r1'));
    entries = accepted(entries, reserve(entries, { requestId: 'r1', offerType: 'voorlichting', credits: 6 }));
    expect(summarise(entries).perRequest.get('r1')).toEqual({ reserved: 6, consumed: 0, offerType: 'voorlichting' });
  });

  it.each([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses invalid_credits for %p', (credits) => {
    const error = refused(reserve(start, { requestId: 'r1', offerType: 'voorlichting', credits }));
    expect(error.code).toBe('invalid_credits');
    expect(error.message).toBe('het aantal credits moet een positief geheel getal zijn');
  });

  describe('with quotas', () => {
    const quotas = { voorlichting: 10 };
    const entries = accepted(
      [budget(100)],
      reserve([budget(100)], { requestId: 'r1', offerType: 'voorlichting', credits: 7 }, quotas),
    );

    it('refuses quota_exceeded when reserved + consumed of the type would exceed its quota', () => {
      expect(refused(reserve(entries, { requestId: 'r2', offerType: 'voorlichting', credits: 4 }, quotas))).toEqual({
        code: 'quota_exceeded',
        message: 'het quotum voor voorlichting is op: nog 3 van 10 credits over, deze aanvraag vraagt er 4',
        offerType: 'voorlichting',
        quota: 10,
        used: 7,
        requested: 4,
      });
    });

    it('allows up to the quota exactly, and counts consumption', () => {
      let next = accepted(entries, consume(entries, 'r1'));
      next = accepted(next, reserve(next, { requestId: 'r2', offerType: 'voorlichting', credits: 3 }, quotas));
      expect(summarise(next, quotas).perOfferType['voorlichting']).toEqual({ reserved: 3, consumed: 7, quota: 10 });
      expect(refused(reserve(next, { requestId: 'r3', offerType: 'voorlichting', credits: 1 }, quotas)).message).toBe(
        'het quotum voor voorlichting is op: nog 0 van 10 credits over, deze aanvraag vraagt er 1',
      );
    });

    it('frees quota on release', () => {
      const next = accepted(entries, release(entries, 'r1'));
      expect(reserve(next, { requestId: 'r2', offerType: 'voorlichting', credits: 10 }, quotas).ok).toBe(true);
    });

    it('leaves offer types without a quota alone', () => {
      expect(reserve(entries, { requestId: 'r2', offerType: 'klassendialoog', credits: 50 }, quotas).ok).toBe(true);
    });

    it('checks the budget before the quota', () => {
      expect(refused(reserve(entries, { requestId: 'r2', offerType: 'voorlichting', credits: 94 }, quotas)).code).toBe(
        'insufficient_budget',
      );
    });

    it('treats a quota of 0 as closed', () => {
      expect(refused(reserve(entries, { requestId: 'r2', offerType: 'x', credits: 1 }, { x: 0 })).code).toBe(
        'quota_exceeded',
      );
    });
  });
});

describe('reserveMore', () => {
  const start = accepted(
    [budget(10)],
    reserve([budget(10)], { requestId: 'r1', offerType: 'voorlichting', credits: 8 }),
  );

  it('adds to a request’s outstanding reservation, where reserve refuses already_reserved', () => {
    const more = { requestId: 'r1', offerType: 'voorlichting', credits: 2 };
    expect(refused(reserve(start, more)).code).toBe('already_reserved');
    const entries = accepted(start, reserveMore(start, more));
    expect(summarise(entries)).toMatchObject({ reserved: 10, available: 0 });
    expect(summarise(entries).perRequest.get('r1')).toMatchObject({ reserved: 10 });
  });

  it('still refuses insufficient_budget and quota_exceeded', () => {
    expect(refused(reserveMore(start, { requestId: 'r1', offerType: 'voorlichting', credits: 3 }))).toMatchObject({
      code: 'insufficient_budget',
      available: 2,
      requested: 3,
    });
    expect(
      refused(reserveMore(start, { requestId: 'r1', offerType: 'voorlichting', credits: 1 }, { voorlichting: 8 })).code,
    ).toBe('quota_exceeded');
  });
});

describe('release', () => {
  const start = accepted(
    [budget(20)],
    reserve([budget(20)], { requestId: 'r1', offerType: 'voorlichting', credits: 8 }),
  );

  it('releases the whole outstanding reservation', () => {
    const result = release(start, 'r1');
    expect(result).toEqual({
      ok: true,
      entries: [{ kind: 'release', credits: 8, requestId: 'r1', offerType: 'voorlichting' }],
    });
    expect(summarise(accepted(start, result))).toMatchObject({ reserved: 0, consumed: 0, available: 20 });
  });

  it('releases only what is left after a partial consumption', () => {
    let entries = accepted(start, consume(start, 'r1', 5));
    entries = accepted(entries, release(entries, 'r1'));
    expect(entries.at(-1)).toMatchObject({ kind: 'release', credits: 3 });
    expect(summarise(entries)).toMatchObject({ reserved: 0, consumed: 5, available: 15 });
  });

  it('releases part of the reservation (one session of a series), keeping the rest', () => {
    const entries = accepted(start, release(start, 'r1', 2));
    expect(entries.at(-1)).toEqual({ kind: 'release', credits: 2, requestId: 'r1', offerType: 'voorlichting' });
    expect(summarise(entries)).toMatchObject({ reserved: 6, available: 14 });
    expect(refused(release(start, 'r1', 9))).toMatchObject({ code: 'exceeds_reservation', reserved: 8, requested: 9 });
    expect(refused(release(start, 'r1', 0)).code).toBe('invalid_credits');
  });

  it('refuses nothing_reserved for an unknown request or one already released', () => {
    expect(refused(release(start, 'r9'))).toEqual({
      code: 'nothing_reserved',
      message: 'voor aanvraag r9 is niets gereserveerd',
      requestId: 'r9',
    });
    const released = accepted(start, release(start, 'r1'));
    expect(refused(release(released, 'r1')).code).toBe('nothing_reserved');
  });
});

describe('consume', () => {
  const start = accepted(
    [budget(20)],
    reserve([budget(20)], { requestId: 'r1', offerType: 'voorlichting', credits: 8 }),
  );

  it('consumes everything outstanding by default', () => {
    const result = consume(start, 'r1');
    expect(result).toEqual({
      ok: true,
      entries: [{ kind: 'consume', credits: 8, requestId: 'r1', offerType: 'voorlichting' }],
    });
    expect(summarise(accepted(start, result))).toMatchObject({ budget: 20, reserved: 0, consumed: 8, available: 12 });
  });

  it('consumes part, leaving the rest reserved', () => {
    const entries = accepted(start, consume(start, 'r1', 3));
    expect(summarise(entries).perRequest.get('r1')).toEqual({ reserved: 5, consumed: 3, offerType: 'voorlichting' });
    expect(summarise(entries)).toMatchObject({ reserved: 5, consumed: 3, available: 12 });
  });

  it('refuses exceeds_reservation', () => {
    expect(refused(consume(start, 'r1', 9))).toEqual({
      code: 'exceeds_reservation',
      message: 'voor aanvraag r1 zijn nog 8 credits gereserveerd, er kunnen er geen 9 worden verbruikt',
      requestId: 'r1',
      reserved: 8,
      requested: 9,
    });
  });

  it('refuses nothing_reserved once everything is consumed', () => {
    const entries = accepted(start, consume(start, 'r1'));
    expect(refused(consume(entries, 'r1')).code).toBe('nothing_reserved');
    expect(refused(consume(entries, 'r1', 1)).code).toBe('nothing_reserved');
  });

  it.each([0, -1, 1.5])('refuses invalid_credits for %p', (credits) => {
    expect(refused(consume(start, 'r1', credits)).code).toBe('invalid_credits');
  });
});

describe('amend', () => {
  let start = accepted([budget(20)], reserve([budget(20)], { requestId: 'r1', offerType: 'voorlichting', credits: 8 }));
  start = accepted(start, consume(start, 'r1', 4));

  it('raises the budget with a reason', () => {
    const result = amend(start, 10, 'extra subsidie');
    expect(result).toEqual({ ok: true, entries: [{ kind: 'amend', credits: 10, reason: 'extra subsidie' }] });
    expect(summarise(accepted(start, result))).toMatchObject({ budget: 30, available: 22 });
  });

  it('lowers the budget down to what is committed', () => {
    const entries = accepted(start, amend(start, -12, 'bezuiniging'));
    expect(summarise(entries)).toMatchObject({ budget: 8, reserved: 4, consumed: 4, available: 0 });
  });

  it('refuses below_committed', () => {
    expect(refused(amend(start, -13, 'bezuiniging'))).toEqual({
      code: 'below_committed',
      message: 'het budget kan niet lager worden dan wat al is vastgelegd: 8 credits',
      committed: 8,
      budget: 20,
      delta: -13,
    });
  });

  it.each([0, 1.5, Number.NaN])('refuses invalid_delta for %p', (delta) => {
    expect(refused(amend(start, delta, 'x')).code).toBe('invalid_delta');
  });
});

describe('operations are pure', () => {
  it('do not change the entries they are given', () => {
    const entries = Object.freeze([
      Object.freeze(budget(20)),
      Object.freeze<LedgerEntry>({ kind: 'reserve', credits: 8, requestId: 'r1', offerType: 'voorlichting' }),
    ]);
    const copy = structuredClone(entries);
    reserve(entries, { requestId: 'r2', offerType: 'voorlichting', credits: 2 }, { voorlichting: 20 });
    consume(entries, 'r1', 2);
    release(entries, 'r1');
    amend(entries, -5, 'x');
    summarise(entries, { voorlichting: 20 });
    expect(entries).toEqual(copy);
  });
});
