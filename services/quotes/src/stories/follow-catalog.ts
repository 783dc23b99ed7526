import type { CatalogChange } from '../ports/catalog-source.ts';
import type { RepriceScope } from '../ports/line-repository.ts';
import type { QuotesDeps } from './deps.ts';
import { openPricingSession } from './pricing-session.ts';
import type { Repriced } from './reprice-drafts.ts';
import { repriceDraftLines } from './reprice-drafts.ts';

/** Events per read of the catalog feed. */
export const catalogPageSize = 100;

/**
 * Reads the catalog feed after quotes' cursor and re-prices the draft lines its changes touch (from
 * their stored part snapshots and the catalog as it is now); sent and accepted quotes keep their
 * prices. Returns the number of events read and what was re-priced. Rejects when the catalog cannot be
 * reached: the cursor stays, and the next poll tries again.
 */
export async function followCatalog(deps: QuotesDeps): Promise<{ events: number; repriced: Repriced }> {
  const after = await deps.store.read.cursors.get('catalog');
  const page = await deps.catalog.changes(after, catalogPageSize);
  if (page.items.length === 0) return { events: 0, repriced: new Map() };
  const lines = await deps.store.read.lines.draftLinesIn(scopeOf(page.items));
  const session = openPricingSession({ ...deps, now: deps.clock().toISOString() });
  const repriced = await repriceDraftLines(deps, session, lines, (line) => line.part, {
    source: 'catalog',
    next: page.next,
  });
  return { events: page.items.length, repriced };
}

/**
 * Which draft lines catalog changes can re-price: a material's lines, a quality's lines for its
 * cutting table, every line for the shop rates or a deleted cutting parameter (its event names no
 * quality). New materials and qualities price nothing that exists.
 */
export function scopeOf(changes: readonly CatalogChange[]): RepriceScope {
  const materialIds = new Set<string>();
  const qualities = new Set<string>();
  let all = false;
  for (const change of changes) {
    if (change.type === 'shop-rates.updated' || change.type === 'cutting-parameter.deleted') all = true;
    else if (change.type.startsWith('material.') && change.type !== 'material.created') {
      materialIds.add(change.entity_id);
    } else if (change.type.startsWith('cutting-parameter.')) {
      const quality = change.payload.quality;
      if (typeof quality === 'string') qualities.add(quality);
      else all = true;
    }
  }
  return { all, materialIds: [...materialIds], qualities: [...qualities] };
}
