import type { Context } from '../../config.ts';
import type { ChangeEvent } from '../../effects/event-stream.ts';
import { quotesError } from './errors.ts';
import { QUOTES_RELOAD_MS } from './state.ts';

/**
 * Reacts to a quotes change announced on the event stream (events carry no data): the shown list and,
 * when the change is about it, the open quote are fetched again once the burst has settled. A deleted
 * open quote reads as not found. Re-pricing after catalog changes arrives as `quote.repriced`.
 */
export const applyChange = ({ state, actions, effects }: Context, change: ChangeEvent): void => {
  if (change.service !== 'quotes') return;
  const later = (key: string, run: () => unknown) =>
    effects.events.timers.debounce(key, QUOTES_RELOAD_MS, () => void run());
  if (state.quotes.list.status !== 'idle') later('quotes.list', actions.quotes.reloadQuotes);
  const open = state.quotes.open;
  if (open.id !== change.entity_id || open.status === 'idle') return;
  if (change.type === 'quote.deleted') {
    open.request += 1;
    open.status = 'error';
    open.error = quotesError({ type: 'about:blank', title: 'Not found', status: 404, code: 'not-found' });
    return;
  }
  later('quotes.open', actions.quotes.reloadQuote);
};

/** After the stream was down, changes may have been missed: fetch the shown list and quote again. */
export const refreshVisible = async ({ actions }: Context): Promise<void> => {
  await Promise.all([actions.quotes.reloadQuotes(), actions.quotes.reloadQuote()]);
};
