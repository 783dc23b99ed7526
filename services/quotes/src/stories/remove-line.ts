import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { requirePerson } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import { notFound, success } from './failure.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { flushReleases, releasesOf } from './material-reference.ts';
import { saveLineChange } from './save-line-change.ts';

/** Removes a line from a draft; its material reference is released once the removal has committed. */
export function removeLine(deps: QuotesDeps) {
  return story<{ actor: Principal; id: string; lineId: string }>('removeLine')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('quote', ({ input }) => loadQuote(deps.store.read.quotes, input.actor, input.id))
    .step('draft', ({ quote }) => requireDraft(quote, deps.clock()))
    .step('line', async ({ input }) => {
      const [line] = await deps.store.read.lines.getMany(input.id, [input.lineId]);
      return line ? success(line) : notFound('line', 'path.line_id');
    })
    .step('saved', ({ input, line }) =>
      saveLineChange(deps, {
        actor: input.actor,
        quoteId: input.id,
        event: 'quote.lines-removed',
        releases: releasesOf([line]),
        write: async (tx) => {
          await tx.lines.delete(input.id, line.id);
          return [line];
        },
      }),
    )
    .step('released', async () => success(await flushReleases(deps, () => deps.clock().getTime())))
    .returns(({ saved }) => saved.quote);
}
