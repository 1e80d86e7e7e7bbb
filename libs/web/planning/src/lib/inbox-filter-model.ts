import { REQUEST_ATTENTION, type RequestAttention, type RequestState } from '@halt/contracts';

/** The inbox's filters as links carry them (`/planner/aanvragen?aandacht=vervanging&binnen=14`). */
export interface InboxLinkFilter {
  status: RequestState | '';
  attention: RequestAttention | '';
  within: number;
}

/** Dutch words in the address for what needs attention (the e-mails and the planner's home link to them). */
export const ATTENTION_WORDS: Record<RequestAttention, string> = {
  replacement: 'vervanging',
  unstaffed: 'zonder-medewerker',
  unplanned: 'niet-ingepland',
  escalated: 'escalatie',
  week: 'komende-week',
};

const STATES: readonly string[] = ['submitted', 'approved', 'change_requested', 'planned', 'confirmed', 'cancelled'];
const WITHIN = [14, 30, 60];

/**
 * Reads the inbox's filters from the address: a known state, an attention word, a number of days (14, 30 or 60).
 * Without any, the inbox opens on the new (submitted) requests; a link about attention shows every state.
 */
export function inboxFilterFromQuery(query: { get(name: string): string | null }): InboxLinkFilter {
  const word = query.get('aandacht');
  const attention = REQUEST_ATTENTION.find((a) => ATTENTION_WORDS[a] === word) ?? '';
  const status = query.get('status');
  const within = Number(query.get('binnen'));
  return {
    status: status && STATES.includes(status) ? (status as RequestState) : attention ? '' : 'submitted',
    attention,
    within: WITHIN.includes(within) ? within : 0,
  };
}

/** The address's query for a filter (the reverse of `inboxFilterFromQuery`). */
export function inboxQuery(filter: Partial<InboxLinkFilter>): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  if (filter.status) query['status'] = filter.status;
  if (filter.attention) query['aandacht'] = ATTENTION_WORDS[filter.attention];
  if (filter.within) query['binnen'] = filter.within;
  return query;
}
