import { LateAcceptance } from './late-acceptance';

describe('LateAcceptance', () => {
  it('keeps a worse move only while the cost of `length` moves ago is at least as high', () => {
    const la = new LateAcceptance(100, { length: 2, stallMoves: 1_000 });
    expect(la.consider(90)).toBe('best'); // better: kept
    expect(la.consider(95)).toBe(true); // worse than 90, not than 100 two moves ago
    expect(la.consider(99)).toBe(false); // the entry two moves ago is 90 now
    expect(la.cost).toBe(95);
  });

  it('after a stall widens its history and accepts a step uphill it refused before', () => {
    const la = new LateAcceptance(1000, { length: 4, stallMoves: 20, kick: 0.01 });
    for (let i = 0; i < 10; i++) la.consider(1000);
    // Converged: every entry is 1000, so a move to 1005 is refused.
    expect(la.consider(1005)).toBe(false);
    let moves = 11;
    while (la.length === 4 && moves++ < 100) la.consider(1000);
    expect(moves).toBe(21); // the stall: more than 20 moves without a new best
    expect(la.length).toBe(8);
    // The history is 1 % above the current cost now.
    expect(la.consider(1005)).toBe(true);
    expect(la.consider(1011)).toBe(false);
  });

  it('goes back to its first length at a new best plan and grows at most growthLimit times', () => {
    const la = new LateAcceptance(500, { length: 2, stallMoves: 5, growthLimit: 4 });
    for (let i = 0; i < 100; i++) la.consider(500);
    expect(la.length).toBe(8);
    expect(la.consider(400)).toBe('best');
    expect(la.length).toBe(2);
  });
});
