import type { Principal, Result } from '@kerf/service-kit';

import type { CatalogFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/**
 * Allows the shop (internal users and admins) and refuses everyone else. Service callers (the BFF
 * following the feed, quotes recording references) use identity-issued tokens with the internal role.
 */
export function mayManageCatalog(actor: Principal): Result<Principal, CatalogFailure> {
  if (actor.role === 'internal' || actor.role === 'admin') return success(actor);
  return refuse('forbidden', 'forbidden', 'Only the shop may do this.');
}
