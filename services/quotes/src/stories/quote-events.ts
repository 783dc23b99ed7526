import type { Outbox } from '../ports/outbox.ts';
import type { EventType, QuoteRecord } from '../ports/records.ts';
import { effectiveStatus, isoDay } from '../domain/quote-status.ts';

/**
 * Records a change of a quote in the outbox (inside the change's transaction). The payload names the
 * company so that followers route it to that company only, and carries no cost or margin.
 */
export async function recordEvent(
  outbox: Outbox,
  type: EventType,
  quote: QuoteRecord,
  at: Date,
  details: { lineIds?: readonly string[]; sourceId?: string } = {},
): Promise<void> {
  await outbox.append({
    type,
    entity_id: quote.id,
    at: at.toISOString(),
    payload: {
      company_id: quote.company_id,
      status: effectiveStatus(quote, isoDay(at)),
      name: quote.name,
      total_cents: quote.totals.total_cents,
      line_count: quote.totals.line_count,
      line_ids: [...(details.lineIds ?? [])],
      source_id: details.sourceId ?? null,
    },
  });
}
