import type { Context } from '../../config.ts';
import { loadPageInto } from '../page-list.ts';
import { quotesError } from './errors.ts';
import type { QuoteQuery } from './types.ts';

/**
 * Shows the quotes page asked for (merged into the current query). Only the latest request's answer
 * is kept, so fast typing or paging never shows an older page last.
 */
export const loadQuotes = async (
  { state, effects }: Context,
  query: Partial<QuoteQuery> = {},
): Promise<void> => {
  const list = state.quotes.list;
  const current = list.query;
  const next: QuoteQuery = {
    limit: query.limit ?? current.limit,
    offset: query.offset ?? current.offset,
    ordering: [...(query.ordering ?? current.ordering)],
    status: query.status === undefined ? current.status : query.status,
    search: query.search ?? current.search,
  };
  list.query = { ...next, ordering: [...next.ordering] };
  await loadPageInto(list, () => effects.quotes.api.listQuotes(next), quotesError);
};

/** Fetches the shown quotes page again (after a change here or elsewhere); a no-op when none shows. */
export const reloadQuotes = async ({ state, actions }: Context): Promise<void> => {
  if (state.quotes.list.status === 'idle') return;
  await actions.quotes.loadQuotes({});
};

/** The page that showed the list is gone: live changes no longer reload it, late answers are dropped. */
export const leaveQuotes = ({ state }: Context): void => {
  state.quotes.list.status = 'idle';
  state.quotes.list.request += 1;
};
