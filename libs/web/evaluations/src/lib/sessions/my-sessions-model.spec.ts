import type { MySessionDto } from '@halt/contracts';
import { groupSessions, pupilsReachedProblem, replaceSession, toReportRequest } from './my-sessions-model';

const session = (id: string, over: Partial<MySessionDto> = {}): MySessionDto => ({
  id,
  requestId: 'r-1',
  reference: 'HALT-2027-0001',
  offerTitle: 'Online veiligheid',
  offerType: 'voorlichting',
  schoolName: 'Het Lyceum',
  groupName: '2B',
  pupilCount: 27,
  status: 'confirmed',
  plannedStart: '2027-02-16T09:00:00Z',
  plannedEnd: '2027-02-16T10:00:00Z',
  pupilsReached: null,
  toReport: false,
  evaluation: null,
  ...over,
});

describe('a specialist’s sessions', () => {
  const list = [
    session('later', { plannedStart: '2027-03-01T09:00:00Z' }),
    session('due-2', { toReport: true, plannedStart: '2027-02-10T09:00:00Z' }),
    session('due-1', { toReport: true, plannedStart: '2027-02-01T09:00:00Z' }),
    session('soon', { status: 'planned', plannedStart: '2027-02-20T09:00:00Z' }),
    session('given', { status: 'delivered', pupilsReached: 25, plannedStart: '2027-01-10T09:00:00Z' }),
    session('missed', { status: 'no_show', plannedStart: '2027-01-20T09:00:00Z' }),
    session('off', { status: 'cancelled' }),
  ];

  it('lists what still needs a report first, oldest first, then planned, reported (newest first), cancelled', () => {
    const g = groupSessions(list);
    expect(g.toReport.map((s) => s.id)).toEqual(['due-1', 'due-2']);
    expect(g.planned.map((s) => s.id)).toEqual(['soon', 'later']);
    expect(g.reported.map((s) => s.id)).toEqual(['missed', 'given']);
    expect(g.cancelled.map((s) => s.id)).toEqual(['off']);
  });

  it('keeps a session just reported in place, with its new status', () => {
    const reported: MySessionDto = { ...list[2], toReport: false, status: 'delivered', pupilsReached: 26 };
    const g = groupSessions(replaceSession(list, reported), new Set(['due-1']));
    expect(g.toReport.map((s) => [s.id, s.status])).toEqual([
      ['due-1', 'delivered'],
      ['due-2', 'confirmed'],
    ]);
    expect(g.reported.map((s) => s.id)).not.toContain('due-1');
  });

  it('takes a whole number of pupils reached from 0 to 2,000', () => {
    expect(pupilsReachedProblem(null)).toBe('required');
    expect(pupilsReachedProblem('')).toBe('required');
    expect(pupilsReachedProblem(0)).toBeNull();
    expect(pupilsReachedProblem(2000)).toBeNull();
    expect(pupilsReachedProblem(2001)).toBe('range');
    expect(pupilsReachedProblem(-1)).toBe('range');
    expect(pupilsReachedProblem(12.5)).toBe('range');
  });

  it('reports a delivered session with the pupils reached', () => {
    expect(toReportRequest('delivered', '26', 'ignored')).toEqual({ outcome: 'delivered', pupilsReached: 26 });
  });

  it('reports a no-show with its reason, or without one when left empty', () => {
    expect(toReportRequest('no_show', null, '  School dicht (storm) ')).toEqual({
      outcome: 'no_show',
      reason: 'School dicht (storm)',
    });
    expect(toReportRequest('no_show', null, '   ')).toEqual({ outcome: 'no_show' });
  });
});
