import type { Principal, Result } from '@kerf/service-kit';
import type { QuoteRecord } from '../ports/records.ts';
import type { QuotesFailure } from './failure.ts';
import { notFound, refuse, success } from './failure.ts';

/** Which shape a caller gets: the shop's (every cost term) or the customers' (prices and shares). */
export type View = 'internal' | 'external';

/** The view of a caller, from the role in their token. */
export function viewOf(actor: Principal): View {
  return actor.role === 'external' ? 'external' : 'internal';
}

/** The only company an external caller sees; null for the shop and services, who see every company. */
export function ownCompanyOf(actor: Principal): string | null {
  return actor.role === 'external' ? actor.company : null;
}

/** The quote when the caller may see it; another company's quote is refused as not found. */
export function visibleQuote(
  actor: Principal,
  quote: QuoteRecord | null,
): Result<QuoteRecord, QuotesFailure> {
  const own = ownCompanyOf(actor);
  if (!quote || (own !== null && quote.company_id !== own)) return notFound('quote');
  return success(quote);
}

/** People change quotes and ask for prices; a service token names no user, so services only read. */
export function requirePerson(actor: Principal): Result<Principal, QuotesFailure> {
  if (actor.role === 'service') return refuse('forbidden', 'forbidden', 'Services may only read quotes.');
  return success(actor);
}

/**
 * The company a new quote or a preview is for: the caller's own, or, for the shop only, the one it
 * names. An external caller naming a company is refused (company comes from the token only).
 */
export function targetCompany(
  actor: Principal,
  named: string | undefined,
): Result<string | null, QuotesFailure> {
  if (named === undefined) return success(actor.role === 'external' ? actor.company : null);
  if (actor.role === 'external') {
    return refuse('forbidden', 'forbidden-field', 'Your company comes from your sign-in.', 'body.company_id');
  }
  return success(named);
}
