import type { CatalogStore } from '../ports/catalog-store.ts';
import type { Clock, IdGenerator } from '../ports/runtime.ts';

/** What the changing stories need: storage (with its outbox), a clock and an id generator. */
export interface ChangeDeps {
  readonly store: CatalogStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
}
