import { noContent } from '@kerf/service-kit';
import { createQuote } from '../stories/create-quote.ts';
import { deleteQuote } from '../stories/delete-quote.ts';
import type { QuotesDeps } from '../stories/deps.ts';
import { duplicateQuote } from '../stories/duplicate-quote.ts';
import { getQuote } from '../stories/get-quote.ts';
import { listQuotes } from '../stories/list-quotes.ts';
import { updateQuote } from '../stories/update-quote.ts';
import type { QuotesHandlers } from './handlers.ts';
import { callerOf } from './handlers.ts';
import { reply } from './reply.ts';

type QuoteOperations =
  'listQuotes' | 'createQuote' | 'getQuote' | 'updateQuote' | 'deleteQuote' | 'duplicateQuote';

/** The quote operations: one story each, answered in the caller's view. */
export function quoteRoutes(deps: QuotesDeps): QuotesHandlers<QuoteOperations> {
  const list = listQuotes({ quotes: deps.store.read.quotes, clock: deps.clock });
  const create = createQuote(deps);
  const get = getQuote({ read: deps.store.read });
  const update = updateQuote(deps);
  const remove = deleteQuote(deps);
  const duplicate = duplicateQuote(deps);
  return {
    async listQuotes(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await list({ actor, limit: 50, offset: 0, ...request.query });
      return reply(request, result, (page) => request.json(200, present.page(page)));
    },
    async createQuote(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await create({ actor, ...request.body });
      return reply(request, result, (quote) => request.json(201, present.quote({ quote, lines: [] })));
    },
    async getQuote(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await get({ actor, id: request.path.id });
      return reply(request, result, (quote) => request.json(200, present.quote(quote)));
    },
    async updateQuote(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await update({ actor, id: request.path.id, changes: request.body });
      return reply(request, result, (quote) => request.json(200, present.quote(quote)));
    },
    async deleteQuote(request) {
      const result = await remove({ actor: request.caller(), id: request.path.id });
      return reply(request, result, () => noContent(request));
    },
    async duplicateQuote(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await duplicate({ actor, id: request.path.id });
      return reply(request, result, (quote) => request.json(201, present.quote(quote)));
    },
  };
}
