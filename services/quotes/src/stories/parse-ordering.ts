import type { Result } from '@kerf/service-kit';
import { parseOrderTerms } from '@kerf/service-kit';
import type { OrderTerm } from '../ports/quote-repository.ts';
import { quoteFields } from '../ports/quote-repository.ts';
import type { QuotesFailure } from './failure.ts';

/** The ordering used when the caller gives none: most recently changed first. */
export const defaultOrdering = '-updated_at';

/** Parses `status,-updated_at` into ordering terms; a repeated field keeps its first occurrence. */
export function parseOrdering(text: string | undefined): Result<OrderTerm[], QuotesFailure> {
  return parseOrderTerms(text ?? defaultOrdering, quoteFields);
}
