import { ok } from '@kerf/service-kit';
import type { FeedSource } from '../ports/feed-cursors.ts';
import type { LinePricing, LineRecord, PartSnapshot } from '../ports/records.ts';
import type { QuotesDeps } from './deps.ts';
import type { PricingSession } from './pricing-session.ts';
import { recordEvent } from './quote-events.ts';

/** What re-pricing changed: lines re-priced per quote id. */
export type Repriced = ReadonlyMap<string, readonly string[]>;

/**
 * Re-prices lines of draft quotes and moves a feed cursor, in one transaction: each quote is checked
 * to be a draft again inside it (a quote sent meanwhile keeps its prices), only lines whose price or
 * problems changed are written, and each touched quote gets its totals refreshed and a
 * `quote.repriced` event. `partOf` gives the part to price from (the stored snapshot, or a fresh one).
 */
export async function repriceDraftLines(
  deps: Pick<QuotesDeps, 'store' | 'clock'>,
  session: PricingSession,
  lines: readonly LineRecord[],
  partOf: (line: LineRecord) => PartSnapshot | null,
  cursor: { readonly source: FeedSource; readonly next: number },
): Promise<Repriced> {
  const now = deps.clock();
  const changed = new Map<string, LineRecord[]>();
  for (const line of lines) {
    const part = partOf(line);
    const pricing = await session.price(line, part);
    if (samePricing(line.pricing, pricing) && JSON.stringify(part) === JSON.stringify(line.part)) continue;
    const next = { ...line, part, pricing, updated_at: now.toISOString() };
    changed.set(line.quote_id, [...(changed.get(line.quote_id) ?? []), next]);
  }
  const done = new Map<string, string[]>();
  await deps.store.transact(async (tx) => {
    for (const [quoteId, quoteLines] of changed) {
      const quote = await tx.quotes.get(quoteId);
      if (quote?.status !== 'draft') continue;
      await tx.lines.update(quoteLines);
      const refreshed = await tx.quotes.refreshTotals(quoteId, now.toISOString());
      const ids = quoteLines.map((line) => line.id);
      await recordEvent(tx.outbox, 'quote.repriced', refreshed, now, { lineIds: ids });
      done.set(quoteId, ids);
    }
    await tx.cursors.set(cursor.source, cursor.next);
    return ok(true);
  });
  return done;
}

function samePricing(a: LinePricing, b: LinePricing): boolean {
  return JSON.stringify({ ...a, priced_at: '' }) === JSON.stringify({ ...b, priced_at: '' });
}
