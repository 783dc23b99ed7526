import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { isoDay } from '../domain/quote-status.ts';
import type { Page, QuoteFilter, QuoteRepository } from '../ports/quote-repository.ts';
import type { QuoteRecord, QuoteStatus } from '../ports/records.ts';
import type { Clock } from '../ports/runtime.ts';
import { ownCompanyOf } from './access.ts';
import { success } from './failure.ts';
import { parseOrdering } from './parse-ordering.ts';

/** What a caller asks of the quote list (already validated against the contract). */
export interface ListQuotesInput {
  readonly actor: Principal;
  readonly limit: number;
  readonly offset: number;
  readonly ordering?: string;
  readonly status?: QuoteStatus;
  readonly search?: string;
  readonly company_id?: string;
}

/**
 * Lists quotes: external callers only ever their own company's (asking for another company gives an
 * empty page, and the count is counted among their own only), the shop every company's.
 */
export function listQuotes(deps: { readonly quotes: Pick<QuoteRepository, 'list'>; readonly clock: Clock }) {
  return story<ListQuotesInput>('listQuotes')
    .step('ordering', ({ input }) => parseOrdering(input.ordering))
    .step('page', async ({ input, ordering }) => {
      const own = ownCompanyOf(input.actor);
      if (own !== null && input.company_id !== undefined && input.company_id !== own) {
        return success<Page<QuoteRecord>>({ count: 0, items: [] });
      }
      const company = own ?? input.company_id;
      const filter: QuoteFilter = {
        today: isoDay(deps.clock()),
        ...(company === undefined ? {} : { company_id: company }),
        ...(input.status === undefined ? {} : { status: input.status }),
        ...(input.search === undefined ? {} : { search: input.search }),
      };
      return success(await deps.quotes.list({ filter, ordering, limit: input.limit, offset: input.offset }));
    })
    .returns(({ page }) => page);
}
