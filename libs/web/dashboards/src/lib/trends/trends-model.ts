import type { TrendGroupDto, TrendSignalDto } from '@halt/contracts';

/** Answers per page of the trends list (the API's page size). */
export const TREND_PAGE_SIZE = 50;

/** The query parameters of the trends page besides the period. */
export const SEARCH_PARAM = 'zoek';
export const TOPIC_PARAM = 'onderwerp';
export const PAGE_PARAM = 'pagina';

/** What the trends page filters on besides the period. */
export interface TrendFilter {
  q: string;
  topic: string;
  page: number;
}

/** The filter in the address; a missing or wrong page is page 1. */
export function trendFilterFromParams(get: (name: string) => string | null): TrendFilter {
  const page = Number(get(PAGE_PARAM));
  return {
    q: (get(SEARCH_PARAM) ?? '').trim().slice(0, 200),
    topic: (get(TOPIC_PARAM) ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Query parameters for a filter; empty ones (and page 1) leave the address. */
export function trendFilterParams(filter: TrendFilter): Record<string, string | number | null> {
  return {
    [SEARCH_PARAM]: filter.q.trim() || null,
    [TOPIC_PARAM]: filter.topic || null,
    [PAGE_PARAM]: filter.page > 1 ? filter.page : null,
  };
}

export function sameTrendFilter(a: TrendFilter, b: TrendFilter): boolean {
  return a.q === b.q && a.topic === b.topic && a.page === b.page;
}

/** Pages for a number of answers; at least one. */
export function pageCount(total: number, size = TREND_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Answers per topic and month as a table: topics (most answers first) by months (in order), with totals. */
export interface TrendPivot {
  months: string[];
  rows: { topic: string; counts: number[]; total: number }[];
  monthTotals: number[];
  total: number;
}

export function pivotGroups(groups: readonly TrendGroupDto[]): TrendPivot {
  const months = [...new Set(groups.map((g) => g.month.slice(0, 7)))].sort();
  const byTopic = new Map<string, number[]>();
  for (const g of groups) {
    const counts = byTopic.get(g.topic) ?? months.map(() => 0);
    counts[months.indexOf(g.month.slice(0, 7))] += g.answers;
    byTopic.set(g.topic, counts);
  }
  const rows = [...byTopic.entries()]
    .map(([topic, counts]) => ({ topic, counts, total: counts.reduce((n, c) => n + c, 0) }))
    .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic, 'nl'));
  const monthTotals = months.map((_, i) => rows.reduce((n, r) => n + r.counts[i], 0));
  return { months, rows, monthTotals, total: monthTotals.reduce((n, c) => n + c, 0) };
}

/**
 * The topics to filter on: those known (the API's list for the period, and any seen before), those of the
 * new results and the chosen one, alphabetically.
 */
export function mergeTopics(
  known: readonly string[],
  groups: readonly TrendGroupDto[],
  items: readonly TrendSignalDto[],
  chosen: string,
): string[] {
  const topics = new Set(known);
  for (const g of groups) topics.add(g.topic);
  for (const i of items) for (const t of i.topics) topics.add(t);
  if (chosen) topics.add(chosen);
  topics.delete('');
  return [...topics].sort((a, b) => a.localeCompare(b, 'nl'));
}
