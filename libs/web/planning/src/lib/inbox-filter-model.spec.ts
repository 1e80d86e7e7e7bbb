import { inboxFilterFromQuery, inboxQuery } from './inbox-filter-model';

const query = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('the inbox filters in the address', () => {
  it('opens on the new requests without a filter', () => {
    expect(inboxFilterFromQuery(query({}))).toEqual({ status: 'submitted', attention: '', within: 0 });
  });

  it('reads what needs attention in Dutch, with every state unless one is named', () => {
    expect(inboxFilterFromQuery(query({ aandacht: 'vervanging' }))).toEqual({
      status: '',
      attention: 'replacement',
      within: 0,
    });
    expect(inboxFilterFromQuery(query({ aandacht: 'niet-ingepland', binnen: '14', status: 'approved' }))).toEqual({
      status: 'approved',
      attention: 'unplanned',
      within: 14,
    });
  });

  it('ignores what it does not know', () => {
    expect(inboxFilterFromQuery(query({ aandacht: 'replacement', binnen: '7', status: 'nonsense' }))).toEqual({
      status: 'submitted',
      attention: '',
      within: 0,
    });
  });

  it('writes the same address back', () => {
    const filter = { status: '' as const, attention: 'unstaffed' as const, within: 30 };
    expect(inboxQuery(filter)).toEqual({ aandacht: 'zonder-medewerker', binnen: 30 });
    expect(
      inboxFilterFromQuery(
        query(Object.fromEntries(Object.entries(inboxQuery(filter)).map(([k, v]) => [k, String(v)]))),
      ),
    ).toEqual(filter);
  });
});
