import type { Principal, Result } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { isoDay, transition } from '../domain/quote-status.ts';
import type { QuoteRecord, QuoteStatus, QuoteWithLines } from '../ports/records.ts';
import { requirePerson } from './access.ts';
import { quoteName, validityDate } from './create-quote.ts';
import type { QuotesDeps } from './deps.ts';
import type { QuotesFailure } from './failure.ts';
import { refuse, success } from './failure.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { recordEvent } from './quote-events.ts';

/** The changes the contract allows. */
export interface QuoteChanges {
  readonly name?: string;
  readonly valid_until?: string;
  readonly status?: QuoteStatus;
}

/**
 * Renames a draft, changes its validity, or moves it draft -> sent -> accepted. A draft is sent only
 * when it has lines and every one is priced; sent and accepted quotes are otherwise read-only.
 */
export function updateQuote(deps: Pick<QuotesDeps, 'store' | 'clock'>) {
  return story<{ actor: Principal; id: string; changes: QuoteChanges }>('updateQuote')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('updated', ({ input }) =>
      deps.store.transact(async (tx) => {
        const now = deps.clock();
        const found = await loadQuote(tx.quotes, input.actor, input.id);
        if (!found.ok) return found;
        const edited = edit(found.data, input.changes, now);
        if (!edited.ok) return edited;
        const moved = move(edited.data, input.changes.status, now);
        if (!moved.ok) return moved;
        const { quote, statusChanged } = moved.data;
        const renamed = input.changes.name !== undefined || input.changes.valid_until !== undefined;
        if (!renamed && !statusChanged) return success(found.data);
        await tx.quotes.update(quote);
        if (renamed) await recordEvent(tx.outbox, 'quote.updated', quote, now);
        if (statusChanged) {
          await recordEvent(tx.outbox, quote.status === 'sent' ? 'quote.sent' : 'quote.accepted', quote, now);
        }
        return success(quote);
      }),
    )
    .step('lines', async ({ updated }) => success(await deps.store.read.lines.listByQuote(updated.id)))
    .returns(({ updated, lines }): QuoteWithLines => ({ quote: updated, lines }));
}

function edit(quote: QuoteRecord, changes: QuoteChanges, now: Date): Result<QuoteRecord, QuotesFailure> {
  if (changes.name === undefined && changes.valid_until === undefined) return success(quote);
  const draft = requireDraft(quote, now);
  if (!draft.ok) return draft;
  let next: QuoteRecord = { ...quote, updated_at: now.toISOString() };
  if (changes.name !== undefined) {
    const name = quoteName(changes.name);
    if (!name.ok) return name;
    next = { ...next, name: name.data };
  }
  if (changes.valid_until !== undefined) {
    const date = validityDate(changes.valid_until, now);
    if (!date.ok) return date;
    next = { ...next, valid_until: date.data };
  }
  return success(next);
}

function move(
  quote: QuoteRecord,
  to: QuoteStatus | undefined,
  now: Date,
): Result<{ quote: QuoteRecord; statusChanged: boolean }, QuotesFailure> {
  if (to === undefined) return success({ quote, statusChanged: false });
  const step = transition(quote, to, isoDay(now));
  if (!step.ok) return refuse('conflict', step.code, step.detail);
  if (!step.changed) return success({ quote, statusChanged: false });
  if (step.to === 'sent' && (quote.totals.line_count === 0 || quote.totals.blocked_line_count > 0)) {
    const detail =
      quote.totals.line_count === 0
        ? 'A quote without lines cannot be sent.'
        : `${quote.totals.blocked_line_count} line(s) cannot be priced yet: fix or remove them first.`;
    return refuse('conflict', 'quote-not-ready', detail);
  }
  const at = now.toISOString();
  return success({
    quote: {
      ...quote,
      status: step.to,
      updated_at: at,
      ...(step.to === 'sent' ? { sent_at: at } : { accepted_at: at }),
    },
    statusChanged: true,
  });
}
