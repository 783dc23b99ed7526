import type { Result } from '@kerf/service-kit';
import type { OrderTerm, QuoteField } from '../ports/quote-repository.ts';
import { quoteFields } from '../ports/quote-repository.ts';
import type { QuotesFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/** The ordering used when the caller gives none: most recently changed first. */
export const defaultOrdering = '-updated_at';

/** Parses `status,-updated_at` into ordering terms; a repeated field keeps its first occurrence. */
export function parseOrdering(text: string | undefined): Result<OrderTerm[], QuotesFailure> {
  const terms: OrderTerm[] = [];
  for (const raw of (text ?? defaultOrdering).split(',')) {
    const descending = raw.startsWith('-');
    const field = (descending ? raw.slice(1) : raw).trim();
    if (!(quoteFields as readonly string[]).includes(field)) {
      return refuse('invalid', 'invalid-input', `Cannot order by "${field}".`, 'query.ordering');
    }
    if (terms.some((term) => term.field === field)) continue;
    terms.push({ field: field as QuoteField, descending });
  }
  return success(terms);
}
