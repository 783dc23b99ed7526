import type { PartChange } from '../ports/part-source.ts';
import type { QuotesDeps } from './deps.ts';
import { openPricingSession } from './pricing-session.ts';
import type { Repriced } from './reprice-drafts.ts';
import { repriceDraftLines } from './reprice-drafts.ts';

/** Events per read of the parts feed. */
export const partsPageSize = 200;

/** Part changes that change what a line can be priced from. */
const relevant = new Set(['part.ready', 'part.failed', 'part.deleted', 'part.queued']);

/**
 * Reads the parts feed after quotes' cursor and re-prices the draft lines of parts that became ready,
 * failed, were deleted or queued again (a new run: the line waits for it), from a fresh read of those
 * parts. Progress events move the cursor only. Rejects when a service cannot be reached.
 */
export async function followParts(deps: QuotesDeps): Promise<{ events: number; repriced: Repriced }> {
  const after = await deps.store.read.cursors.get('parts');
  const page = await deps.parts.changes(after, partsPageSize);
  if (page.items.length === 0) return { events: 0, repriced: new Map() };
  const partIds = changedParts(page.items);
  const lines = partIds.length === 0 ? [] : await deps.store.read.lines.draftLinesOfParts(partIds);
  const session = openPricingSession({ ...deps, now: deps.clock().toISOString() });
  await session.loadParts(lines.map((line) => line.part_id));
  const repriced = await repriceDraftLines(deps, session, lines, (line) => session.part(line.part_id), {
    source: 'parts',
    next: page.next,
  });
  return { events: page.items.length, repriced };
}

function changedParts(changes: readonly PartChange[]): string[] {
  return [
    ...new Set(changes.filter((change) => relevant.has(change.type)).map((change) => change.entity_id)),
  ];
}
