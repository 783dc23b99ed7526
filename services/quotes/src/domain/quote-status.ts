import type { QuoteRecord, QuoteStatus, StoredStatus } from '../ports/records.ts';

/** Today as `YYYY-MM-DD` (UTC): validity dates are whole days. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `date`, as `YYYY-MM-DD`. */
export function addDays(date: Date, days: number): string {
  return isoDay(new Date(date.getTime() + days * 86_400_000));
}

/** The status callers see: a sent quote past its validity date reads as `expired`. */
export function effectiveStatus(
  quote: Pick<QuoteRecord, 'status' | 'valid_until'>,
  today: string,
): QuoteStatus {
  return quote.status === 'sent' && quote.valid_until < today ? 'expired' : quote.status;
}

/** Why a status change is refused, or the stored status it leads to. */
export type Transition =
  | { readonly ok: true; readonly to: StoredStatus; readonly changed: boolean }
  | { readonly ok: false; readonly code: 'invalid-transition' | 'quote-expired'; readonly detail: string };

/**
 * The moves a quote may make: draft -> sent -> accepted. Asking for the current status changes
 * nothing; an expired quote (sent, validity passed) can no longer be accepted, and a draft whose
 * validity passed cannot be sent.
 */
export function transition(quote: QuoteRecord, to: QuoteStatus, today: string): Transition {
  const current = effectiveStatus(quote, today);
  if (to === current) return { ok: true, to: quote.status, changed: false };
  const expired = quote.valid_until < today;
  if ((quote.status === 'draft' && to === 'sent') || (quote.status === 'sent' && to === 'accepted')) {
    if (expired) {
      return {
        ok: false,
        code: 'quote-expired',
        detail: `The quote was valid until ${quote.valid_until}: ${to === 'sent' ? 'set a new validity date first' : 'duplicate it to quote again'}.`,
      };
    }
    return { ok: true, to, changed: true };
  }
  return { ok: false, code: 'invalid-transition', detail: `A ${current} quote cannot become ${to}.` };
}
