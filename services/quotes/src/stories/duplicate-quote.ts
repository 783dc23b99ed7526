import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { addDays } from '../domain/quote-status.ts';
import type { LineRecord, QuoteRecord, QuoteWithLines } from '../ports/records.ts';
import { logUpstream } from './add-lines.ts';
import { requirePerson } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import { guarded, success } from './failure.ts';
import { loadQuote } from './load-quote.ts';
import { recordReferences } from './material-reference.ts';
import { openPricingSession } from './pricing-session.ts';
import { recordEvent } from './quote-events.ts';

/** The longest quote name the contract allows. */
const maxName = 120;

/**
 * Copies a quote of any status into a new draft of the same company, every line re-read and
 * re-priced from today's catalog (a material no longer offered leaves its line blocked, not the copy
 * refused), with a fresh validity date.
 */
export function duplicateQuote(deps: QuotesDeps) {
  return story<{ actor: Principal; id: string }>('duplicateQuote')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('source', ({ input }) => loadQuote(deps.store.read.quotes, input.actor, input.id))
    .step('sourceLines', async ({ source }) => success(await deps.store.read.lines.listByQuote(source.id)))
    .step('copy', ({ input, source }) => {
      const now = deps.clock();
      const at = now.toISOString();
      return success<QuoteRecord>({
        ...source,
        id: deps.newId(),
        name: copyName(source.name),
        status: 'draft',
        valid_until: addDays(now, deps.settings.validityDays),
        created_by: input.actor.sub,
        created_at: at,
        updated_at: at,
        sent_at: null,
        accepted_at: null,
      });
    })
    .step('lines', ({ copy, sourceLines }) =>
      guarded(async () => {
        const session = openPricingSession({ ...deps, now: copy.created_at });
        await session.loadParts(sourceLines.map((line) => line.part_id));
        return Promise.all(
          sourceLines.map(async (line): Promise<LineRecord> => {
            const part = session.part(line.part_id);
            return {
              ...line,
              id: deps.newId(),
              quote_id: copy.id,
              part,
              pricing: await session.price(line, part),
              created_at: copy.created_at,
              updated_at: copy.created_at,
            };
          }),
        );
      }, logUpstream(deps)),
    )
    .step('recorded', ({ lines }) => recordReferences(deps, lines))
    .step('saved', ({ input, copy, lines }) =>
      deps.store.transact(async (tx) => {
        await tx.quotes.insert(copy);
        await tx.lines.insert(lines);
        const quote = await tx.quotes.refreshTotals(copy.id, copy.created_at);
        await recordEvent(tx.outbox, 'quote.created', quote, deps.clock(), { sourceId: input.id });
        return success(quote);
      }),
    )
    .returns(({ saved, lines }): QuoteWithLines => ({ quote: saved, lines }));
}

function copyName(name: string): string {
  const suffix = ' (copy)';
  return name.length + suffix.length <= maxName
    ? name + suffix
    : name.slice(0, maxName - suffix.length) + suffix;
}
