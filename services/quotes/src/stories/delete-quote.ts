import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { flushReleases, releasesOf } from './material-reference.ts';
import { requirePerson } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import { success } from './failure.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { recordEvent } from './quote-events.ts';

/**
 * Deletes a draft and its lines; their material references are queued for release in the same
 * transaction (and sent to the catalog after it commits).
 */
export function deleteQuote(deps: QuotesDeps) {
  return story<{ actor: Principal; id: string }>('deleteQuote')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('deleted', ({ input }) =>
      deps.store.transact(async (tx) => {
        const now = deps.clock();
        const found = await loadQuote(tx.quotes, input.actor, input.id);
        if (!found.ok) return found;
        const draft = requireDraft(found.data, now);
        if (!draft.ok) return draft;
        const lines = await tx.lines.listByQuote(input.id);
        await tx.releases.add(releasesOf(lines), now.getTime());
        await tx.quotes.delete(input.id);
        await recordEvent(tx.outbox, 'quote.deleted', found.data, now, { lineIds: lines.map((l) => l.id) });
        return success(true);
      }),
    )
    .step('released', async () => success(await flushReleases(deps, () => deps.clock().getTime())))
    .returns(() => undefined);
}
