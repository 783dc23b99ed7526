/** A catalog material reference to release once the change that dropped it has committed. */
export interface PendingRelease {
  readonly material_id: string;
  /** e.g. `quote-line:<line id>`. */
  readonly reference: string;
}

/** A queued release with its bookkeeping. */
export interface QueuedRelease extends PendingRelease {
  readonly id: number;
  readonly attempts: number;
}

/**
 * Releases written in the same transaction as the change that dropped the reference, sent to the
 * catalog afterwards and retried until it answers: a reference is never lost, at worst released late.
 */
export interface ReleaseQueue {
  /** Queues releases. */
  add(releases: readonly PendingRelease[], now: number): Promise<void>;
  /** Up to `limit` releases due at `now`, oldest first. */
  due(now: number, limit: number): Promise<QueuedRelease[]>;
  /** Forgets a release the catalog accepted. */
  done(id: number): Promise<void>;
  /** Tries again later. */
  postpone(id: number, availableAt: number): Promise<void>;
}
