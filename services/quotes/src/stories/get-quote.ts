import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { QuotesRepositories } from '../ports/quotes-store.ts';
import type { QuoteWithLines } from '../ports/records.ts';
import { success } from './failure.ts';
import { loadQuote } from './load-quote.ts';

/** Reads a quote with its lines (another company's quote answers not found to external callers). */
export function getQuote(deps: { readonly read: Pick<QuotesRepositories, 'quotes' | 'lines'> }) {
  return story<{ actor: Principal; id: string }>('getQuote')
    .step('quote', ({ input }) => loadQuote(deps.read.quotes, input.actor, input.id))
    .step('lines', async ({ quote }) => success(await deps.read.lines.listByQuote(quote.id)))
    .returns(({ quote, lines }): QuoteWithLines => ({ quote, lines }));
}
