import type { Result } from '@kerf/service-kit';

import type { OrderTerm } from '../ports/material-repository.ts';
import type { MaterialField } from '../ports/records.ts';
import type { CatalogFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/** The ordering used when the caller gives none. */
export const defaultOrdering = 'quality,thickness,name';

/**
 * Parses `quality,-thickness` into ordering terms, refusing fields outside `allowed` (as
 * `query.ordering`); a repeated field keeps its first occurrence.
 */
export function parseOrdering(
  text: string | undefined,
  allowed: readonly MaterialField[],
): Result<OrderTerm[], CatalogFailure> {
  const terms: OrderTerm[] = [];
  for (const raw of (text ?? defaultOrdering).split(',')) {
    const descending = raw.startsWith('-');
    const field = (descending ? raw.slice(1) : raw).trim();
    if (!(allowed as readonly string[]).includes(field)) {
      return refuse('invalid', 'invalid-input', `Cannot order by "${field}".`, 'query.ordering');
    }
    if (terms.some((term) => term.field === field)) continue;
    terms.push({ field: field as MaterialField, descending });
  }
  return success(terms);
}
