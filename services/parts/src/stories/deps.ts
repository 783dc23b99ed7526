import type { BlobStore } from '../ports/blob-store.ts';
import type { PartsStore } from '../ports/parts-store.ts';
import type { Clock, IdGenerator } from '../ports/runtime.ts';

/** What the request stories need. */
export interface PartsDeps {
  readonly store: PartsStore;
  readonly blobs: BlobStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** Called after a job was queued (committed), so that the processing loop claims it at once. */
  readonly onQueued: () => void;
}
