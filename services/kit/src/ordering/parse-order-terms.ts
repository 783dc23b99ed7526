import type { Refusal } from '../refusal/refusal.ts';
import { refusal, success } from '../refusal/refusal.ts';
import type { Result } from '../result/result.ts';

/** One term of a list's ordering: a field, ascending unless `descending`. */
export interface OrderTerm<F extends string> {
  readonly field: F;
  readonly descending: boolean;
}

/**
 * Parses an `ordering` query value such as `quality,-thickness` (`-` for descending) into terms,
 * refusing a field outside `allowed` as `invalid` input naming `query.ordering`; a repeated field
 * keeps its first occurrence.
 */
export function parseOrderTerms<F extends string>(
  text: string,
  allowed: readonly F[],
): Result<OrderTerm<F>[], Refusal<'invalid'>> {
  const terms: OrderTerm<F>[] = [];
  for (const raw of text.split(',')) {
    const descending = raw.startsWith('-');
    const field = (descending ? raw.slice(1) : raw).trim();
    if (!(allowed as readonly string[]).includes(field)) {
      return refusal('invalid', 'invalid-input', `Cannot order by "${field}".`, 'query.ordering');
    }
    if (terms.some((term) => term.field === field)) continue;
    terms.push({ field: field as F, descending });
  }
  return success(terms);
}
