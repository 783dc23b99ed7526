import type { Result } from '@kerf/service-kit';
import { parseOrderTerms } from '@kerf/service-kit';
import type { OrderTerm } from '../ports/material-repository.ts';
import type { MaterialField } from '../ports/records.ts';
import type { CatalogFailure } from './failure.ts';

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
  return parseOrderTerms(text ?? defaultOrdering, allowed);
}
