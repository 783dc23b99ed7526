import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { LineRecord, LineSpec } from '../ports/records.ts';
import { requirePerson } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import { guarded, success } from './failure.ts';
import { allOf, checkQuantity, offeredMaterial, ownedPart } from './line-checks.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { recordReferences, releasesOf } from './material-reference.ts';
import { openPricingSession } from './pricing-session.ts';
import { saveLineChange } from './save-line-change.ts';

/** Lines to add, as the contract validated them. */
export interface AddLinesInput {
  readonly actor: Principal;
  readonly id: string;
  readonly lines: readonly LineSpec[];
}

/**
 * Adds lines to a draft in one transaction. Every part must be the quote's company's and every
 * material offered, or nothing is added (404 naming the field). Lines that cannot be priced (part
 * not ready or failed, blocking problems, no cutting parameters) are added blocked, with their
 * problems. The catalog records each line's material reference before the lines are stored.
 */
export function addLines(deps: QuotesDeps) {
  return story<AddLinesInput>('addLines')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('quote', ({ input }) => loadQuote(deps.store.read.quotes, input.actor, input.id))
    .step('draft', ({ quote }) => requireDraft(quote, deps.clock()))
    .step('quantities', ({ input }) =>
      allOf(
        input.lines.map((line, i) =>
          checkQuantity(line.quantity, deps.settings.maxQuantity, `body.lines[${i}].quantity`),
        ),
      ),
    )
    .step('session', () => success(openPricingSession({ ...deps, now: deps.clock().toISOString() })))
    .step('loaded', ({ input, session }) =>
      guarded(() => session.loadParts(input.lines.map((line) => line.part_id)), logUpstream(deps)),
    )
    .step('parts', ({ input, quote, session }) =>
      allOf(
        input.lines.map((line, i) =>
          ownedPart(session.part(line.part_id), quote.company_id, `body.lines[${i}].part_id`),
        ),
      ),
    )
    .step('materials', ({ input, session }) =>
      guarded(
        () => Promise.all(input.lines.map((line) => session.material(line.material_id))),
        logUpstream(deps),
      ),
    )
    .step('offered', ({ materials }) =>
      allOf(materials.map((material, i) => offeredMaterial(material, `body.lines[${i}].material_id`))),
    )
    .step('records', ({ input, session, parts }) =>
      guarded(async () => {
        const now = deps.clock().toISOString();
        return Promise.all(
          input.lines.map(async (spec, i): Promise<LineRecord> => ({
            ...spec,
            id: deps.newId(),
            quote_id: input.id,
            position: i,
            part_name: parts[i]!.name,
            part: parts[i]!,
            pricing: await session.price(spec, parts[i]!),
            created_at: now,
            updated_at: now,
          })),
        );
      }, logUpstream(deps)),
    )
    .step('recorded', ({ records }) => recordReferences(deps, records))
    .step('saved', async ({ input, records }) => {
      const saved = await saveLineChange(deps, {
        actor: input.actor,
        quoteId: input.id,
        event: 'quote.lines-added',
        write: async (tx) => {
          const first = await tx.lines.nextPosition(input.id);
          const placed = records.map((line, i) => ({ ...line, position: first + i }));
          await tx.lines.insert(placed);
          return placed;
        },
      });
      // The references were recorded for lines that now will not exist.
      if (!saved.ok) await deps.store.read.releases.add(releasesOf(records), deps.clock().getTime());
      return saved;
    })
    .returns(({ saved }) => saved);
}

/** Logs why another service did not answer (the caller gets a 503 without the details). */
export function logUpstream(deps: Pick<QuotesDeps, 'logger'>) {
  return (error: unknown) => deps.logger.warn('upstream-failed', { error });
}
