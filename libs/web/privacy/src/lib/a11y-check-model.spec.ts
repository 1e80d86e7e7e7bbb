import { a11yOutcome } from './a11y-check-model';

describe('a11yOutcome', () => {
  const base = { tool: 'axe-core', rules: 'WCAG 2.1 A and AA', pages: [] };
  it('says "not measured" when no check ran', () => {
    expect(a11yOutcome({ ...base, checkedAt: null, serious: null, critical: null })).toEqual({ kind: 'not-measured' });
  });
  it('reports a clean check with its date and the number of pages', () => {
    const pages = [
      { path: '/inloggen', role: 'anonymous', width: 1280, serious: 0, critical: 0 },
      { path: '/inloggen', role: 'anonymous', width: 320, serious: 0, critical: 0 },
    ];
    expect(a11yOutcome({ ...base, pages, checkedAt: '2026-12-03T07:30:00.000Z', serious: 0, critical: 0 })).toEqual({
      kind: 'passed',
      date: '2026-12-03',
      pages: 1,
    });
  });
  it('reports findings as they were counted', () => {
    expect(a11yOutcome({ ...base, checkedAt: '2026-12-03T07:30:00.000Z', serious: 2, critical: 1 })).toEqual({
      kind: 'findings',
      date: '2026-12-03',
      pages: 0,
      serious: 2,
      critical: 1,
    });
  });
});
