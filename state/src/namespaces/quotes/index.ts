import type { QuotesClient } from '../../effects/quotes-client.ts';
import * as actions from './actions.ts';
import { createQuotesApi, type QuotesApi } from './effects.ts';
import { createQuotesState } from './state.ts';

export { createQuotesApi, quoteListParams, type QuotesApi } from './effects.ts';
export { checkQuantity, quoteFieldName, quotesError } from './errors.ts';
export {
  DEFAULT_QUOTE_QUERY,
  MAX_QUANTITY,
  QUOTES_RELOAD_MS,
  type OpenQuoteState,
  type QuoteActionState,
  type QuoteListState,
  type QuoteLoadStatus,
  type QuotesError,
  type QuotesState,
  type SavingState,
} from './state.ts';
export type * from './types.ts';

/** The quotes namespace's effects: the quotes service. */
export interface QuotesEffects {
  api: QuotesApi;
}

/** The quotes namespace: the Quotes list, the open quote and its lines, kept live. */
export function createQuotesNamespace(client: QuotesClient) {
  const effects: QuotesEffects = { api: createQuotesApi(client) };
  return { state: createQuotesState(), actions, effects };
}
