import { ok } from '@kerf/service-kit';
import type { FeedSource } from '../ports/feed-cursors.ts';
import type { LinePricing, LineRecord, PartSnapshot } from '../ports/records.ts';
import type { QuotesDeps } from './deps.ts';
import type { PricingSession } from './pricing-session.ts';
import { recordEvent } from './quote-events.ts';

/** What re-pricing changed: lines re-priced per quote id. */
export type Repriced = ReadonlyMap<string, readonly string[]>;

/** Rounds of re-pricing lines that a person changed while they were being re-priced. */
const rounds = 3;

/**
 * Re-prices lines of draft quotes and moves a feed cursor. Each round is one transaction: each quote
 * is checked to be a draft again inside it (a quote sent meanwhile keeps its prices), only lines whose
 * price or problems changed are written, and only when nobody changed them since they were read (those
 * are read again and re-priced in the next round); each touched quote gets its totals refreshed and a
 * `quote.repriced` event. `partOf` gives the part to price from (the stored snapshot, or a fresh one).
 */
export async function repriceDraftLines(
  deps: Pick<QuotesDeps, 'store' | 'clock'>,
  session: PricingSession,
  lines: readonly LineRecord[],
  partOf: (line: LineRecord) => PartSnapshot | null,
  cursor: { readonly source: FeedSource; readonly next: number },
): Promise<Repriced> {
  const done = new Map<string, string[]>();
  let pending = lines;
  for (let round = 0; round < rounds; round += 1) {
    const changed = await reprice(deps, session, pending, partOf);
    const stale: LineRecord[] = [];
    await deps.store.transact(async (tx) => {
      const now = deps.clock();
      for (const [quoteId, quoteLines] of changed) {
        const quote = await tx.quotes.get(quoteId);
        if (quote?.status !== 'draft') continue;
        const ids = quoteLines.map((line) => line.id);
        const current = new Map((await tx.lines.getMany(quoteId, ids)).map((line) => [line.id, line]));
        const fresh: LineRecord[] = [];
        for (const { read_at: readAt, ...line } of quoteLines) {
          const stored = current.get(line.id);
          if (stored?.updated_at === readAt) fresh.push(line);
          else if (stored) stale.push(stored); // changed by a person meanwhile: price it again
        }
        if (fresh.length === 0) continue;
        await tx.lines.update(fresh);
        const refreshed = await tx.quotes.refreshTotals(quoteId, now.toISOString());
        const freshIds = fresh.map((line) => line.id);
        await recordEvent(tx.outbox, 'quote.repriced', refreshed, now, { lineIds: freshIds });
        done.set(quoteId, [...(done.get(quoteId) ?? []), ...freshIds]);
      }
      await tx.cursors.set(cursor.source, cursor.next);
      return ok(true);
    });
    if (stale.length === 0) break;
    pending = stale;
  }
  return done;
}

/** A re-priced line and when the line it came from was last changed. */
type Repricing = LineRecord & { readonly read_at: string };

/** The lines whose price, problems or part changed, by quote. */
async function reprice(
  deps: Pick<QuotesDeps, 'clock'>,
  session: PricingSession,
  lines: readonly LineRecord[],
  partOf: (line: LineRecord) => PartSnapshot | null,
): Promise<Map<string, Repricing[]>> {
  const now = deps.clock().toISOString();
  const changed = new Map<string, Repricing[]>();
  for (const line of lines) {
    const part = partOf(line);
    const pricing = await session.price(line, part);
    if (samePricing(line.pricing, pricing) && JSON.stringify(part) === JSON.stringify(line.part)) continue;
    const next = { ...line, part, pricing, updated_at: now, read_at: line.updated_at };
    changed.set(line.quote_id, [...(changed.get(line.quote_id) ?? []), next]);
  }
  return changed;
}

function samePricing(a: LinePricing, b: LinePricing): boolean {
  return JSON.stringify({ ...a, priced_at: '' }) === JSON.stringify({ ...b, priced_at: '' });
}
