import type { PlanChangeDto, PlanningRunDto } from '@halt/contracts';
import {
  conflictsOf,
  defaultPeriod,
  isRunning,
  periodInOrder,
  roundOne,
  shownConflicts,
  staffChanged,
  toRunRequest,
} from './autoplan-model';

const run = (over: Partial<PlanningRunDto> = {}): PlanningRunDto => ({
  id: 'run-1',
  regionId: 'region-1',
  regionName: 'Utrecht',
  from: '2027-02-01',
  to: '2027-03-28',
  state: 'proposed',
  progress: 100,
  createdAt: '2027-01-20T09:00:00Z',
  summary: { sessions: 12, planned: 11, unplanned: 1, objective: 123.456, seconds: 4.04 },
  changes: [],
  unplanned: [],
  conflicts: [],
  error: null,
  ...over,
});

const change = (before: string[] | null, after: string[]): PlanChangeDto => ({
  sessionId: 's-1',
  requestReference: 'HALT-2027-0001',
  schoolName: 'De Regenboog',
  label: 'Sessie 1',
  before: before && { date: '2027-02-02', start: '09:00', staff: before },
  after: { date: '2027-02-03', start: '10:00', end: '11:00', staff: after },
});

describe('the auto-planner page', () => {
  it('opens on eight weeks from today, across month and year ends', () => {
    expect(defaultPeriod('2026-12-20')).toEqual({ from: '2026-12-20', to: '2027-02-13' });
  });

  it('refuses a period that ends before it starts, and leaves missing dates to the required check', () => {
    expect(periodInOrder({ value: { from: '2027-03-01', to: '2027-02-28' } })).toEqual({ order: true });
    expect(periodInOrder({ value: { from: '2027-03-01', to: '2027-03-01' } })).toBeNull();
    expect(periodInOrder({ value: { from: '', to: '2027-02-28' } })).toBeNull();
  });

  it('sends the time limit only when one is filled in', () => {
    const v = { regionId: 'region-1', from: '2027-02-01', to: '2027-03-28' };
    expect(toRunRequest({ ...v, timeLimitSeconds: null })).toEqual(v);
    expect(toRunRequest({ ...v, timeLimitSeconds: '' })).toEqual(v);
    expect(toRunRequest({ ...v, timeLimitSeconds: '30' })).toEqual({ ...v, timeLimitSeconds: 30 });
  });

  it('follows a run while it is queued or running, not once it has a result', () => {
    expect(isRunning(run({ state: 'queued' }))).toBe(true);
    expect(isRunning(run({ state: 'running' }))).toBe(true);
    expect(['proposed', 'applied', 'failed', 'conflicted'].some((state) => isRunning(run({ state } as never)))).toBe(
      false,
    );
    expect(isRunning(null)).toBe(false);
  });

  it('marks a change that puts other staff on the session, not one that only moves it', () => {
    expect(staffChanged(change(['An'], ['Bas']))).toBe(true);
    expect(staffChanged(change(['An', 'Bas'], ['An', 'Bas']))).toBe(false);
    expect(staffChanged(change(null, ['An']))).toBe(false);
  });

  it("shows the run's own conflicts, else those of the refused apply", () => {
    expect(shownConflicts(run({ conflicts: ['Sessie 3 is intussen verplaatst'] }), ['x'])).toEqual([
      'Sessie 3 is intussen verplaatst',
    ]);
    expect(shownConflicts(run(), ['Sessie 4 is geannuleerd'])).toEqual(['Sessie 4 is geannuleerd']);
  });

  it('reads the conflicts of a refused apply from the body, its conflict, or its field messages', () => {
    expect(conflictsOf({ conflicts: ['a', 2] })).toEqual(['a', '2']);
    expect(conflictsOf({ conflict: { conflicts: ['b'] } })).toEqual(['b']);
    expect(conflictsOf({ errors: [{ field: 'x', message: 'c' }] })).toEqual(['c']);
    expect(conflictsOf('Service Unavailable')).toEqual([]);
    expect(conflictsOf(null)).toEqual([]);
  });

  it('rounds the summary to one decimal', () => {
    expect(roundOne(123.456)).toBe(123.5);
    expect(roundOne(4.04)).toBe(4);
  });
});
