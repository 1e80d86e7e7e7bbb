import { lineProgress, type StepFact, type StepRef } from './progress';

const line: StepRef[] = [
  { position: 2, level: 'vo-1-2', offerId: 'ov' },
  { position: 1, level: 'po-7-8', offerId: 'ov' },
  { position: 3, level: 'vo-3-4', offerId: 'sexting' },
];
const fact = (offerId: string, level: StepFact['level'], schoolYear: string, given: boolean): StepFact => ({
  offerId,
  level,
  schoolYear,
  given,
});

describe('lineProgress', () => {
  it('orders the steps and marks each given, planned or open in the school year', () => {
    const p = lineProgress(
      line,
      [fact('ov', 'vo-1-2', '2026-2027', true), fact('sexting', 'vo-3-4', '2026-2027', false)],
      '2026-2027',
      ['vo-1-2', 'vo-3-4'],
    );
    expect(p.steps.map((s) => [s.step.level, s.taught, s.state])).toEqual([
      ['po-7-8', false, 'open'],
      ['vo-1-2', true, 'given'],
      ['vo-3-4', true, 'planned'],
    ]);
    expect(p.next).toBeNull();
  });

  it('suggests the first open step at a level the school teaches, and remembers earlier years', () => {
    const p = lineProgress(
      line,
      [
        fact('ov', 'vo-1-2', '2024-2025', true),
        fact('ov', 'vo-1-2', '2025-2026', true),
        fact('ov', 'po-7-8', '2026-2027', true),
      ],
      '2026-2027',
      ['vo-1-2', 'vo-3-4'],
    );
    expect(p.next?.step.level).toBe('vo-1-2');
    expect(p.next?.lastGivenSchoolYear).toBe('2025-2026');
    expect(p.steps[0].state).toBe('given');
  });

  it('counts a session only for the offer and the level of the step', () => {
    const p = lineProgress(line, [fact('ov', 'vo-3-4', '2026-2027', true)], '2026-2027', ['vo-3-4']);
    expect(p.steps.every((s) => s.state === 'open')).toBe(true);
    expect(p.next?.step.offerId).toBe('sexting');
  });
});
