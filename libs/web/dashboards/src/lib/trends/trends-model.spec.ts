import type { TrendSignalDto } from '@halt/contracts';
import { mergeTopics, pageCount, pivotGroups, trendFilterFromParams, trendFilterParams } from './trends-model';

const params = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('the trend signals page', () => {
  it('reads the search, topic and page from a shared link', () => {
    expect(trendFilterFromParams(params({ zoek: ' vuurwerk ', onderwerp: 'online', pagina: '3' }))).toEqual({
      q: 'vuurwerk',
      topic: 'online',
      page: 3,
    });
  });

  it('starts on page 1 for a missing or wrong page', () => {
    expect(trendFilterFromParams(params({})).page).toBe(1);
    expect(trendFilterFromParams(params({ pagina: '-2' })).page).toBe(1);
    expect(trendFilterFromParams(params({ pagina: '1.5' })).page).toBe(1);
  });

  it('keeps empty filters and page 1 out of the address', () => {
    expect(trendFilterParams({ q: '  ', topic: '', page: 1 })).toEqual({ zoek: null, onderwerp: null, pagina: null });
    expect(trendFilterParams({ q: 'mes', topic: 'wapens', page: 2 })).toEqual({
      zoek: 'mes',
      onderwerp: 'wapens',
      pagina: 2,
    });
  });

  it('pages 50 answers at a time', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });

  it('tabulates answers per topic and month, busiest topic first', () => {
    const pivot = pivotGroups([
      { topic: 'vuurwerk', month: '2027-01', answers: 2 },
      { topic: 'online pesten', month: '2027-01', answers: 1 },
      { topic: 'online pesten', month: '2027-03', answers: 4 },
      { topic: 'vuurwerk', month: '2026-12', answers: 1 },
    ]);
    expect(pivot.months).toEqual(['2026-12', '2027-01', '2027-03']);
    expect(pivot.rows).toEqual([
      { topic: 'online pesten', counts: [0, 1, 4], total: 5 },
      { topic: 'vuurwerk', counts: [1, 2, 0], total: 3 },
    ]);
    expect(pivot.monthTotals).toEqual([1, 3, 4]);
    expect(pivot.total).toBe(8);
  });

  it('offers every topic seen, also after filtering on one', () => {
    const item = { topics: ['wapens', 'vuurwerk'] } as TrendSignalDto;
    expect(
      mergeTopics(['online pesten'], [{ topic: 'vuurwerk', month: '2027-01', answers: 1 }], [item], 'drugs'),
    ).toEqual(['drugs', 'online pesten', 'vuurwerk', 'wapens']);
  });
});
