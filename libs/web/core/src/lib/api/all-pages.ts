import type { Page } from '@halt/contracts';

/**
 * Every item of a paged list, page after page (the API gives at most 50 a page), for the few places that need
 * the whole of a bounded list: a catalogue of a few dozen offers, a gemeente's schools to choose from.
 */
export async function allPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    all.push(...result.items);
    if (result.items.length === 0 || page * result.pageSize >= result.total) return all;
  }
}
