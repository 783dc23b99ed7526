import type { Principal, Result } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { LeadTime } from '../pricing/types.ts';
import type { LineRecord, Units } from '../ports/records.ts';
import { logUpstream } from './add-lines.ts';
import { requirePerson } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import type { QuotesFailure } from './failure.ts';
import { guarded, notFound, success } from './failure.ts';
import { checkQuantity, offeredMaterial } from './line-checks.ts';
import { loadQuote, requireDraft } from './load-quote.ts';
import { flushReleases, recordReferences, releasesOf } from './material-reference.ts';
import { openPricingSession } from './pricing-session.ts';
import { saveLineChange } from './save-line-change.ts';

/** What to change on every selected line (at least one member, as the contract requires). */
export interface LineChanges {
  readonly material_id?: string;
  readonly quantity?: number;
  readonly lead_time?: LeadTime;
  readonly units?: Units | null;
}

/** Lines to change and where their inputs came from (to name fields in refusals). */
export interface ChangeLinesInput {
  readonly actor: Principal;
  readonly id: string;
  readonly lineIds: readonly string[];
  readonly changes: LineChanges;
  /** Field names for refusals: `path.line_id` or `body.line_ids[3]`, `body.changes.quantity`, ... */
  readonly fields: { readonly line: (index: number) => string; readonly changes: string };
}

/**
 * Applies the same changes to one or many lines of a draft (bulk apply) in one transaction, re-reading
 * their parts and re-pricing them. A new material must be offered; the old one's reference is released
 * after the change commits, the new one's recorded before it.
 */
export function changeLines(deps: QuotesDeps) {
  return story<ChangeLinesInput>('changeLines')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('quote', ({ input }) => loadQuote(deps.store.read.quotes, input.actor, input.id))
    .step('draft', ({ quote }) => requireDraft(quote, deps.clock()))
    .step('quantity', ({ input }) =>
      checkQuantity(input.changes.quantity, deps.settings.maxQuantity, `${input.fields.changes}.quantity`),
    )
    .step('lines', async ({ input }) =>
      selected(input, await deps.store.read.lines.getMany(input.id, input.lineIds)),
    )
    .step('session', () => success(openPricingSession({ ...deps, now: deps.clock().toISOString() })))
    .step('material', async ({ input, session }) => {
      const id = input.changes.material_id;
      if (id === undefined) return success(null);
      const material = await guarded(() => session.material(id), logUpstream(deps));
      return material.ok ? offeredMaterial(material.data, `${input.fields.changes}.material_id`) : material;
    })
    .step('changed', ({ input, lines, session }) =>
      guarded(async () => {
        await session.loadParts(lines.map((line) => line.part_id));
        const now = deps.clock().toISOString();
        return Promise.all(
          lines.map(async (line): Promise<LineRecord> => {
            const next = { ...line, ...input.changes, updated_at: now };
            const part = session.part(line.part_id);
            return { ...next, part, pricing: await session.price(next, part) };
          }),
        );
      }, logUpstream(deps)),
    )
    .step('moved', ({ lines, changed }) =>
      success({
        from: lines.filter((line, i) => line.material_id !== changed[i]!.material_id),
        to: changed.filter((line, i) => line.material_id !== lines[i]!.material_id),
      }),
    )
    .step('recorded', ({ moved }) => recordReferences(deps, moved.to))
    .step('saved', async ({ input, changed, moved }) => {
      const saved = await saveLineChange(deps, {
        actor: input.actor,
        quoteId: input.id,
        event: 'quote.lines-updated',
        releases: releasesOf(moved.from),
        write: async (tx) => {
          await tx.lines.update(changed);
          return changed;
        },
      });
      // The new references were recorded for a change that did not happen.
      if (!saved.ok) await deps.store.read.releases.add(releasesOf(moved.to), deps.clock().getTime());
      return saved;
    })
    .step('released', async () => success(await flushReleases(deps, () => deps.clock().getTime())))
    .returns(({ saved }) => saved);
}

function selected(input: ChangeLinesInput, found: LineRecord[]): Result<LineRecord[], QuotesFailure> {
  const byId = new Map(found.map((line) => [line.id, line]));
  const lines: LineRecord[] = [];
  for (const [index, id] of input.lineIds.entries()) {
    const line = byId.get(id);
    if (!line) return notFound('line', input.fields.line(index));
    lines.push(line);
  }
  return success(lines);
}
