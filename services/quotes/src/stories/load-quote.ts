import type { Principal, Result } from '@kerf/service-kit';
import { effectiveStatus, isoDay } from '../domain/quote-status.ts';
import type { QuoteRepository } from '../ports/quote-repository.ts';
import type { QuoteRecord } from '../ports/records.ts';
import { visibleQuote } from './access.ts';
import type { QuotesFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/** The quote when it exists and the caller may see it (another company's answers not found). */
export async function loadQuote(
  quotes: Pick<QuoteRepository, 'get'>,
  actor: Principal,
  id: string,
): Promise<Result<QuoteRecord, QuotesFailure>> {
  return visibleQuote(actor, await quotes.get(id));
}

/** Refuses changes to a quote that is no longer a draft. */
export function requireDraft(quote: QuoteRecord, now: Date): Result<QuoteRecord, QuotesFailure> {
  if (quote.status === 'draft') return success(quote);
  const status = effectiveStatus(quote, isoDay(now));
  return refuse('conflict', 'quote-read-only', `A ${status} quote is read-only: duplicate it to change it.`);
}
