import type { Principal, Result } from '@kerf/service-kit';
import type { QuotesRepositories } from '../ports/quotes-store.ts';
import type { EventType, LineRecord, QuoteRecord } from '../ports/records.ts';
import type { PendingRelease } from '../ports/release-queue.ts';
import type { QuotesDeps } from './deps.ts';
import type { QuotesFailure } from './failure.ts';
import { success } from './failure.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { recordEvent } from './quote-events.ts';

/** One change to a draft's lines. */
export interface LineChange {
  readonly actor: Principal;
  readonly quoteId: string;
  readonly event: EventType;
  /** Writes the lines (inside the transaction) and returns the lines the answer shows. */
  readonly write: (tx: QuotesRepositories) => Promise<readonly LineRecord[]>;
  /** Material references the change drops. */
  readonly releases?: readonly PendingRelease[];
}

/** The quote's new totals and the lines a change touched. */
export interface LinesChanged {
  readonly quote: QuoteRecord;
  readonly lines: readonly LineRecord[];
}

/**
 * Saves a change to a draft's lines in one transaction: checks again that the quote is visible and
 * still a draft (it may have been sent meanwhile), writes the lines, refreshes the totals, queues
 * dropped references for release and records the event.
 */
export function saveLineChange(
  deps: Pick<QuotesDeps, 'store' | 'clock'>,
  change: LineChange,
): Promise<Result<LinesChanged, QuotesFailure>> {
  return deps.store.transact(async (tx) => {
    const now = deps.clock();
    const found = await loadQuote(tx.quotes, change.actor, change.quoteId);
    if (!found.ok) return found;
    const draft = requireDraft(found.data, now);
    if (!draft.ok) return draft;
    const lines = await change.write(tx);
    if (change.releases && change.releases.length > 0) await tx.releases.add(change.releases, now.getTime());
    const quote = await tx.quotes.refreshTotals(change.quoteId, now.toISOString());
    await recordEvent(tx.outbox, change.event, quote, now, { lineIds: lines.map((line) => line.id) });
    return success({ quote, lines });
  });
}
