import type { Principal, Result } from '@kerf/service-kit';

import type { CatalogFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/**
 * Allows the shop (internal users and admins) and refuses everyone else.
 */
export function mayManageCatalog(actor: Principal): Result<Principal, CatalogFailure> {
  if (actor.role === 'internal' || actor.role === 'admin') return success(actor);
  return refuse('forbidden', 'forbidden', 'Only the shop may do this.');
}

/**
 * Allows the shop and other Kerf services (the BFF following the feed, quotes reading prices and
 * recording references) to read cost data; external users are refused.
 */
export function mayReadCatalog(actor: Principal): Result<Principal, CatalogFailure> {
  if (actor.role === 'service') return success(actor);
  return mayManageCatalog(actor);
}
